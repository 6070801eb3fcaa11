import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CookieJar } from './cookie-jar';
import { parseRobots } from './robots';

void describe('CookieJar', () => {
  void it('sends cookies back by domain, path, secure and expiry', () => {
    let now = Date.parse('2026-01-01T00:00:00Z');
    const jar = new CookieJar(() => now);
    jar.setCookies('https://www.example.com/jobs/list', [
      'sid=abc; Path=/; HttpOnly',
      'pref=1; Domain=.example.com; Path=/',
      'deep=x; Path=/jobs/detail',
      'sec=s; Secure; Path=/',
      'short=1; Max-Age=60; Path=/',
      'evil=1; Domain=other.com; Path=/',
    ]);
    assert.equal(jar.cookieHeader('https://www.example.com/'), 'sid=abc; pref=1; sec=s; short=1');
    assert.equal(jar.cookieHeader('http://www.example.com/'), 'sid=abc; pref=1; short=1');
    assert.equal(jar.cookieHeader('https://api.example.com/x'), 'pref=1');
    assert.match(jar.cookieHeader('https://www.example.com/jobs/detail/7')!, /^deep=x; /);
    assert.equal(jar.cookieHeader('https://www.example.com/jobs/detailed')!.includes('deep'), false);
    assert.equal(jar.cookieHeader('https://other.com/'), undefined);
    now += 61_000;
    assert.equal(jar.cookieHeader('https://www.example.com/')!.includes('short'), false);
  });

  void it('replaces by name/domain/path, deletes with Max-Age=0, and round-trips through a file', async () => {
    const jar = new CookieJar();
    jar.setCookies('http://a.test/', 'k=1; Path=/');
    jar.setCookies('http://a.test/', 'k=2; Path=/');
    jar.setCookies('http://a.test/', ['gone=1; Path=/', 'gone=; Max-Age=0; Path=/']);
    assert.equal(jar.cookieHeader('http://a.test/'), 'k=2');
    const dir = await mkdtemp(join(tmpdir(), 'jar-'));
    try {
      await jar.saveToFile(join(dir, 'a.json'));
      const again = new CookieJar();
      await again.loadFromFile(join(dir, 'a.json'));
      assert.equal(again.cookieHeader('http://a.test/x'), 'k=2');
      await again.loadFromFile(join(dir, 'missing.json'));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

void describe('robots.txt', () => {
  const text = [
    '# comment',
    'User-agent: *',
    'Disallow: /private',
    'Allow: /private/open',
    'Disallow: /*.pdf$',
    'Disallow: /search?*q=',
    'Crawl-delay: 2',
    '',
    'User-agent: ResumeRagBot',
    'User-agent: otherbot',
    'Disallow: /jobs/secret',
    'Allow: /jobs/secret/ok$',
    'Crawl-delay: 0.5',
    '',
    'User-agent: badbot',
    'Disallow: /',
  ].join('\n');

  void it('applies the star group with longest match and wildcards', () => {
    const p = parseRobots(text, 'SomeBot/1.0');
    assert.equal(p.isAllowed('/'), true);
    assert.equal(p.isAllowed('/private/x'), false);
    assert.equal(p.isAllowed('/private/open/1'), true);
    assert.equal(p.isAllowed('/doc.pdf'), false);
    assert.equal(p.isAllowed('/doc.pdf?x=1'), true);
    assert.equal(p.isAllowed('/search?page=1&q=dev'), false);
    assert.equal(p.isAllowed('/search?page=1'), true);
    assert.equal(p.isAllowed('/robots.txt'), true);
    assert.equal(p.crawlDelayMs, 2000);
  });

  void it('picks the group naming our agent (case-insensitive), ignoring the star group', () => {
    const p = parseRobots(text, 'ResumeRagBot/0.1 (+https://x)');
    assert.equal(p.isAllowed('/private/x'), true);
    assert.equal(p.isAllowed('/jobs/secret/1'), false);
    assert.equal(p.isAllowed('/jobs/secret/ok'), true);
    assert.equal(p.isAllowed('/jobs/secret/ok/more'), false);
    assert.equal(p.crawlDelayMs, 500);
    assert.equal(parseRobots(text, 'BadBot').isAllowed('/anything'), false);
    // "bot" is not our token even though "resumeragbot" contains it.
    assert.equal(parseRobots('User-agent: bot\nDisallow: /\n', 'ResumeRagBot/0.1').isAllowed('/x'), true);
    assert.equal(
      parseRobots('User-agent: ResumeRagBot/2.0\nDisallow: /\n', 'ResumeRagBot/0.1').isAllowed('/x'),
      false,
    );
  });

  void it('empty Disallow allows all; equal-length Allow wins; no groups allows all', () => {
    assert.equal(parseRobots('User-agent: *\nDisallow:', 'x').isAllowed('/a'), true);
    assert.equal(parseRobots('User-agent: *\nDisallow: /a\nAllow: /a', 'x').isAllowed('/a'), true);
    assert.equal(parseRobots('', 'x').isAllowed('/a'), true);
    assert.equal(parseRobots('User-agent: *\nDisallow: /%7Ejoe', 'x').isAllowed('/~joe/x'), false);
  });
});
