import type { FetchedBody, FetcherDeps, SourceFetcher } from './fetcher.types';
import { fetchPages, getPage, pageCount, qs, sourceUrl } from './fetch-helpers';
import { INDEED_JOB_SEARCH_QUERY } from './indeed.graphql';

/**
 * Indeed: the GraphQL job search the mobile app uses when an API key is configured (cursor paging),
 * else the HTML results page whose embedded job-cards JSON the parser reads (10 per page, `start`).
 */
export function indeedFetcher(deps: FetcherDeps): SourceFetcher {
  return {
    source: 'indeed',
    async fetch(query, signal) {
      const max = pageCount(deps, query);
      const key = deps.apiKeys?.indeed;
      if (key)
        return graphqlPages(
          deps,
          key,
          query.keywords,
          query.remote ? 'remote' : (query.location ?? ''),
          max,
          signal,
        );
      const remote = query.remote ? { sc: '0kf:attr(DSQF7);' } : {};
      return fetchPages(
        max,
        (i) =>
          sourceUrl(
            deps,
            'indeed',
            'https://www.indeed.com',
            `/jobs?${qs({ q: query.keywords, l: query.location, ...remote, start: i * 10 || undefined })}`,
          ),
        (url) => getPage(deps, 'indeed', url, { waitFor: '#mosaic-provider-jobcards', signal }),
        (page, i) => page.body.includes(`start=${(i + 1) * 10}`),
      );
    },
  };
}

async function graphqlPages(
  deps: FetcherDeps,
  key: string,
  what: string,
  where: string,
  max: number,
  signal?: AbortSignal,
): Promise<FetchedBody[]> {
  const url = sourceUrl(deps, 'indeed', 'https://apis.indeed.com', '/graphql');
  const out: FetchedBody[] = [];
  let cursor: string | null = null;
  for (let i = 0; i < max; i++) {
    const body = JSON.stringify({
      query: INDEED_JOB_SEARCH_QUERY,
      variables: { what, where, cursor, limit: 100 },
    });
    const res = await deps.http.fetch('indeed', url, {
      method: 'POST',
      body,
      signal,
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        'indeed-api-key': key,
        'indeed-co': 'US',
      },
    });
    out.push({ url: res.url, body: res.body, contentType: res.contentType });
    cursor = nextCursor(res.body);
    if (!cursor) break;
  }
  return out;
}

function nextCursor(body: string): string | null {
  try {
    const data = JSON.parse(body) as { data?: { jobSearch?: { pageInfo?: { nextCursor?: string | null } } } };
    return data.data?.jobSearch?.pageInfo?.nextCursor ?? null;
  } catch {
    return null;
  }
}
