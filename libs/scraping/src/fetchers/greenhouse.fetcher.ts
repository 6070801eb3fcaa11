import type { FetcherDeps, SourceFetcher } from './fetcher.types';
import { getPage, requireBoard, sourceUrl } from './fetch-helpers';

/** Greenhouse job-board API: every job of a board in one response, with content. */
export function greenhouseFetcher(deps: FetcherDeps): SourceFetcher {
  return {
    source: 'greenhouse',
    async fetch(query, signal) {
      const board = requireBoard('greenhouse', query);
      const url = sourceUrl(
        deps,
        'greenhouse',
        'https://boards-api.greenhouse.io',
        `/v1/boards/${board}/jobs?content=true`,
      );
      return [await getPage(deps, 'greenhouse', url, { headers: { accept: 'application/json' }, signal })];
    },
  };
}
