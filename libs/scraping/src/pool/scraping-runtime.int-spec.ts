import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createScrapingRuntime, type ScraperConfig } from './scraping-runtime';
import { startServer, type LocalServer } from '../../../../test/fixtures/transport/local-server';

void describe('createScrapingRuntime from the scraper config section', () => {
  let s: LocalServer;
  before(async () => {
    s = await startServer((req, res) => {
      if (req.url === '/robots.txt') return res.end('User-agent: *\nDisallow: /v0/\n');
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"jobs":[]}');
    });
  });
  after(() => s.close());

  const config = (): ScraperConfig => ({
    concurrency: 2,
    browser_pages: 3,
    rate_limit: { greenhouse: 200 },
    retry: { max_attempts: 2, backoff: 10 },
    import_allow_origins: [],
    proxies: [],
    respect_robots: true,
    user_agent: 'TestBot/1.0',
    base_urls: { greenhouse: s.url, lever: s.url },
  });

  void it('applies rate limits, user agent, robots and base URLs; reports per source', async () => {
    const rt = createScrapingRuntime(config());
    try {
      assert.equal(rt.browser.maxPages, 3);
      const out = await rt.pool.run([
        { source: 'greenhouse', query: { keywords: 'x', board: 'a' } },
        { source: 'greenhouse', query: { keywords: 'x', board: 'b' } },
        { source: 'lever', query: { keywords: 'x', board: 'c' } },
      ]);
      assert.deepEqual(
        out.map((o) => o.status),
        ['ok', 'ok', 'failed'],
      );
      assert.match(out[2]!.status === 'failed' ? out[2]!.message : '', /robots\.txt/);
      const gh = s.requests.filter((r) => r.url.startsWith('/v1/boards/'));
      assert.equal(gh.length, 2);
      assert.ok(Math.abs(gh[1]!.at - gh[0]!.at) >= 150, `gap ${gh[1]!.at - gh[0]!.at}`);
      assert.equal(gh[0]!.headers['user-agent'], 'TestBot/1.0');
      assert.equal(rt.health.source('greenhouse').successes, 2);
    } finally {
      await rt.close();
    }
  });

  void it('rejects a base URL for an unknown source', () => {
    assert.throws(
      () => createScrapingRuntime({ ...config(), base_urls: { monster: 'http://127.0.0.1:1' } }),
      /unknown source monster/,
    );
  });
});
