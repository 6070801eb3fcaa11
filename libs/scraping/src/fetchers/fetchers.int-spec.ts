import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { PermanentError } from '@app/contracts';
import { ScrapeHttpClient } from '../http/scrape-http-client';
import { SOURCE_NAMES, type SourceName } from '../types';
import { createFetcher, createFetchers } from './fetcher-registry';
import type { FetcherDeps } from './fetcher.types';
import {
  startServer,
  type LocalServer,
  type RecordedRequest,
} from '../../../../test/fixtures/transport/local-server';

/** Answers like each board would, just enough for paging decisions; records everything. */
function respond(url: URL, req: RecordedRequest): { type: string; body: string } {
  const p = url.pathname;
  const json = (v: unknown): { type: string; body: string } => ({
    type: 'application/json',
    body: JSON.stringify(v),
  });
  if (p === '/api/v1/search_by_date')
    return json({ hits: [{ objectID: '999', title: 'Ask HN: Who is hiring? (May 2026)' }] });
  if (p === '/graphql') {
    const vars = (JSON.parse(req.body) as { variables: { cursor: string | null } }).variables;
    return json({
      data: { jobSearch: { pageInfo: { nextCursor: vars.cursor ? null : 'c2' }, results: [] } },
    });
  }
  if (p === '/v1/dice/jobs/search')
    return json({ data: [], meta: { currentPage: Number(url.searchParams.get('page')), pageCount: 2 } });
  if (p === '/jobs' && url.searchParams.has('q')) {
    const start = Number(url.searchParams.get('start') ?? 0);
    return { type: 'text/html', body: start === 0 ? '<a href="/jobs?q=x&start=10">2</a>' : '<p>last</p>' };
  }
  if (p.startsWith('/role/')) {
    const more = !url.searchParams.has('page');
    return { type: 'text/html', body: `<script id="__NEXT_DATA__">{"hasNextPage":${more}}</script>` };
  }
  if (p === '/jobs' || p === '/jobs/remote')
    return { type: 'text/html', body: '<a href="?page=2">2</a> <a href="?page=3">3</a>' };
  return json({ path: p });
}

void describe('fetchers build the real requests (against a local server)', () => {
  let s: LocalServer;
  let deps: FetcherDeps;
  before(async () => {
    s = await startServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://local');
      if (url.pathname === '/robots.txt') return res.writeHead(404).end();
      const rec = s.requests[s.requests.length - 1]!;
      const { type, body } = respond(url, rec);
      res.writeHead(200, { 'content-type': type }).end(body);
    });
    const baseUrls = Object.fromEntries(SOURCE_NAMES.map((n) => [n, s.url])) as Record<SourceName, string>;
    deps = { http: new ScrapeHttpClient(), baseUrls };
  });
  after(() => s.close());

  async function run(
    source: SourceName,
    query: Parameters<ReturnType<typeof createFetcher>['fetch']>[0],
    extra: Partial<FetcherDeps> = {},
  ) {
    const before = s.requests.length;
    const bodies = await createFetcher(source, { ...deps, ...extra }).fetch(query);
    const reqs = s.requests.slice(before).filter((r) => r.url !== '/robots.txt');
    for (const b of bodies) assert.ok(b.url.startsWith(s.url) && b.body.length > 0 && b.contentType, source);
    return { bodies, reqs, urls: reqs.map((r) => r.url) };
  }

  void it('greenhouse, lever, ashby: board APIs; a missing board is a permanent error', async () => {
    assert.deepEqual((await run('greenhouse', { keywords: 'x', board: 'vercel' })).urls, [
      '/v1/boards/vercel/jobs?content=true',
    ]);
    assert.deepEqual((await run('lever', { keywords: 'x', board: 'spotify' })).urls, [
      '/v0/postings/spotify?mode=json',
    ]);
    const ashby = await run('ashby', { keywords: 'x', board: 'linear' });
    assert.deepEqual(ashby.urls, ['/posting-api/job-board/linear?includeCompensation=true']);
    assert.equal(ashby.bodies[0]!.url, `${s.url}/posting-api/job-board/linear?includeCompensation=true`);
    for (const src of ['greenhouse', 'lever', 'ashby'] as const) {
      await assert.rejects(createFetcher(src, deps).fetch({ keywords: 'x' }), PermanentError);
    }
    await assert.rejects(
      createFetcher('lever', deps).fetch({ keywords: 'x', board: '../admin' }),
      PermanentError,
    );
  });

  void it('remoteok and hackernews (latest thread found, then its item tree; or the given thread)', async () => {
    assert.deepEqual((await run('remoteok', { keywords: 'python' })).urls, ['/api']);
    const hn = await run('hackernews', { keywords: 'python' });
    assert.deepEqual(hn.urls, [
      '/api/v1/search_by_date?tags=story%2Cauthor_whoishiring&query=who+is+hiring&hitsPerPage=10',
      '/api/v1/items/999',
    ]);
    assert.equal(hn.bodies.length, 1);
    assert.deepEqual((await run('hackernews', { keywords: 'x', board: '4242' })).urls, [
      '/api/v1/items/4242',
    ]);
  });

  void it('indeed HTML pages by `start` until no next link; GraphQL with a key, cursor paged', async () => {
    const html = await run('indeed', { keywords: 'python developer', location: 'Austin, TX', maxPages: 5 });
    assert.deepEqual(html.urls, [
      '/jobs?q=python+developer&l=Austin%2C+TX',
      '/jobs?q=python+developer&l=Austin%2C+TX&start=10',
    ]);
    const gql = await run(
      'indeed',
      { keywords: 'rust', location: 'Berlin', maxPages: 5 },
      { apiKeys: { indeed: 'k1' } },
    );
    assert.deepEqual(gql.urls, ['/graphql', '/graphql']);
    assert.equal(gql.reqs[0]!.method, 'POST');
    assert.equal(gql.reqs[0]!.headers['indeed-api-key'], 'k1');
    const vars = gql.reqs.map(
      (r) => (JSON.parse(r.body) as { variables: Record<string, unknown> }).variables,
    );
    assert.deepEqual(vars, [
      { what: 'rust', where: 'Berlin', cursor: null, limit: 100 },
      { what: 'rust', where: 'Berlin', cursor: 'c2', limit: 100 },
    ]);
  });

  void it('dice search API paged to meta.pageCount with the API key header', async () => {
    const dice = await run(
      'dice',
      { keywords: 'java', location: 'NYC', maxPages: 4 },
      { apiKeys: { dice: 'dk' } },
    );
    assert.deepEqual(dice.urls, [
      '/v1/dice/jobs/search?q=java&location=NYC&countryCode2=US&radius=30&radiusUnit=mi&page=1&pageSize=20&language=en',
      '/v1/dice/jobs/search?q=java&location=NYC&countryCode2=US&radius=30&radiusUnit=mi&page=2&pageSize=20&language=en',
    ]);
    assert.equal(dice.reqs[1]!.headers['x-api-key'], 'dk');
    const remote = await run('dice', { keywords: 'java', remote: true, maxPages: 1 });
    assert.deepEqual(remote.urls, [
      '/v1/dice/jobs/search?q=java&filters.isRemote=true&countryCode2=US&page=1&pageSize=20&language=en',
    ]);
  });

  void it('wellfound role pages, ycombinator company or role pages, builtin result pages bounded by maxPages', async () => {
    assert.deepEqual((await run('wellfound', { keywords: 'Python Developer', remote: true })).urls, [
      '/role/r/python-developer',
      '/role/r/python-developer?page=2',
    ]);
    assert.deepEqual(
      (await run('wellfound', { keywords: 'ML Engineer', location: 'San Francisco', maxPages: 1 })).urls,
      ['/role/l/ml-engineer/san-francisco'],
    );
    assert.deepEqual((await run('ycombinator', { keywords: 'x', board: 'diode' })).urls, [
      '/companies/diode/jobs',
    ]);
    assert.deepEqual((await run('ycombinator', { keywords: 'Backend Engineer' })).urls, [
      '/jobs/role/backend-engineer',
    ]);
    assert.deepEqual((await run('builtin', { keywords: 'data engineer', maxPages: 2 })).urls, [
      '/jobs?search=data+engineer',
      '/jobs?search=data+engineer&page=2',
    ]);
    assert.deepEqual((await run('builtin', { keywords: 'go', remote: true, maxPages: 1 })).urls, [
      '/jobs/remote?search=go',
    ]);
  });

  void it('createFetchers covers every source', () => {
    const all = createFetchers(deps);
    assert.deepEqual(Object.keys(all).sort(), [...SOURCE_NAMES].sort());
    for (const n of SOURCE_NAMES) assert.equal(all[n].source, n);
  });
});
