import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ScrapeHttpClient } from './scrape-http-client';
import { HttpStatusError, RetriesExhaustedError, RobotsDisallowedError, SourceBlockedError } from './errors';
import {
  deadUrl,
  startProxy,
  startServer,
  type LocalServer,
} from '../../../../test/fixtures/transport/local-server';

const servers: { close(): Promise<void> }[] = [];
after(async () => {
  for (const s of servers) await s.close();
});
async function server(...args: Parameters<typeof startServer>): Promise<LocalServer> {
  const s = await startServer(...args);
  servers.push(s);
  return s;
}
const fast = { maxAttempts: 3, baseDelayMs: 20, maxDelayMs: 100, maxRetryAfterMs: 5000 };
const paths = (s: LocalServer): string[] => s.requests.map((r) => r.url).filter((u) => u !== '/robots.txt');

void describe('ScrapeHttpClient against local servers', () => {
  void it('spaces requests of one source by its rate limit', async () => {
    const s = await server((_req, res) => res.end('ok'));
    const client = new ScrapeHttpClient({ rateLimits: { dice: 300 } });
    // Three requests of one source cannot all be done sooner than two intervals after the
    // first starts; load only makes it slower, so this holds on a busy machine too.
    const t0 = Date.now();
    await Promise.all([1, 2, 3].map((i) => client.fetch('dice', `${s.url}/p${i}`)));
    const elapsed = Date.now() - t0;
    const times = s.requests.filter((r) => r.url !== '/robots.txt').map((r) => r.at);
    assert.equal(times.length, 3);
    assert.ok(elapsed >= 595, `three requests took ${elapsed} ms, expected at least 2 × 300`);
  });

  void it('waits out a 429 Retry-After, then succeeds', async () => {
    let n = 0;
    const s = await server((req, res) => {
      if (req.url === '/robots.txt') return res.writeHead(404).end();
      if (++n === 1) return res.writeHead(429, { 'retry-after': '1' }).end('slow down');
      res.end('{"jobs":[]}');
    });
    const client = new ScrapeHttpClient({ retry: fast });
    const t0 = Date.now();
    const res = await client.fetch('greenhouse', `${s.url}/jobs`);
    assert.equal(res.body, '{"jobs":[]}');
    assert.equal(paths(s).length, 2);
    assert.ok(Date.now() - t0 >= 950, `retried after ${Date.now() - t0} ms`);
    assert.equal(client.health.source('greenhouse').successes, 1);
  });

  void it('gives up on repeated 503s after max_attempts, and does not retry a 404', async () => {
    const s = await server((req, res) =>
      res.writeHead(req.url === '/missing' || req.url === '/robots.txt' ? 404 : 503).end('down'),
    );
    const client = new ScrapeHttpClient({ retry: fast });
    await assert.rejects(client.fetch('lever', `${s.url}/api`), (e: unknown) => {
      assert.ok(e instanceof RetriesExhaustedError);
      assert.equal(e.attempts, 3);
      assert.equal(e.status, 503);
      return true;
    });
    assert.equal(paths(s).length, 3);
    await assert.rejects(client.fetch('lever', `${s.url}/missing`), HttpStatusError);
    assert.equal(paths(s).length, 4);
    assert.equal(client.health.source('lever').failures, 2);
  });

  void it('fails at once when Retry-After exceeds the allowed wait', async () => {
    const s = await server((_req, res) => res.writeHead(429, { 'retry-after': '3600' }).end());
    const client = new ScrapeHttpClient({ retry: fast, respectRobots: false });
    await assert.rejects(client.fetch('dice', `${s.url}/x`), /asked to retry after 3600000 ms/);
    assert.equal(s.requests.length, 1);
  });

  void it('retries a connection failure', async () => {
    const client = new ScrapeHttpClient({ retry: fast, respectRobots: false });
    await assert.rejects(
      client.fetch('dice', `${await deadUrl()}/x`),
      (e: unknown) => e instanceof RetriesExhaustedError && e.attempts === 3,
    );
  });

  void it('reuses cookies across requests of a source, keeps sources apart, and persists them', async () => {
    const s = await server((req, res) => {
      if (req.url === '/login')
        return res.writeHead(302, { location: '/home', 'set-cookie': 'sid=s1; Path=/; HttpOnly' }).end();
      res.end(String(req.headers.cookie ?? 'none'));
    });
    const dir = await mkdtemp(join(tmpdir(), 'cookies-'));
    try {
      const client = new ScrapeHttpClient({ respectRobots: false, cookieDir: dir });
      const first = await client.fetch('indeed', `${s.url}/login`);
      assert.equal(first.url, `${s.url}/home`);
      assert.equal(first.body, 'sid=s1');
      assert.equal((await client.fetch('indeed', `${s.url}/next`)).body, 'sid=s1');
      assert.equal((await client.fetch('dice', `${s.url}/next`)).body, 'none');
      await client.saveCookies();
      assert.match(await readFile(join(dir, 'indeed.json'), 'utf8'), /"sid"/);
      const restarted = new ScrapeHttpClient({ respectRobots: false, cookieDir: dir });
      assert.equal((await restarted.fetch('indeed', `${s.url}/again`)).body, 'sid=s1');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  void it('rotates proxies round robin and rests a failing one', async () => {
    const target = await server((_req, res) => res.end('via proxy'));
    const p1 = await startProxy();
    const p2 = await startProxy();
    servers.push(p1, p2);
    const dead = await deadUrl();
    const client = new ScrapeHttpClient({
      respectRobots: false,
      retry: { ...fast, maxAttempts: 4 },
      proxies: [p1.url, dead, p2.url],
      proxyPool: { maxFailures: 1, cooldownMs: 60_000 },
    });
    for (let i = 0; i < 5; i++)
      assert.equal((await client.fetch('builtin', `${target.url}/r${i}`)).body, 'via proxy');
    // p1, dead (fails, rested, retried on p2), p1, p2, p1: the dead proxy is skipped after one failure.
    assert.deepEqual(p1.seen.length + p2.seen.length, 5);
    assert.ok(p1.seen.length >= 2 && p2.seen.length >= 2, `p1 ${p1.seen.length} p2 ${p2.seen.length}`);
    assert.ok(p1.seen.every((l) => l.startsWith(`GET ${target.url}/r`)));
    const state = client.proxies.snapshot().find((p) => p.url.startsWith(dead))!;
    assert.ok(state.restingUntil !== null && state.uses === 1);
  });

  void it('tunnels https through a proxy with CONNECT', async () => {
    const dir = resolve(process.cwd(), 'test/fixtures/transport');
    const cert = await readFile(join(dir, 'localhost-cert.pem'), 'utf8');
    const key = await readFile(join(dir, 'localhost-key.pem'), 'utf8');
    const target = await server((_req, res) => res.end('secure'), { key, cert });
    const proxy = await startProxy();
    servers.push(proxy);
    const client = new ScrapeHttpClient({ respectRobots: false, proxies: [proxy.url], ca: cert });
    assert.equal((await client.fetch('ashby', `https://localhost:${target.port}/x`)).body, 'secure');
    assert.deepEqual(proxy.seen, [`CONNECT localhost:${target.port}`]);
  });

  void it('respects robots.txt: disallowed URLs are never fetched; Crawl-delay feeds the limiter', async () => {
    const s = await server((req, res) => {
      if (req.url === '/robots.txt') return res.end('User-agent: *\nDisallow: /private\nCrawl-delay: 0.4\n');
      res.end('page');
    });
    const client = new ScrapeHttpClient({ retry: fast });
    await assert.rejects(client.fetch('builtin', `${s.url}/private/1`), RobotsDisallowedError);
    assert.deepEqual(paths(s), []);
    await client.fetch('builtin', `${s.url}/a`);
    await client.fetch('builtin', `${s.url}/b`);
    assert.equal(client.limiter.interval('builtin'), 400);
    const [a, b] = s.requests.filter((r) => r.url !== '/robots.txt').map((r) => r.at);
    assert.ok(b! - a! >= 320, `gap ${b! - a!}`);
    assert.equal(s.requests.filter((r) => r.url === '/robots.txt').length, 1);
  });

  void it('treats a 5xx robots.txt as disallow-all', async () => {
    const s = await server((req, res) => res.writeHead(req.url === '/robots.txt' ? 500 : 200).end('x'));
    const client = new ScrapeHttpClient({ retry: fast });
    await assert.rejects(client.fetch('dice', `${s.url}/jobs`), RobotsDisallowedError);
  });

  void it('detects blocks on a 403 and on a 200 challenge page, without retrying', async () => {
    const s = await server((req, res) => {
      if (req.url === '/forbidden') return res.writeHead(403).end('denied');
      res
        .writeHead(200, { 'content-type': 'text/html' })
        .end('<html><head><title>Just a moment...</title></head><body>cf</body></html>');
    });
    const client = new ScrapeHttpClient({ retry: fast, respectRobots: false });
    await assert.rejects(
      client.fetch('indeed', `${s.url}/forbidden`),
      (e: unknown) => e instanceof SourceBlockedError && e.status === 403,
    );
    await assert.rejects(
      client.fetch('indeed', `${s.url}/challenge`),
      (e: unknown) => e instanceof SourceBlockedError && /Just a moment/.test(e.reason),
    );
    assert.equal(s.requests.length, 2);
    const h = client.health.source('indeed');
    assert.equal(h.blocks, 2);
    assert.match(h.lastBlock!.reason, /cloudflare/);
  });

  void it('decodes gzip bodies and POSTs JSON', async () => {
    const { gzipSync } = await import('node:zlib');
    const s = await server((req, res, body) => {
      res.writeHead(200, { 'content-encoding': 'gzip', 'content-type': 'application/json; charset=utf-8' });
      res.end(gzipSync(JSON.stringify({ method: req.method, body })));
    });
    const client = new ScrapeHttpClient({ respectRobots: false });
    const res = await client.fetch('dice', `${s.url}/graphql`, {
      method: 'POST',
      body: '{"q":"é"}',
      headers: { 'content-type': 'application/json' },
    });
    assert.deepEqual(JSON.parse(res.body), { method: 'POST', body: '{"q":"é"}' });
  });
});
