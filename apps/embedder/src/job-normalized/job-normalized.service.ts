import { Inject, Injectable } from '@nestjs/common';
import { JobIndexedV1, PermanentError, type JobNormalizedV1, type PayloadOf } from '@app/contracts';
import { JobsRepository } from '@app/db';
import type { HandlerContext } from '@app/messaging';
import { jobDocument, SearchEngine } from '@app/ml';

/**
 * Embeds a job and writes it to the vector store and BM25; only after both succeed is the job
 * marked indexed (in the same transaction as the processed-message row). Concurrent jobs are
 * coalesced into one ONNX batch by the embedder's micro-batcher.
 */
@Injectable()
export class JobNormalizedService {
  constructor(
    @Inject(JobsRepository) private readonly jobs: JobsRepository,
    @Inject(SearchEngine) private readonly engine: SearchEngine,
  ) {}

  async index(payload: PayloadOf<typeof JobNormalizedV1>, ctx: HandlerContext): Promise<'indexed' | 'stale'> {
    const job = await this.jobs.get(ctx.tx, payload.job_id);
    if (!job) throw new PermanentError(`job ${payload.job_id} does not exist`, 'not_found');
    if (job.content_hash !== payload.content_hash) return 'stale';
    await this.engine.indexer.index('job_embeddings', [jobDocument(job)]);
    await this.jobs.markIndexed(ctx.tx, job.id, job.id);
    await ctx.emit(JobIndexedV1, {
      job_id: job.id,
      content_hash: payload.content_hash,
      model: this.engine.embedder.modelId,
      task_id: payload.task_id,
    });
    return 'indexed';
  }
}
