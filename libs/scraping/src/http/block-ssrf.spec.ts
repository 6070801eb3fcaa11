import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { detectBlock } from './block-detector';
import { isPublicAddress, SsrfGuard } from './ssrf-guard';
import { SsrfBlockedError } from './errors';

const html = (body: string): { status: number; headers: Record<string, string>; body: string } => ({
  status: 200,
  headers: { 'content-type': 'text/html' },
  body,
});

void describe('detectBlock', () => {
  void it('flags 403, 401 challenges and known challenge pages', () => {
    assert.equal(detectBlock({ status: 403, headers: {}, body: 'no' }), 'HTTP 403 forbidden');
    assert.match(detectBlock({ status: 401, headers: { 'www-authenticate': 'Basic' }, body: '' })!, /401/);
    assert.equal(detectBlock({ status: 401, headers: {}, body: 'login first' }), null);
    assert.match(
      detectBlock(html('<html><head><title>Just a moment...</title></head></html>'))!,
      /cloudflare/,
    );
    assert.match(
      detectBlock({
        ...html('<script src="/cdn-cgi/challenge-platform/h/b/orchestrate"></script>'),
        status: 503,
      })!,
      /cf-chl.*503/,
    );
    assert.match(detectBlock(html('<title>Attention Required! | Cloudflare</title>'))!, /Attention Required/);
    assert.match(detectBlock(html('<div id="px-captcha"></div>'))!, /perimeterx/);
    assert.match(
      detectBlock(html('<script src="https://geo.captcha-delivery.com/captcha/"></script>'))!,
      /datadome/,
    );
    assert.match(
      detectBlock(
        html('<title>Security Check - Indeed.com</title><script src="https://hcaptcha.com/1/api.js">'),
      )!,
      /title|hcaptcha/,
    );
    assert.match(detectBlock(html('<div class="h-captcha" data-sitekey="x"></div>'))!, /hcaptcha/);
    assert.match(detectBlock(html('<div class="g-recaptcha"></div>'))!, /recaptcha/);
    assert.match(
      detectBlock({ status: 403, headers: { 'cf-mitigated': 'challenge' }, body: '' })!,
      /cf-mitigated/,
    );
  });

  void it('does not flag ordinary pages, JSON mentioning captcha, or big pages with an apply-form recaptcha', () => {
    assert.equal(detectBlock(html('<html><title>Jobs</title><h1>Senior Engineer</h1></html>')), null);
    assert.equal(
      detectBlock({
        status: 200,
        headers: { 'content-type': 'application/json' },
        body: '{"d":"we build captcha-free px-captcha"}',
      }),
      null,
    );
    const big = `<html><title>Job</title>${'<p>real content</p>'.repeat(4000)}<div class="g-recaptcha"></div></html>`;
    assert.equal(detectBlock(html(big)), null);
    assert.equal(detectBlock({ status: 404, headers: {}, body: 'not found' }), null);
  });

  void it('does not flag any real capture', (t) => {
    const root = resolve(process.cwd(), '../shared/fixtures/real');
    if (!existsSync(root)) return t.skip(`real captures absent at ${root}`);
    const files: string[] = [];
    for (const dir of readdirSync(root)) {
      const d = join(root, dir);
      if (statSync(d).isDirectory()) for (const f of readdirSync(d)) files.push(join(d, f));
    }
    assert.ok(files.length >= 10);
    for (const f of files) {
      const type = f.endsWith('.json') ? 'application/json' : 'text/html';
      assert.equal(
        detectBlock({ status: 200, headers: { 'content-type': type }, body: readFileSync(f, 'utf8') }),
        null,
        f,
      );
    }
  });
});

void describe('SSRF address checks', () => {
  const blocked = [
    '127.0.0.1',
    '127.9.9.9',
    '10.1.2.3',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '100.127.255.255',
    '0.0.0.0',
    '0.1.2.3',
    '224.0.0.1',
    '239.255.255.250',
    '255.255.255.255',
    '::1',
    '::',
    'fc00::1',
    'fd12:3456::1',
    'fe80::1',
    'ff02::1',
    '::ffff:127.0.0.1',
    '::ffff:10.0.0.1',
    '::ffff:7f00:1',
    '::ffff:a9fe:a9fe',
    '64:ff9b::10.0.0.1',
    '[::1]',
    'fe80::1%eth0',
    'not-an-ip',
  ];
  const allowed = [
    '8.8.8.8',
    '1.1.1.1',
    '172.32.0.1',
    '100.128.0.1',
    '193.0.0.1',
    '2606:4700::1111',
    '::ffff:8.8.8.8',
  ];

  void it('rejects private, loopback, link-local, CGNAT, multicast and mapped forms', () => {
    for (const ip of blocked) assert.equal(isPublicAddress(ip), false, ip);
    for (const ip of allowed) assert.equal(isPublicAddress(ip), true, ip);
  });

  void it('checks scheme and literal hosts before connecting; allowOrigins is exact', () => {
    const guard = new SsrfGuard({ allowOrigins: ['http://127.0.0.1:4000'] });
    for (const u of [
      'file:///etc/passwd',
      'ftp://example.com/',
      'gopher://x/',
      'http://127.0.0.1:4001/',
      'http://[::1]/',
      'http://169.254.169.254/latest/meta-data/',
      'http://10.0.0.5/',
      'not a url',
    ]) {
      assert.throws(() => guard.checkUrl(u), SsrfBlockedError, u);
    }
    assert.equal(guard.checkUrl('http://127.0.0.1:4000/x').href, 'http://127.0.0.1:4000/x');
    assert.equal(guard.checkUrl('https://example.com/').hostname, 'example.com');
  });

  void it('the lookup refuses a hostname if any of its addresses is not public', async () => {
    const guard = new SsrfGuard({
      resolve: async (h) => (h === 'mixed.test' ? ['8.8.8.8', '10.0.0.1'] : ['8.8.4.4']),
    });
    const look = (host: string): Promise<string> =>
      new Promise((res, rej) =>
        guard.lookupFor(new URL(`http://${host}/`))(host, {}, (e, a) => (e ? rej(e) : res(a as string))),
      );
    await assert.rejects(look('mixed.test'), SsrfBlockedError);
    assert.equal(await look('ok.test'), '8.8.4.4');
  });
});
