import type { FetcherDeps, SourceFetcher } from './fetcher.types';
import { fetchPages, getPage, pageCount, qs, sourceUrl } from './fetch-helpers';

/** Built In's server-rendered search results (/jobs, /jobs/remote), 1-based `page`. */
export function builtinFetcher(deps: FetcherDeps): SourceFetcher {
  return {
    source: 'builtin',
    async fetch(query, signal) {
      const path = query.remote ? '/jobs/remote' : '/jobs';
      return fetchPages(
        pageCount(deps, query),
        (i) =>
          sourceUrl(
            deps,
            'builtin',
            'https://builtin.com',
            `${path}?${qs({ search: query.keywords, location: query.remote ? undefined : query.location, page: i > 0 ? i + 1 : undefined })}`,
          ),
        (url) => getPage(deps, 'builtin', url, { waitFor: '[data-id="job-card"]', signal }),
        (page, i) => page.body.includes(`page=${i + 2}`),
      );
    },
  };
}
