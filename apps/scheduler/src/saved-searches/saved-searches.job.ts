import { Inject, Injectable } from '@nestjs/common';
import { ScrapeRequestedV1, SOURCE_NAME } from '@app/contracts';
import { SavedSearchesRepository, ScrapeTasksRepository } from '@app/db';
import type { Logger } from '@app/logging';
import { addToOutbox, OutboxRelay } from '@app/messaging';

const DEFAULT_SOURCES = ['greenhouse', 'lever', 'ashby', 'remoteok', 'hackernews'] as const;

/**
 * Re-runs each saved search when its interval has passed: a scrape task for its query (through
 * the outbox, with the task row) and the count of jobs it now finds.
 */
@Injectable()
export class SavedSearchesJob {
  constructor(
    @Inject(SavedSearchesRepository) private readonly searches: SavedSearchesRepository,
    @Inject(ScrapeTasksRepository) private readonly tasks: ScrapeTasksRepository,
    @Inject(OutboxRelay) private readonly relay: OutboxRelay,
  ) {}

  async runDue(log: Logger): Promise<number> {
    const ran = await this.searches.transaction(async (tx) => {
      const due = await this.searches.claimDue(tx);
      for (const s of due) {
        const sources = (s.filters.sources ?? [...DEFAULT_SOURCES]).filter(
          (x) => SOURCE_NAME.safeParse(x).success,
        );
        const query = {
          keywords: s.query ?? '',
          location: s.filters.location,
          remote: s.filters.remote,
          board: s.filters.board,
        };
        const taskId = await this.tasks.create(tx, s.user_id, query, sources);
        await addToOutbox(tx, ScrapeRequestedV1, {
          task_id: taskId,
          user_id: s.user_id,
          query,
          sources: sources as Array<(typeof DEFAULT_SOURCES)[number]>,
        });
        await this.searches.markRun(tx, s.id, await this.searches.countMatching(tx, s.query));
        log.info({ savedSearch: s.id, taskId }, 'saved search re-run');
      }
      return due.length;
    });
    if (ran) this.relay.kick();
    return ran;
  }
}
