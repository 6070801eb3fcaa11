import { isPermanent } from '@app/contracts';
import type { Logger } from '@app/logging';
import type { FetchedBody, SourceFetcher } from '../fetchers/fetcher.types';
import { SourceBlockedError } from '../http/errors';
import type { SourceHealthRegistry } from '../http/source-health';
import type { NormalizedJob, ScrapeQuery, SourceName } from '../types';
import { Semaphore } from './semaphore';

export interface ScrapeTask {
  source: SourceName;
  query: ScrapeQuery;
}

interface OutcomeBase {
  source: SourceName;
  query: ScrapeQuery;
  durationMs: number;
}
export interface OkOutcome extends OutcomeBase {
  status: 'ok';
  bodies: FetchedBody[];
  /** Present when the pool was given a parse function. */
  jobs?: NormalizedJob[];
}
export interface BlockedOutcome extends OutcomeBase {
  status: 'blocked';
  reason: string;
}
export interface FailedOutcome extends OutcomeBase {
  status: 'failed';
  message: string;
  /** False for permanent errors (bad query, 404, robots.txt): running it again will not help. */
  retryable: boolean;
  error: unknown;
}
export type SourceOutcome = OkOutcome | BlockedOutcome | FailedOutcome;

export interface ScrapePoolOptions {
  /** Tasks running at once (config scraper.concurrency). */
  concurrency: number;
  fetchers: Partial<Record<SourceName, SourceFetcher>>;
  /** Optional parse step (body → jobs); its jobs are counted in health as jobs found. */
  parse?: (source: SourceName, body: FetchedBody, scrapedAt: Date) => NormalizedJob[];
  health?: SourceHealthRegistry;
  /** Called as each task ends (progress per source). */
  onOutcome?: (outcome: SourceOutcome) => void | Promise<void>;
  /** Bound on one task, all pages and retries included. */
  taskTimeoutMs?: number;
  logger?: Logger;
}

/**
 * Runs (source, query) tasks with bounded concurrency. Every task ends in an outcome, so a failing or
 * blocked source degrades alone; once a source is blocked, its remaining tasks in the run are not sent.
 */
export class ScrapeWorkerPool {
  private readonly slots: Semaphore;

  constructor(private readonly opts: ScrapePoolOptions) {
    this.slots = new Semaphore(opts.concurrency);
  }

  /** Outcomes in task order. */
  async run(tasks: readonly ScrapeTask[], signal?: AbortSignal): Promise<SourceOutcome[]> {
    const blocked = new Map<SourceName, string>();
    return Promise.all(tasks.map((task) => this.slots.run(() => this.runOne(task, blocked, signal))));
  }

  private async runOne(
    task: ScrapeTask,
    blocked: Map<SourceName, string>,
    signal?: AbortSignal,
  ): Promise<SourceOutcome> {
    const started = Date.now();
    const base = { source: task.source, query: task.query };
    let outcome: SourceOutcome;
    const earlier = blocked.get(task.source);
    if (earlier !== undefined) {
      outcome = {
        ...base,
        status: 'blocked',
        reason: `not sent: source blocked earlier in this run (${earlier})`,
        durationMs: 0,
      };
    } else {
      outcome = await this.attempt(task, signal).then(
        (res) => ({ ...base, status: 'ok' as const, ...res, durationMs: Date.now() - started }),
        (error: unknown) => {
          const durationMs = Date.now() - started;
          if (error instanceof SourceBlockedError) {
            blocked.set(task.source, error.reason);
            return { ...base, status: 'blocked' as const, reason: error.reason, durationMs };
          }
          const message = error instanceof Error ? error.message : String(error);
          return {
            ...base,
            status: 'failed' as const,
            message,
            retryable: !isPermanent(error),
            error,
            durationMs,
          };
        },
      );
    }
    this.opts.logger?.info(
      {
        source: task.source,
        status: outcome.status,
        durationMs: outcome.durationMs,
        jobs: outcome.status === 'ok' ? outcome.jobs?.length : undefined,
      },
      'scrape task finished',
    );
    await this.opts.onOutcome?.(outcome);
    return outcome;
  }

  private async attempt(
    task: ScrapeTask,
    outer?: AbortSignal,
  ): Promise<{ bodies: FetchedBody[]; jobs?: NormalizedJob[] }> {
    const fetcher = this.opts.fetchers[task.source];
    if (!fetcher) throw new Error(`no fetcher configured for ${task.source}`);
    const signals = [
      outer,
      this.opts.taskTimeoutMs ? AbortSignal.timeout(this.opts.taskTimeoutMs) : undefined,
    ].filter((s): s is AbortSignal => s !== undefined);
    const signal = signals.length ? AbortSignal.any(signals) : undefined;
    const bodies = await fetcher.fetch(task.query, signal);
    if (!this.opts.parse) return { bodies };
    const scrapedAt = new Date();
    const jobs = bodies.flatMap((b) => this.opts.parse!(task.source, b, scrapedAt));
    this.opts.health?.recordJobs(task.source, jobs.length);
    return { bodies, jobs };
  }
}
