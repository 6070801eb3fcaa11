import { describe, it, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { createPublicUrlClient } from './public-url-client';
import { SsrfBlockedError } from './errors';
import { SsrfGuard } from './ssrf-guard';
import { startServer, type LocalServer } from '../../../../test/fixtures/transport/local-server';

void describe('SSRF guard on user-supplied URLs', () => {
  let allowed: LocalServer;
  let secret: LocalServer;
  before(async () => {
    secret = await startServer((_req, res) => res.end('internal secret'));
    allowed = await startServer((req, res) => {
      const to = new URL(req.url ?? '/', 'http://x').searchParams.get('to');
      if (req.url === '/robots.txt') return res.writeHead(404).end();
      if (to) return res.writeHead(302, { location: to }).end();
      res.end('<html><title>Job</title>public job</html>');
    });
  });
  after(async () => {
    await allowed.close();
    await secret.close();
  });
  const client = (): ReturnType<typeof createPublicUrlClient> =>
    createPublicUrlClient({
      guard: new SsrfGuard({ allowOrigins: [allowed.url] }),
      retry: { maxAttempts: 2, baseDelayMs: 10 },
    });

  void it('fetches from the allowed test origin', async () => {
    const res = await client().fetch('import', `${allowed.url}/job/1`);
    assert.match(res.body, /public job/);
  });

  void it('refuses private and metadata IPs and non-http schemes without connecting', async () => {
    for (const u of [
      'http://10.0.0.1/',
      'http://169.254.169.254/latest/meta-data/',
      'http://[::1]/',
      'http://[::ffff:127.0.0.1]/',
      'http://2130706433/',
      'http://0x7f.1/',
      'http://0177.0.0.1/',
      `http://127.0.0.1:${secret.port}/`,
      'file:///etc/passwd',
    ]) {
      await assert.rejects(client().fetch('import', u), SsrfBlockedError, u);
    }
    assert.equal(secret.requests.length, 0);
  });

  void it('refuses a hostname that resolves to loopback (checked after DNS)', async () => {
    await assert.rejects(client().fetch('import', `http://localhost:${secret.port}/`), (e: unknown) => {
      assert.ok(e instanceof SsrfBlockedError);
      assert.match(e.message, /resolves to (127\.0\.0\.1|::1)/);
      return true;
    });
    assert.equal(secret.requests.length, 0);
  });

  void it('re-checks every redirect: an allowed server redirecting to a private address is refused', async () => {
    for (const to of [
      `http://127.0.0.1:${secret.port}/`,
      `http://localhost:${secret.port}/`,
      'http://192.168.0.1/admin',
      'http://169.254.169.254/',
    ]) {
      const url = `${allowed.url}/r?to=${encodeURIComponent(to)}`;
      await assert.rejects(client().fetch('import', url), SsrfBlockedError, to);
    }
    assert.equal(secret.requests.length, 0);
    assert.ok(allowed.requests.filter((r) => r.url.startsWith('/r?')).length === 4);
  });

  void it('refuses when a custom resolver rebinds a name to a private address', async () => {
    const guard = new SsrfGuard({ resolve: async () => ['93.184.216.34', '127.0.0.1'] });
    const c = createPublicUrlClient({ guard, respectRobots: false });
    await assert.rejects(c.fetch('import', 'http://rebind.test/'), SsrfBlockedError);
  });
});
