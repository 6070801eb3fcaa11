/**
 * The all-in-one process SIGKILLed while the pipeline is busy, then started again: the same
 * rows, no duplicates, nothing lost, and the vector/BM25 projections brought back in step.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { JobScrapedV1 } from '@app/contracts';
import { EventPublisher, NatsClient } from '@app/messaging';
import {
  createTestDatabase,
  freePort,
  testConfig,
  TestApiClient,
  uniquePrefix,
  waitFor,
  type TestDatabase,
} from '@app/testing';

const modelsPresent = existsSync(resolve(process.cwd(), 'models/all-MiniLM-L6-v2/model.onnx'));
const N = 150;
const SKILLS = [
  'Go',
  'Python',
  'PostgreSQL',
  'Kafka',
  'Kubernetes',
  'React',
  'TypeScript',
  'AWS',
  'Terraform',
  'Java',
];

function job(i: number) {
  const skills = [SKILLS[i % 10], SKILLS[(i * 3 + 1) % 10], SKILLS[(i * 7 + 2) % 10]].join(', ');
  return {
    title: `${['Backend', 'Platform', 'Data', 'Frontend', 'Infrastructure'][i % 5]} Engineer ${i}`,
    company: `Crashco ${i % 17}`,
    location: i % 3 === 0 ? 'Remote' : 'Austin, TX',
    location_type: i % 3 === 0 ? ('remote' as const) : ('onsite' as const),
    salary_min: null,
    salary_max: null,
    salary_currency: null,
    salary_period: null,
    salary_text: i % 2 ? '$140K - $180K a year' : null,
    description: `Role ${i}. You will build services with ${skills}. Requirements: ${2 + (i % 6)}+ years of experience with ${skills}.`,
    posted_date: '2026-11-20',
    url: `https://boards.greenhouse.io/crashco/jobs/${i}`,
    apply_url: null,
    source: 'greenhouse' as const,
    external_id: `crash-${i}`,
  };
}

let db: TestDatabase;
let child: ChildProcess | undefined;
let port: number;
const prefix = uniquePrefix('crash');
const dataDir = mkdtempSync(join(tmpdir(), 'rr-crash-'));

const count = async (sql: string): Promise<number> => Number((await db.ds.query(sql))[0].n);

async function startApp(): Promise<void> {
  child = spawn(process.execPath, [resolve(process.cwd(), 'dist/apps/all-in-one/src/main.js')], {
    env: {
      ...process.env,
      DATABASE_NAME: db.name,
      NATS_PREFIX: prefix,
      DATA_DIR: dataDir,
      SERVER_HOST: '127.0.0.1',
      SERVER_PORT: String(port),
      LOG_LEVEL: 'silent',
      RR_RATE_LIMIT__ENABLED: 'false',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  await waitFor(
    () =>
      fetch(`http://127.0.0.1:${port}/api/health/ready`).then(
        (r) => r.status,
        () => 0,
      ),
    (s) => s === 200,
    { timeoutMs: 60_000, intervalMs: 200, what: 'all-in-one ready' },
  );
}

describe(
  'pipeline crash recovery',
  { skip: modelsPresent ? false : 'model files absent: run bash deploy/local/fetch-models.sh' },
  () => {
    before(async () => {
      db = await createTestDatabase(testConfig().database.postgres, 'crashpipe');
      port = await freePort();
    });
    after(async () => {
      child?.kill('SIGKILL');
      await db?.drop();
    });

    it('loses nothing and duplicates nothing when the process is SIGKILLed mid-run', async () => {
      await startApp();
      const api = new TestApiClient(`http://127.0.0.1:${port}`);
      await api.signUp('crash');
      const resume = await api.post('/api/resumes', {
        content:
          '# Sam\n## Experience\nBackend Engineer (2018 - Present)\n- Go, PostgreSQL, Kafka and Kubernetes on AWS\n## Skills\nGo, Python, Terraform',
      });
      assert.equal(resume.status, 201);
      await waitFor(
        () => count(`SELECT count(*)::int AS n FROM resumes WHERE indexed_at IS NOT NULL`),
        (n) => n === 1,
      );

      const config = testConfig({ nats: { prefix } });
      const client = await NatsClient.connect({ url: config.nats.url, name: 'crash-pub', prefix });
      const pub = new EventPublisher(client);
      for (let i = 0; i < N; i++)
        await pub.publish(JobScrapedV1, { task_id: null, scraped_at: new Date().toISOString(), job: job(i) });

      await waitFor(
        () => count(`SELECT count(*)::int AS n FROM jobs WHERE indexed_at IS NOT NULL`),
        (n) => n >= 25,
        {
          timeoutMs: 60_000,
          what: 'some jobs indexed before the kill',
        },
      );
      child!.kill('SIGKILL');
      await new Promise((r) => child!.once('exit', r));
      const atKill = await count(`SELECT count(*)::int AS n FROM job_match_scores`);
      assert.ok(atKill < N, `the kill must land mid-run (${atKill} scored)`);

      await startApp();
      try {
        await waitFor(
          () => count(`SELECT count(*)::int AS n FROM job_match_scores`),
          (n) => n >= N,
          {
            timeoutMs: 180_000,
            intervalMs: 250,
            what: 'every job scored after restart',
          },
        );
        assert.equal(await count(`SELECT count(*)::int AS n FROM jobs`), N);
        assert.equal(await count(`SELECT count(DISTINCT external_id)::int AS n FROM job_sources`), N);
        assert.equal(await count(`SELECT count(*)::int AS n FROM job_sources`), N);
        assert.equal(
          await count(
            `SELECT count(*)::int AS n FROM jobs WHERE indexed_at IS NOT NULL AND normalized_at IS NOT NULL`,
          ),
          N,
        );
        assert.equal(await count(`SELECT count(*)::int AS n FROM job_match_scores`), N);
        for (const consumer of ['dedup', 'normalizer', 'embedder-jobs', 'matcher-jobs']) {
          assert.equal(
            await count(`SELECT count(*)::int AS n FROM processed_messages WHERE consumer = '${consumer}'`),
            N,
            consumer,
          );
        }
        const ready = await api.get('/api/health/ready');
        assert.equal(
          ready.body.checks.vector_store.detail.job_embeddings,
          N,
          'vectors rebuilt in step with PostgreSQL',
        );
      } finally {
        await client.close();
      }
    });
  },
);
