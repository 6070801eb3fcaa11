/**
 * End-to-end ingestion throughput on this machine: a local Greenhouse board with N postings,
 * rate limits off, one resume on file. Time from POST /api/job-list/scrape (scrape.requested) to
 * every job indexed and scored, and when each stage finished its N, so the bottleneck shows.
 *   node dist/test/bench/pipeline.bench.js [jobs]   (default 1000)
 */
import { register } from 'prom-client';
import { createLogger } from '@app/logging';
import { createTestDatabase, testConfig, TestApiClient } from '@app/testing';
import { createApiApp } from '../../apps/api/src/bootstrap';
import { pipelineFeatures } from '../../apps/all-in-one/src/pipeline-features';
import { generatedGreenhouseBoard, startJobBoards } from '../support/job-boards';

const N = Number(process.argv[2] ?? process.env.BENCH_JOBS ?? 1000);
const STAGES = {
  published: `SELECT COALESCE(MAX(jobs_found), 0)::int AS n FROM scrape_tasks WHERE status <> 'pending' AND status <> 'running'`,
  deduped: `SELECT count(*)::int AS n FROM processed_messages WHERE consumer = 'dedup'`,
  normalized: `SELECT count(*)::int AS n FROM jobs WHERE normalized_at IS NOT NULL`,
  indexed: `SELECT count(*)::int AS n FROM jobs WHERE indexed_at IS NOT NULL`,
  scored: `SELECT count(*)::int AS n FROM job_match_scores`,
} as const;

async function main(): Promise<void> {
  const boards = await startJobBoards({ greenhouseBoard: generatedGreenhouseBoard(N) });
  const db = await createTestDatabase(testConfig().database.postgres, 'benchpipe');
  const config = testConfig(
    {
      database: { postgres: { database: db.name } },
      rate_limit: { enabled: false },
      scraper: { base_urls: boards.baseUrls, rate_limit: { greenhouse: '0' } },
    },
    'benchpipe',
  );
  const app = await createApiApp(
    config,
    createLogger({ service: 'bench', level: 'silent' }),
    pipelineFeatures(true),
  );
  await app.listen({ host: '127.0.0.1', port: 0 });
  const addr = app.getHttpServer().address();
  const api = new TestApiClient(`http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`);
  try {
    await api.signUp('bench');
    await api.post('/api/resumes', {
      content:
        '# Alex\n## Experience\nSenior Backend Engineer (2017 - Present)\n- Go, Python, PostgreSQL, Kafka, Kubernetes, AWS\n## Education\nBSc Computer Science\n## Skills\nGo, Python, Terraform, Docker, gRPC, Redis',
    });
    for (;;) {
      const r = await db.ds.query(`SELECT count(*)::int AS n FROM resumes WHERE indexed_at IS NOT NULL`);
      if (r[0].n === 1) break;
      await new Promise((res) => setTimeout(res, 100));
    }
    const done: Partial<Record<keyof typeof STAGES, number>> = {};
    // Dedup may merge generated postings that read alike; later stages expect the unique rows.
    let unique = N;
    const t0 = performance.now();
    const task = await api.post('/api/job-list/scrape', {
      sources: ['greenhouse'],
      keywords: 'engineer',
      board: 'bench',
    });
    if (task.status !== 202) throw new Error(`scrape refused: ${JSON.stringify(task.body)}`);
    const deadline = t0 + 30 * 60_000;
    while (Object.keys(done).length < Object.keys(STAGES).length && performance.now() < deadline) {
      for (const [stage, sql] of Object.entries(STAGES) as Array<[keyof typeof STAGES, string]>) {
        if (done[stage] !== undefined) continue;
        const n = (await db.ds.query(sql))[0].n as number;
        const target = stage === 'published' || stage === 'deduped' ? N : unique;
        if (n >= target) done[stage] = performance.now() - t0;
        if (stage === 'deduped' && done.deduped !== undefined) {
          unique = (await db.ds.query(`SELECT count(*)::int AS n FROM jobs`))[0].n as number;
        }
      }
      await new Promise((res) => setTimeout(res, 100));
    }
    const total = done.scored ?? NaN;
    const lines = [
      `jobs: ${N} scraped, ${unique} unique after dedup (one Greenhouse board on 127.0.0.1, rate limits off, 1 resume)`,
    ];
    let prev = 0;
    for (const stage of Object.keys(STAGES) as Array<keyof typeof STAGES>) {
      const at = done[stage];
      lines.push(
        `${stage.padEnd(10)} done at ${at === undefined ? 'n/a' : `${(at / 1000).toFixed(1)} s`}` +
          (at === undefined
            ? ''
            : `  (${((N / at) * 60_000).toFixed(0)} jobs/min cumulative; stage lag ${((at - prev) / 1000).toFixed(1)} s)`),
      );
      if (at !== undefined) prev = at;
    }
    lines.push(
      `end to end: ${((N / total) * 60_000).toFixed(0)} scraped jobs/min, ${((unique / total) * 60_000).toFixed(0)} unique jobs/min` +
        ' (scrape.requested → indexed and scored)',
    );
    const settled =
      (await register.getSingleMetric('resume_rag_messages_settled_total')?.get())?.values ?? [];
    const retried = settled
      .filter((v) => v.labels.outcome !== 'ack')
      .map((v) => `${v.labels.consumer} ${v.labels.outcome}: ${v.value}`);
    lines.push(`non-ack settlements: ${retried.length ? retried.join(', ') : 'none'}`);
    lines.push(`process RSS: ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB`);
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    await app.close();
    await boards.close();
    await db.drop();
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${String(e)}\n`);
  process.exit(1);
});
