import { Inject, Injectable } from '@nestjs/common';
import { MatchCalculatedV1, PermanentError, type JobIndexedV1, type PayloadOf } from '@app/contracts';
import { JobsRepository, MatchScoresRepository, ResumesRepository } from '@app/db';
import type { HandlerContext } from '@app/messaging';
import { MatchScoringService } from '../match-scoring.service';

/** A newly indexed job is scored against every user's active resume. */
@Injectable()
export class JobIndexedService {
  constructor(
    @Inject(JobsRepository) private readonly jobs: JobsRepository,
    @Inject(ResumesRepository) private readonly resumes: ResumesRepository,
    @Inject(MatchScoresRepository) private readonly scores: MatchScoresRepository,
    @Inject(MatchScoringService) private readonly scoring: MatchScoringService,
  ) {}

  async match(payload: PayloadOf<typeof JobIndexedV1>, ctx: HandlerContext): Promise<number> {
    const job = await this.jobs.get(ctx.tx, payload.job_id);
    if (!job) throw new PermanentError(`job ${payload.job_id} does not exist`, 'not_found');
    if (job.content_hash !== payload.content_hash) return 0;
    const resumes = await this.resumes.activeResumes(ctx.tx);
    if (resumes.length === 0) return 0;
    const analysis = this.scoring.analyzeJob(job);
    const rows = resumes.map((r) => this.scoring.score(job, r, analysis));
    await this.scores.upsert(ctx.tx, rows);
    for (const r of resumes) {
      await ctx.emit(MatchCalculatedV1, {
        user_id: r.user_id,
        resume_id: r.id,
        job_ids: [job.id],
        trigger: 'job',
        trigger_id: `${job.id}:${job.content_hash}:${r.content_hash}`,
      });
    }
    return rows.length;
  }
}
