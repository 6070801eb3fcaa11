// Parser throughput on the real captures (and the own fixtures for Indeed and Dice).
// Run after a build:  node dist/test/bench/parsers.bench.js   (from the repository root)
// Prints, per file: size, jobs, mean ms per parse over a time-boxed loop, and jobs per second.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { getParser } from '../../libs/scraping/src/sources';
import type { SourceName } from '../../libs/scraping/src/types';

const REAL = resolve(process.cwd(), '../shared/fixtures/real');
const OWN = resolve(process.cwd(), 'test/fixtures/scraping');

const FILES: Array<[SourceName, string]> = [
  ['builtin', `${REAL}/builtin/builtin.html`],
  ['wellfound', `${REAL}/wellfound/response_2024-03-26_23-17-12_page_1.json`],
  ['ycombinator', `${REAL}/ycombinator/detail-diode-senior.html`],
  ['ycombinator', `${REAL}/ycombinator/list-diode.html`],
  ['greenhouse', `${REAL}/greenhouse/greenhouse.json`],
  ['lever', `${REAL}/lever/lever.json`],
  ['ashby', `${REAL}/ashby/ashby.json`],
  ['remoteok', `${REAL}/remoteok/remoteok.json`],
  ['hackernews', `${REAL}/hackernews/hackernews.json`],
  ['indeed', `${OWN}/indeed/results-page.html`],
  ['dice', `${OWN}/dice/search-api.json`],
];

const BUDGET_MS = 400;
const scrapedAt = new Date();
for (const [source, file] of FILES) {
  if (!existsSync(file)) {
    process.stdout.write(`${source.padEnd(12)} ${file}: missing, skipped\n`);
    continue;
  }
  const body = readFileSync(file, 'utf8');
  const parser = getParser(source);
  let runs = 0;
  let jobs = 0;
  const start = performance.now();
  while (performance.now() - start < BUDGET_MS && runs < 10_000) {
    jobs = parser.parse(body, { scrapedAt }).length;
    runs++;
  }
  const ms = (performance.now() - start) / runs;
  const name = file.split('/').slice(-2).join('/');
  const line = `${source.padEnd(12)} ${name.padEnd(52)} ${String(body.length).padStart(7)} B ${String(jobs).padStart(3)} jobs ${ms.toFixed(2).padStart(8)} ms/parse ${Math.round(
    (jobs * 1000) / ms,
  )
    .toString()
    .padStart(8)} jobs/s\n`;
  process.stdout.write(line);
}
