import { Inject, Injectable } from '@nestjs/common';
import { MatchCalculatedV1, PermanentError, type PayloadOf, type ResumeIndexedV1 } from '@app/contracts';
import { JobsRepository, MatchScoresRepository, ResumesRepository } from '@app/db';
import type { HandlerContext } from '@app/messaging';
import { MatchScoringService } from '../match-scoring.service';

const PAGE = 250;

/** A newly indexed resume is scored against every active job, a page at a time. */
@Injectable()
export class ResumeIndexedService {
  constructor(
    @Inject(JobsRepository) private readonly jobs: JobsRepository,
    @Inject(ResumesRepository) private readonly resumes: ResumesRepository,
    @Inject(MatchScoresRepository) private readonly scores: MatchScoresRepository,
    @Inject(MatchScoringService) private readonly scoring: MatchScoringService,
  ) {}

  async match(payload: PayloadOf<typeof ResumeIndexedV1>, ctx: HandlerContext): Promise<number> {
    const resume = await this.resumes.getForPipeline(ctx.tx, payload.resume_id);
    if (!resume || resume.user_id !== payload.user_id) {
      throw new PermanentError(`resume ${payload.resume_id} does not exist`, 'not_found');
    }
    if (resume.content_hash !== payload.content_hash || !resume.is_active) return 0;
    const scored: string[] = [];
    for (let after: string | null = null; ;) {
      const page = await this.jobs.activeIndexedPage(ctx.tx, after, PAGE);
      if (page.length === 0) break;
      await this.scores.upsert(
        ctx.tx,
        page.map((job) => this.scoring.score(job, resume)),
      );
      scored.push(...page.map((j) => j.id));
      after = page[page.length - 1]!.id;
      ctx.working();
    }
    await ctx.emit(MatchCalculatedV1, {
      user_id: resume.user_id,
      resume_id: resume.id,
      job_ids: scored,
      trigger: 'resume',
      trigger_id: `${resume.id}:${resume.content_hash}`,
    });
    return scored.length;
  }
}
