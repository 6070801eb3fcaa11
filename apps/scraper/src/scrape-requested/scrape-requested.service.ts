import { Inject, Injectable } from '@nestjs/common';
import { JobScrapedV1, type PayloadOf, type ScrapeRequestedV1 } from '@app/contracts';
import { ScrapeTasksRepository, type ScrapeTaskStatus, type SourceProgress } from '@app/db';
import { EventPublisher, type HandlerContext } from '@app/messaging';
import type { NormalizedJob, SourceOutcome } from '@app/scraping';
import { ScraperRuntime } from '../scraper-runtime';

/**
 * Runs a scrape task: every requested source through the worker pool, each job published as
 * jobs.job.scraped.v1 (its msg id is derived from the posting, so a redelivered task re-publishes
 * nothing new), per-source progress and health written as each source finishes.
 */
@Injectable()
export class ScrapeRequestedService {
  constructor(
    @Inject(ScraperRuntime) private readonly runtime: ScraperRuntime,
    @Inject(ScrapeTasksRepository) private readonly tasks: ScrapeTasksRepository,
    @Inject(EventPublisher) private readonly publisher: EventPublisher,
  ) {}

  async run(payload: PayloadOf<typeof ScrapeRequestedV1>, ctx: HandlerContext): Promise<ScrapeTaskStatus> {
    const taskId = payload.task_id;
    await this.tasks.start(taskId);
    const { max_pages, ...rest } = payload.query;
    const query = { ...rest, maxPages: max_pages };
    const heartbeat = setInterval(() => ctx.working(), 5000);
    const results: SourceOutcome[] = [];
    try {
      const pool = this.runtime.pool(async (outcome) => {
        const published = outcome.status === 'ok' ? await this.publish(taskId, outcome.jobs ?? [], ctx) : 0;
        await this.tasks.sourceDone(taskId, outcome.source, progressOf(outcome, published));
        await this.tasks.recordSourceHealth(outcome.source, {
          ok: outcome.status === 'ok',
          jobs: published,
          error: outcome.status === 'failed' ? outcome.message : undefined,
          blocked: outcome.status === 'blocked' ? outcome.reason : undefined,
        });
        results.push(outcome);
      });
      await pool.run(payload.sources.map((source) => ({ source: source, query })));
    } finally {
      clearInterval(heartbeat);
    }
    const ok = results.filter((r) => r.status === 'ok').length;
    const status: ScrapeTaskStatus = ok === results.length ? 'completed' : ok > 0 ? 'partial' : 'failed';
    const errors = results.filter((r) => r.status !== 'ok').map((r) => `${r.source}: ${describe(r)}`);
    await this.tasks.finish(taskId, status, errors.length ? errors.join('; ') : null);
    ctx.log.info({ taskId, status, sources: results.length }, 'scrape task finished');
    return status;
  }

  private async publish(taskId: string, jobs: NormalizedJob[], ctx: HandlerContext): Promise<number> {
    const scrapedAt = new Date().toISOString();
    let n = 0;
    for (const job of jobs) {
      await this.publisher.publish(
        JobScrapedV1,
        { task_id: taskId, scraped_at: scrapedAt, job },
        { correlationId: ctx.envelope.correlationId, causationId: ctx.envelope.id },
      );
      n++;
    }
    return n;
  }
}

function progressOf(outcome: SourceOutcome, jobs: number): SourceProgress {
  const finished_at = new Date().toISOString();
  if (outcome.status === 'ok') return { status: 'ok', jobs_found: jobs, finished_at };
  return { status: outcome.status, jobs_found: 0, error: describe(outcome), finished_at };
}

function describe(o: SourceOutcome): string {
  switch (o.status) {
    case 'ok':
      return 'ok';
    case 'blocked':
      return `blocked: ${o.reason}`;
    case 'failed':
      return o.message;
  }
}
