import type { FetcherDeps, SourceFetcher } from './fetcher.types';
import { getPage, slug, sourceUrl } from './fetch-helpers';

/**
 * Y Combinator: a company's jobs page (/companies/<slug>/jobs) when query.board names one, else
 * the role listing (/jobs/role/<role>); both carry the Inertia `data-page` JSON.
 */
export function ycombinatorFetcher(deps: FetcherDeps): SourceFetcher {
  return {
    source: 'ycombinator',
    async fetch(query, signal) {
      const board = query.board?.trim();
      const path = board
        ? `/companies/${slug(board)}/jobs`
        : `/jobs/role/${slug(query.keywords) || 'software-engineer'}`;
      const url = sourceUrl(deps, 'ycombinator', 'https://www.ycombinator.com', path);
      return [await getPage(deps, 'ycombinator', url, { waitFor: '[data-page]', signal })];
    },
  };
}
