import type { FetcherDeps, SourceFetcher } from './fetcher.types';
import { fetchPages, getPage, pageCount, slug, sourceUrl } from './fetch-helpers';

/**
 * Wellfound role pages (Next.js, the Apollo state in __NEXT_DATA__): /role/r/<role> for remote,
 * /role/l/<role>/<location> for a place, /role/<role> otherwise; `?page=N`. Rendered in the browser
 * by default (the site challenges plain HTTP clients).
 */
export function wellfoundFetcher(deps: FetcherDeps): SourceFetcher {
  return {
    source: 'wellfound',
    async fetch(query, signal) {
      const role = slug(query.keywords) || 'software-engineer';
      const path = query.remote
        ? `/role/r/${role}`
        : query.location
          ? `/role/l/${role}/${slug(query.location)}`
          : `/role/${role}`;
      return fetchPages(
        pageCount(deps, query),
        (i) =>
          sourceUrl(deps, 'wellfound', 'https://wellfound.com', i === 0 ? path : `${path}?page=${i + 1}`),
        (url) => getPage(deps, 'wellfound', url, { waitFor: '#__NEXT_DATA__', signal }),
        (page, i) => /"hasNextPage"\s*:\s*true/.test(page.body) || page.body.includes(`page=${i + 2}`),
      );
    },
  };
}
