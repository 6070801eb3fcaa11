import type { FetcherDeps, SourceFetcher } from './fetcher.types';
import { getPage, requireBoard, sourceUrl } from './fetch-helpers';

/** Lever postings API: without skip/limit it returns every posting of the company. */
export function leverFetcher(deps: FetcherDeps): SourceFetcher {
  return {
    source: 'lever',
    async fetch(query, signal) {
      const company = requireBoard('lever', query);
      const url = sourceUrl(deps, 'lever', 'https://api.lever.co', `/v0/postings/${company}?mode=json`);
      return [await getPage(deps, 'lever', url, { headers: { accept: 'application/json' }, signal })];
    },
  };
}
