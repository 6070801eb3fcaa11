import { Inject, Injectable } from '@nestjs/common';
import { SavedSearchesRepository } from '@app/db';
import type { Logger } from '@app/logging';

/** Removes search_cache rows past their expiry. */
@Injectable()
export class CacheExpiryJob {
  constructor(@Inject(SavedSearchesRepository) private readonly searches: SavedSearchesRepository) {}

  async run(log: Logger): Promise<number> {
    const n = await this.searches.deleteExpiredCache();
    if (n) log.info({ removed: n }, 'expired search cache rows removed');
    return n;
  }
}
