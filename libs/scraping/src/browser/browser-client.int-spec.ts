import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { BrowserClient } from './browser-client';
import { ScrapeHttpClient } from '../http/scrape-http-client';
import { RobotsDisallowedError, SourceBlockedError } from '../http/errors';
import { startServer, type LocalServer } from '../../../../test/fixtures/transport/local-server';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Pids of this process's descendants (Chromium's process tree). */
function descendants(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(d)]);
    } catch {
      // The process ended while we looked.
    }
  }
  const out: number[] = [];
  const stack = [root];
  while (stack.length) {
    for (const c of children.get(stack.pop()!) ?? []) {
      out.push(c);
      stack.push(c);
    }
  }
  return out;
}

void describe(
  'BrowserClient with the system Chromium',
  { skip: !existsSync(CHROMIUM) && `no Chromium at ${CHROMIUM}` },
  () => {
    let s: LocalServer;
    let inFlight = 0;
    let maxInFlight = 0;
    before(async () => {
      s = await startServer((req, res) => {
        const url = new URL(req.url ?? '/', 'http://x');
        if (url.pathname === '/robots.txt') return res.end('User-agent: *\nDisallow: /private\n');
        if (url.pathname === '/slow') {
          inFlight++;
          maxInFlight = Math.max(maxInFlight, inFlight);
          return setTimeout(() => {
            inFlight--;
            res
              .writeHead(200, { 'content-type': 'text/html' })
              .end(`<html><body>slow ${url.searchParams.get('i')}</body></html>`);
          }, 250);
        }
        if (url.pathname === '/challenge') {
          return res
            .writeHead(403, { 'content-type': 'text/html' })
            .end('<html><head><title>Just a moment...</title></head><body></body></html>');
        }
        res.writeHead(200, { 'content-type': 'text/html', 'set-cookie': 'visit=1; Path=/' });
        res.end(`<html><body><div id="root"></div><script>
        setTimeout(() => {
          const ul = document.createElement('ul'); ul.id = 'jobs';
          for (const t of ['Backend Engineer', 'Data Scientist']) { const li = document.createElement('li'); li.textContent = t; ul.appendChild(li); }
          document.getElementById('root').appendChild(ul);
          document.title = 'cookie:' + document.cookie;
        }, 100);
      </script></body></html>`);
      });
    });
    after(() => s.close());

    void it('renders JS-built content, keeps the source cookies, bounds the pages and closes cleanly', async () => {
      const http = new ScrapeHttpClient();
      const browser = new BrowserClient({
        maxPages: 2,
        admit: (src, u) => http.admit(src, u),
        cookieJar: (src) => http.jar(src),
        health: http.health,
      });
      // A cookie from the HTTP session goes into the browser context...
      (await http.jar('wellfound')).setCookies(`${s.url}/`, 'http_sid=h1; Path=/');
      try {
        const first = await browser.fetchRendered('wellfound', `${s.url}/jobs`, { waitFor: '#jobs li' });
        assert.match(first.html, /<li>Backend Engineer<\/li><li>Data Scientist<\/li>/);
        assert.equal(first.status, 200);
        const second = await browser.fetchRendered('wellfound', `${s.url}/jobs?page=2`, { waitFor: '#jobs' });
        assert.match(second.html, /<title>cookie:http_sid=h1; visit=1<\/title>/);
        const jobRequests = s.requests.filter((r) => r.url.startsWith('/jobs'));
        assert.match(String(jobRequests[0]!.headers.cookie), /http_sid=h1/);
        assert.match(String(jobRequests[1]!.headers.cookie), /visit=1/);
        // ...and the browser's cookies come back for plain HTTP requests.
        assert.match((await http.jar('wellfound')).cookieHeader(`${s.url}/x`) ?? '', /visit=1/);

        const pages = await Promise.all(
          [1, 2, 3, 4, 5].map((i) => browser.fetchRendered('wellfound', `${s.url}/slow?i=${i}`)),
        );
        assert.deepEqual(
          pages.map((p) => /slow (\d)/.exec(p.html)![1]),
          ['1', '2', '3', '4', '5'],
        );
        assert.equal(maxInFlight, 2);
        assert.equal(browser.openPages, 0);

        await assert.rejects(browser.fetchRendered('wellfound', `${s.url}/challenge`), SourceBlockedError);
        await assert.rejects(browser.fetchRendered('wellfound', `${s.url}/private/x`), RobotsDisallowedError);
        assert.equal(
          s.requests.some((r) => r.url.startsWith('/private')),
          false,
        );
        assert.equal(http.health.source('wellfound').blocks, 1);
        assert.ok(descendants(process.pid).length > 0, 'chromium runs as a child process');
      } finally {
        await browser.close();
      }
      await new Promise((r) => setTimeout(r, 300));
      assert.deepEqual(descendants(process.pid), [], 'no Chromium process left after close');
      await assert.rejects(browser.fetchRendered('wellfound', `${s.url}/jobs`), /closed/);
    });
  },
);
