import type { FetcherDeps, SourceFetcher } from './fetcher.types';
import { getPage, sourceUrl } from './fetch-helpers';

/** RemoteOK's API: the whole current feed in one array (filtering by keywords happens downstream). */
export function remoteokFetcher(deps: FetcherDeps): SourceFetcher {
  return {
    source: 'remoteok',
    async fetch(_query, signal) {
      const url = sourceUrl(deps, 'remoteok', 'https://remoteok.com', '/api');
      return [await getPage(deps, 'remoteok', url, { headers: { accept: 'application/json' }, signal })];
    },
  };
}
