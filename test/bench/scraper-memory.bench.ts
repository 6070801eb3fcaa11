/**
 * Scraper memory: RSS (and PSS) of this process plus Chromium's whole process tree while
 * BrowserClient holds 10 pages open at once on local JS-built job-listing pages. The seed's target
 * is under 500 MB. Prints the peak, the idle baseline and the level after close.
 *
 *   npm run build && node dist/test/bench/scraper-memory.bench.js
 * Env: BENCH_PAGES (default 10), BENCH_ROUNDS (default 3), BENCH_HOLD_MS (default 2000), CHROMIUM_PATH.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { readdirSync, readFileSync } from 'node:fs';
import { BrowserClient } from '@app/scraping';

const PAGES = Number(process.env.BENCH_PAGES ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const HOLD_MS = Number(process.env.BENCH_HOLD_MS ?? 2000);

/** A results page like a job board's: 50 cards built by script, "done" marker after HOLD_MS. */
function page(i: number): string {
  return `<!doctype html><html><head><title>Jobs ${i}</title><style>
    .card{border:1px solid #ddd;margin:8px;padding:8px;font:14px sans-serif}.card h2{font-size:16px}
  </style></head><body><main id="root"></main><script>
    const root = document.getElementById('root');
    for (let k = 0; k < 50; k++) {
      const c = document.createElement('article'); c.className = 'card';
      c.innerHTML = '<h2>Senior Engineer ' + k + '</h2><p>Company ${i}-' + k + ' · Remote · $150K - $180K a year</p>'
        + '<p>' + 'We build reliable distributed systems with TypeScript, Go and PostgreSQL. '.repeat(8) + '</p>';
      root.appendChild(c);
    }
    setTimeout(() => { const d = document.createElement('div'); d.id = 'done'; document.body.appendChild(d); }, ${HOLD_MS});
  </script></body></html>`;
}

function tree(root: number): number[] {
  const kids = new Map<number, number[]>();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      kids.set(ppid, [...(kids.get(ppid) ?? []), Number(d)]);
    } catch {
      // gone
    }
  }
  const out = [root];
  for (let i = 0; i < out.length; i++) out.push(...(kids.get(out[i]!) ?? []));
  return out;
}

function kb(file: string, field: string): number {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(file, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

interface Sample {
  /** PSS in MB by Chromium process type (browser, renderer, gpu-process, utility, zygote). */
  byType: Record<string, number>;
  nodeRss: number;
  chromeRss: number;
  totalPss: number;
  processes: number;
}

function sample(): Sample {
  const pids = tree(process.pid);
  const chrome = pids.slice(1);
  const byType: Record<string, number> = {};
  for (const p of chrome) {
    let type = 'browser';
    try {
      type =
        /--type=([\w-]+)/.exec(readFileSync(`/proc/${p}/cmdline`, 'utf8').replace(/\0/g, ' '))?.[1] ??
        'browser';
    } catch {
      // gone
    }
    byType[type] = (byType[type] ?? 0) + kb(`/proc/${p}/smaps_rollup`, 'Pss') / 1024;
  }
  return {
    byType,
    nodeRss: kb(`/proc/${process.pid}/status`, 'VmRSS') / 1024,
    chromeRss: chrome.reduce((s, p) => s + kb(`/proc/${p}/status`, 'VmRSS'), 0) / 1024,
    totalPss: pids.reduce((s, p) => s + kb(`/proc/${p}/smaps_rollup`, 'Pss'), 0) / 1024,
    processes: chrome.length,
  };
}

const fmt = (s: Sample): string =>
  `node RSS ${s.nodeRss.toFixed(0)} MB + chromium RSS ${s.chromeRss.toFixed(0)} MB (${s.processes} processes) = ` +
  `${(s.nodeRss + s.chromeRss).toFixed(0)} MB RSS sum; PSS total ${s.totalPss.toFixed(0)} MB`;

async function main(): Promise<void> {
  const server = http.createServer((req, res) => {
    const i = Number(new URL(req.url ?? '/', 'http://x').searchParams.get('i') ?? 0);
    res.writeHead(200, { 'content-type': 'text/html' }).end(page(i));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const extraArgs = (process.env.BENCH_EXTRA_ARGS ?? '').split(' ').filter(Boolean);
  const [vw, vh] = (process.env.BENCH_VIEWPORT ?? '1024x768').split('x').map(Number);
  const browser = new BrowserClient({ maxPages: PAGES, extraArgs, viewport: { width: vw!, height: vh! } });
  process.stdout.write(
    `pages ${PAGES}, rounds ${ROUNDS}, extra Chromium args: ${extraArgs.join(' ') || '(none)'}, viewport ${vw}x${vh}\n`,
  );
  process.stdout.write(`before browser: ${fmt(sample())}\n`);
  let peak: Sample | null = null;
  let peakOpen = 0;
  const timer = setInterval(() => {
    const s = sample();
    if (!peak || s.nodeRss + s.chromeRss > peak.nodeRss + peak.chromeRss) peak = s;
    peakOpen = Math.max(peakOpen, browser.openPages);
  }, 100);
  const t0 = Date.now();
  for (let round = 0; round < ROUNDS; round++) {
    const pages = await Promise.all(
      Array.from({ length: PAGES }, (_, k) =>
        browser.fetchRendered('bench', `${base}/jobs?i=${round * PAGES + k}`, { waitFor: '#done' }),
      ),
    );
    const cards = pages.reduce((n, p) => n + (p.html.match(/class="card"/g)?.length ?? 0), 0);
    process.stdout.write(
      `round ${round + 1}: ${pages.length} pages rendered, ${cards} cards, ${fmt(sample())}\n`,
    );
  }
  clearInterval(timer);
  const elapsed = Date.now() - t0;
  process.stdout.write(`peak with up to ${peakOpen} pages open: ${fmt(peak!)}\n`);
  const types = Object.entries((peak as Sample | null)?.byType ?? {}).map(
    ([t, mb]) => `${t} ${mb.toFixed(0)} MB`,
  );
  process.stdout.write(`  chromium PSS at the peak by process type: ${types.join(', ')}\n`);
  process.stdout.write(`${ROUNDS * PAGES} renders in ${elapsed} ms\n`);
  await browser.close();
  await new Promise((r) => setTimeout(r, 500));
  process.stdout.write(`after close: ${fmt(sample())}\n`);
  server.close();
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
