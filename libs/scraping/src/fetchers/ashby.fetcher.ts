import type { FetcherDeps, SourceFetcher } from './fetcher.types';
import { getPage, requireBoard, sourceUrl } from './fetch-helpers';

/** Ashby's public posting API, compensation included. */
export function ashbyFetcher(deps: FetcherDeps): SourceFetcher {
  return {
    source: 'ashby',
    async fetch(query, signal) {
      const board = requireBoard('ashby', query);
      const url = sourceUrl(
        deps,
        'ashby',
        'https://api.ashbyhq.com',
        `/posting-api/job-board/${board}?includeCompensation=true`,
      );
      return [await getPage(deps, 'ashby', url, { headers: { accept: 'application/json' }, signal })];
    },
  };
}
