import { PermanentError } from '@app/contracts';
import type { FetcherDeps, SourceFetcher } from './fetcher.types';
import { getPage, qs, sourceUrl } from './fetch-helpers';

const ALGOLIA = 'https://hn.algolia.com';

/**
 * "Ask HN: Who is hiring?" through Algolia: the thread is query.board when numeric, else the newest
 * one posted by the whoishiring account; its whole item tree (every top-level comment) comes back.
 */
export function hackernewsFetcher(deps: FetcherDeps): SourceFetcher {
  return {
    source: 'hackernews',
    async fetch(query, signal) {
      let id = query.board?.trim();
      if (id && !/^\d+$/.test(id))
        throw new PermanentError(`hackernews: board must be a thread id, got ${id}`, 'invalid');
      if (!id) id = await latestThread(deps, signal);
      const url = sourceUrl(deps, 'hackernews', ALGOLIA, `/api/v1/items/${id}`);
      return [await getPage(deps, 'hackernews', url, { headers: { accept: 'application/json' }, signal })];
    },
  };
}

async function latestThread(deps: FetcherDeps, signal?: AbortSignal): Promise<string> {
  const search = qs({ tags: 'story,author_whoishiring', query: 'who is hiring', hitsPerPage: 10 });
  const url = sourceUrl(deps, 'hackernews', ALGOLIA, `/api/v1/search_by_date?${search}`);
  const res = await getPage(deps, 'hackernews', url, { headers: { accept: 'application/json' }, signal });
  let hits: { objectID?: string; title?: string }[];
  try {
    hits = (JSON.parse(res.body) as { hits?: typeof hits }).hits ?? [];
  } catch {
    throw new PermanentError(`hackernews: thread search at ${url} did not return JSON`, 'invalid');
  }
  const thread = hits.find((h) => /who is hiring/i.test(h.title ?? '') && h.objectID);
  if (!thread) throw new PermanentError('hackernews: no "Who is hiring?" thread found', 'not_found');
  return thread.objectID!;
}
