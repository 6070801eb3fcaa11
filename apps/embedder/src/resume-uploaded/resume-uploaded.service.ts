import { Inject, Injectable } from '@nestjs/common';
import { PermanentError, ResumeIndexedV1, type PayloadOf, type ResumeUploadedV1 } from '@app/contracts';
import { ResumesRepository } from '@app/db';
import type { HandlerContext } from '@app/messaging';
import { analyzeResume, chunkDocument, SearchEngine } from '@app/ml';

const BATCH = 128;

/** Embeds a resume's chunks into the user-scoped resume_chunks collection and BM25. */
@Injectable()
export class ResumeUploadedService {
  constructor(
    @Inject(ResumesRepository) private readonly resumes: ResumesRepository,
    @Inject(SearchEngine) private readonly engine: SearchEngine,
  ) {}

  async index(
    payload: PayloadOf<typeof ResumeUploadedV1>,
    ctx: HandlerContext,
  ): Promise<'indexed' | 'stale'> {
    const resume = await this.resumes.getForPipeline(ctx.tx, payload.resume_id);
    if (!resume || resume.user_id !== payload.user_id) {
      throw new PermanentError(
        `resume ${payload.resume_id} of user ${payload.user_id} does not exist`,
        'not_found',
      );
    }
    if (resume.content_hash !== payload.content_hash) return 'stale';
    const chunks = await this.resumes.chunks(ctx.tx, resume.user_id, resume.id);
    for (let i = 0; i < chunks.length; i += BATCH) {
      await this.engine.indexer.index('resume_chunks', chunks.slice(i, i + BATCH).map(chunkDocument));
      ctx.working();
    }
    const analysis = analyzeResume(resume.content);
    await this.resumes.markIndexed(
      ctx.tx,
      resume.id,
      analysis.skills.map((s) => ({ name: s.skill, category: s.category, years: s.years ?? null })),
    );
    await ctx.emit(ResumeIndexedV1, {
      resume_id: resume.id,
      user_id: resume.user_id,
      content_hash: resume.content_hash,
      chunks: chunks.length,
      model: this.engine.embedder.modelId,
    });
    return 'indexed';
  }
}
