import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ScrapeHttpClient } from '../http/scrape-http-client';
import { ScrapeWorkerPool, type ScrapeTask } from '../pool/scrape-worker-pool';
import { PARSERS } from '../sources/registry';
import type { SourceName } from '../types';
import { createFetchers } from './fetcher-registry';
import { startServer, type LocalServer } from '../../../../test/fixtures/transport/local-server';

const REAL = resolve(process.cwd(), '../shared/fixtures/real');

/** Real captures served at the paths the fetchers request, with the job counts SOURCES.md gives. */
const ROUTES: Record<string, { file: string; type: string }> = {
  '/v1/boards/vercel/jobs': { file: 'greenhouse/greenhouse.json', type: 'application/json' },
  '/v0/postings/spotify': { file: 'lever/lever.json', type: 'application/json' },
  '/posting-api/job-board/linear': { file: 'ashby/ashby.json', type: 'application/json' },
  '/api': { file: 'remoteok/remoteok.json', type: 'application/json' },
  '/api/v1/items/41000000': { file: 'hackernews/hackernews.json', type: 'application/json' },
  '/jobs': { file: 'builtin/builtin.html', type: 'text/html; charset=utf-8' },
  '/companies/diode/jobs': { file: 'ycombinator/list-diode.html', type: 'text/html; charset=utf-8' },
};

void describe(
  'fetch → parse on real captures served locally',
  { skip: !existsSync(REAL) && `real captures absent at ${REAL}` },
  () => {
    let s: LocalServer;
    before(async () => {
      s = await startServer((req, res) => {
        const route = ROUTES[(req.url ?? '').split('?')[0]!];
        if (!route) return res.writeHead(404).end();
        res.writeHead(200, { 'content-type': route.type }).end(readFileSync(join(REAL, route.file)));
      });
    });
    after(() => s.close());

    void it('every source with a capture yields its jobs through the pool', async () => {
      const http = new ScrapeHttpClient();
      const sources: SourceName[] = [
        'greenhouse',
        'lever',
        'ashby',
        'remoteok',
        'hackernews',
        'builtin',
        'ycombinator',
      ];
      const fetchers = createFetchers({ http, baseUrls: Object.fromEntries(sources.map((n) => [n, s.url])) });
      const pool = new ScrapeWorkerPool({
        concurrency: 3,
        fetchers,
        health: http.health,
        parse: (source, body, scrapedAt) => PARSERS[source].parse(body.body, { url: body.url, scrapedAt }),
      });
      const tasks: ScrapeTask[] = [
        { source: 'greenhouse', query: { keywords: 'x', board: 'vercel' } },
        { source: 'lever', query: { keywords: 'x', board: 'spotify' } },
        { source: 'ashby', query: { keywords: 'x', board: 'linear' } },
        { source: 'remoteok', query: { keywords: 'x' } },
        { source: 'hackernews', query: { keywords: 'x', board: '41000000' } },
        { source: 'builtin', query: { keywords: 'software engineer', maxPages: 1 } },
        { source: 'ycombinator', query: { keywords: 'x', board: 'diode' } },
      ];
      const out = await pool.run(tasks);
      const counts = Object.fromEntries(
        out.map((o) => [
          o.source,
          o.status === 'ok' ? o.jobs!.length : `${o.status}: ${'message' in o ? o.message : ''}`,
        ]),
      );
      assert.deepEqual(counts, {
        greenhouse: 2,
        lever: 2,
        ashby: 2,
        remoteok: 2,
        hackernews: 3,
        builtin: 10,
        ycombinator: 2,
      });
      for (const o of out) if (o.status === 'ok') for (const j of o.jobs!) assert.equal(j.source, o.source);
      assert.equal(http.health.source('builtin').jobsFound, 10);
    });
  },
);
