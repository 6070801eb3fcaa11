import type { FetcherDeps, SourceFetcher } from './fetcher.types';
import { fetchPages, getPage, pageCount, qs, sourceUrl } from './fetch-helpers';

const PAGE_SIZE = 20;

/** Dice's job-search API (the one its web app calls), 1-based `page`, stopping at meta.pageCount. */
export function diceFetcher(deps: FetcherDeps): SourceFetcher {
  return {
    source: 'dice',
    async fetch(query, signal) {
      const headers: Record<string, string> = { accept: 'application/json' };
      if (deps.apiKeys?.dice) headers['x-api-key'] = deps.apiKeys.dice;
      const params = (page: number): string =>
        qs({
          q: query.keywords,
          location: query.remote ? undefined : query.location,
          'filters.isRemote': query.remote ? 'true' : undefined,
          countryCode2: 'US',
          radius: query.location && !query.remote ? 30 : undefined,
          radiusUnit: query.location && !query.remote ? 'mi' : undefined,
          page,
          pageSize: PAGE_SIZE,
          language: 'en',
        });
      return fetchPages(
        pageCount(deps, query),
        (i) =>
          sourceUrl(
            deps,
            'dice',
            'https://job-search-api.svc.dhigroupinc.com',
            `/v1/dice/jobs/search?${params(i + 1)}`,
          ),
        (url) => getPage(deps, 'dice', url, { headers, signal }),
        (page) => hasMorePages(page.body),
      );
    },
  };
}

function hasMorePages(body: string): boolean {
  try {
    const meta = (JSON.parse(body) as { meta?: { currentPage?: number; pageCount?: number } }).meta;
    return (
      !!meta &&
      typeof meta.currentPage === 'number' &&
      typeof meta.pageCount === 'number' &&
      meta.currentPage < meta.pageCount
    );
  } catch {
    return false;
  }
}
