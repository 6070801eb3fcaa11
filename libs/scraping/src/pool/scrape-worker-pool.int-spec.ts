import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { ScrapeHttpClient } from '../http/scrape-http-client';
import { createFetchers } from '../fetchers/fetcher-registry';
import type { NormalizedJob } from '../types';
import { ScrapeWorkerPool, type ScrapeTask } from './scrape-worker-pool';
import { Semaphore } from './semaphore';
import { startServer, type LocalServer } from '../../../../test/fixtures/transport/local-server';

void describe('Semaphore', () => {
  void it('never lets more than max run and serves waiters in order', async () => {
    const sem = new Semaphore(2);
    let active = 0;
    let peak = 0;
    const order: number[] = [];
    await Promise.all(
      [1, 2, 3, 4, 5].map((i) =>
        sem.run(async () => {
          active++;
          peak = Math.max(peak, active);
          order.push(i);
          await new Promise((r) => setTimeout(r, 20));
          active--;
        }),
      ),
    );
    assert.equal(peak, 2);
    assert.deepEqual(order, [1, 2, 3, 4, 5]);
    assert.equal(sem.inUse, 0);
    assert.throws(() => new Semaphore(0));
  });
});

void describe('ScrapeWorkerPool with real fetchers on local servers', () => {
  let s: LocalServer;
  let leverCalls = 0;
  let inFlight = 0;
  let peak = 0;
  before(async () => {
    s = await startServer((req, res) => {
      const path = (req.url ?? '').split('?')[0]!;
      if (path === '/robots.txt') return res.writeHead(404).end();
      inFlight++;
      peak = Math.max(peak, inFlight);
      setTimeout(() => {
        inFlight--;
        if (path.startsWith('/v0/postings/')) {
          if (++leverCalls === 1) return res.writeHead(429, { 'retry-after': '0' }).end();
          return res.end(JSON.stringify([{ text: 'Lever job' }]));
        }
        if (path.startsWith('/v1/dice/'))
          return res.writeHead(403, { 'content-type': 'text/html' }).end('<title>Access Denied</title>');
        if (path.startsWith('/posting-api/')) return res.writeHead(503).end();
        if (path.startsWith('/v1/boards/'))
          return res.end(JSON.stringify({ jobs: [{ title: 'A' }, { title: 'B' }] }));
        res.writeHead(404).end();
      }, 40);
    });
  });
  after(() => s.close());

  void it('produces one outcome per task; a blocked or failing source degrades alone', async () => {
    const http = new ScrapeHttpClient({ retry: { maxAttempts: 2, baseDelayMs: 10, maxDelayMs: 20 } });
    const { remoteok: _unconfigured, ...fetchers } = createFetchers({
      http,
      baseUrls: { greenhouse: s.url, lever: s.url, dice: s.url, ashby: s.url },
    });
    const parse = (_src: string, body: { body: string }): NormalizedJob[] => {
      const v = JSON.parse(body.body) as { jobs?: unknown[] } | unknown[];
      return (Array.isArray(v) ? v : (v.jobs ?? [])) as NormalizedJob[];
    };
    const seen: string[] = [];
    const pool = new ScrapeWorkerPool({
      concurrency: 2,
      fetchers,
      parse,
      health: http.health,
      onOutcome: (o) => void seen.push(o.source),
    });
    const tasks: ScrapeTask[] = [
      { source: 'dice', query: { keywords: 'java', maxPages: 1 } },
      { source: 'greenhouse', query: { keywords: 'x', board: 'vercel' } },
      { source: 'lever', query: { keywords: 'x', board: 'spotify' } },
      { source: 'ashby', query: { keywords: 'x', board: 'linear' } },
      { source: 'dice', query: { keywords: 'go', maxPages: 1 } },
      { source: 'greenhouse', query: { keywords: 'x' } },
      { source: 'remoteok', query: { keywords: 'x' } },
    ];
    const out = await pool.run(tasks);
    assert.deepEqual(
      out.map((o) => `${o.source}:${o.status}`),
      [
        'dice:blocked',
        'greenhouse:ok',
        'lever:ok',
        'ashby:failed',
        'dice:blocked',
        'greenhouse:failed',
        'remoteok:failed',
      ],
    );
    assert.equal(seen.length, 7);
    const [dice1, gh, lever, ashby, dice2, ghNoBoard] = out;
    assert.match(dice1!.status === 'blocked' ? dice1!.reason : '', /Access Denied|403/);
    assert.match(dice2!.status === 'blocked' ? dice2!.reason : '', /not sent/);
    assert.equal(s.requests.filter((r) => r.url.startsWith('/v1/dice/')).length, 1);
    assert.equal(gh!.status === 'ok' && gh!.jobs!.length, 2);
    assert.equal(lever!.status === 'ok' && lever!.jobs!.length, 1);
    assert.equal(ashby!.status === 'failed' && ashby!.retryable, true);
    assert.equal(ghNoBoard!.status === 'failed' && ghNoBoard!.retryable, false);
    assert.match(out[6]!.status === 'failed' ? out[6]!.message : '', /no fetcher configured for remoteok/);
    assert.ok(peak <= 2, `peak ${peak}`);
    const health = Object.fromEntries(http.health.snapshot().map((h) => [h.source, h]));
    assert.equal(health.greenhouse!.jobsFound, 2);
    assert.equal(health.lever!.jobsFound, 1);
    assert.equal(health.dice!.blocks, 1);
    assert.ok(health.ashby!.lastError);
  });

  void it('a task timeout ends a slow task as a retryable failure', async () => {
    const http = new ScrapeHttpClient({ retry: { maxAttempts: 5, baseDelayMs: 2000 } });
    const fetchers = createFetchers({ http, baseUrls: { ashby: s.url } });
    const pool = new ScrapeWorkerPool({ concurrency: 1, fetchers, taskTimeoutMs: 300 });
    const t0 = Date.now();
    const [o] = await pool.run([{ source: 'ashby', query: { keywords: 'x', board: 'b' } }]);
    assert.equal(o!.status, 'failed');
    assert.ok(Date.now() - t0 < 1500, `took ${Date.now() - t0} ms`);
  });
});
