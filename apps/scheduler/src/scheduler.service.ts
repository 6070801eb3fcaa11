import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { LOGGER, type Logger } from '@app/logging';
import { CacheExpiryJob } from './cache-expiry/cache-expiry.job';
import { SavedSearchesJob } from './saved-searches/saved-searches.job';

/** Runs the periodic jobs; a pass never overlaps the previous one, and a failure waits for the next tick. */
@Injectable()
export class SchedulerService implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private readonly log: Logger;

  constructor(
    @Inject(SavedSearchesJob) private readonly savedSearches: SavedSearchesJob,
    @Inject(CacheExpiryJob) private readonly cacheExpiry: CacheExpiryJob,
    @Inject(LOGGER) log: Logger,
  ) {
    this.log = log.child({ component: 'scheduler' });
  }

  onApplicationBootstrap(): void {
    const intervalMs = 30_000;
    this.timer = setInterval(() => void this.tick(), intervalMs);
    this.timer.unref();
    void this.tick();
  }

  /** One pass of every job (tests call it directly). */
  async tick(): Promise<void> {
    if (this.running) return this.running;
    this.running = (async () => {
      try {
        await this.savedSearches.runDue(this.log);
        await this.cacheExpiry.run(this.log);
      } catch (e) {
        this.log.warn({ err: e }, 'scheduler pass failed; next tick retries');
      }
    })().finally(() => (this.running = undefined));
    return this.running;
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }
}
