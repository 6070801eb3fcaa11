/**
 * The ingestion pipeline end to end, on the real PostgreSQL, NATS JetStream, ONNX model and
 * Chromium: local servers stand in for all ten job boards; a scrape request flows through
 * scraper → dedup → normalizer → embedder → matcher and lands as jobs, vectors, BM25 entries and
 * match scores for the user's resume.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createLogger } from '@app/logging';
import { NatsClient, replayToConsumer } from '@app/messaging';
import { PIPELINE_CONSUMERS, JobScrapedV1, SOURCE_NAMES } from '@app/contracts';
import { SearchEngine } from '@app/ml';
import { createTestDatabase, testConfig, TestApiClient, waitFor, type TestDatabase } from '@app/testing';
import type { AppConfig } from '@app/config';
import { createApiApp } from '../../apps/api/src/bootstrap';
import { pipelineFeatures } from '../../apps/all-in-one/src/pipeline-features';
import { SHARED_POSTING, startJobBoards, type JobBoards } from '../support/job-boards';

const modelsPresent = existsSync(resolve(process.cwd(), 'models/all-MiniLM-L6-v2/model.onnx'));

const RESUME = `# Jordan Lee
jordan.lee@example.com | Austin, TX

## Summary
Backend engineer with eight years building payment and data platforms.

## Experience
### Senior Software Engineer, Paystream (Jan 2020 - Present)
- Designed Go microservices on Kubernetes (AWS EKS) handling 4k requests per second
- Ran PostgreSQL and Kafka pipelines; cut p99 latency by 40%
- Mentored five engineers; led the move to gRPC

### Software Engineer, Datacart (Jun 2016 - Dec 2019)
- Built Python and Django services with Docker and Terraform

## Education
B.S. Computer Science, University of Texas at Austin, 2016

## Skills
Go, Python, PostgreSQL, Kafka, Kubernetes, Docker, AWS, gRPC, Terraform, SQL
`;

let db: TestDatabase;
let app: NestFastifyApplication;
let boards: JobBoards;
let api: TestApiClient;
let config: AppConfig;
let engine: SearchEngine;
let nats: NatsClient;

const count = async (sql: string, params: unknown[] = []): Promise<number> =>
  Number((await db.ds.query(sql, params))[0].n);

async function scrape(
  body: Record<string, unknown>,
): Promise<Record<string, any>> /* eslint-disable-line @typescript-eslint/no-explicit-any */ {
  const created = await api.post('/api/job-list/scrape', body);
  assert.equal(created.status, 202, JSON.stringify(created.body));
  const done = await waitFor(
    () => api.get(`/api/job-list/scrape/status/${created.body.id}`),
    (r) => ['completed', 'partial', 'failed'].includes(r.body.status),
    { timeoutMs: 90_000, intervalMs: 200, what: 'scrape task to finish' },
  );
  return done.body;
}

/** Every message of the pipeline settled: no consumer has pending or unacknowledged work. */
async function pipelineIdle(): Promise<void> {
  await waitFor(
    async () => {
      let busy = 0;
      for (const stream of ['SCRAPE', 'JOBS', 'RESUMES'] as const) {
        for await (const c of nats.jsm.consumers.list(nats.ns.stream(stream)))
          busy += c.num_pending + c.num_ack_pending;
      }
      const outbox = await count(`SELECT count(*)::int AS n FROM outbox WHERE published_at IS NULL`);
      return busy + outbox;
    },
    (n) => n === 0,
    { timeoutMs: 120_000, intervalMs: 250, what: 'pipeline to drain' },
  );
}

describe(
  'ingestion pipeline end to end',
  { skip: modelsPresent ? false : 'model files absent: run bash deploy/local/fetch-models.sh' },
  () => {
    before(async () => {
      boards = await startJobBoards();
      const seed = testConfig({}, 'pipe');
      db = await createTestDatabase(seed.database.postgres, 'pipe');
      config = testConfig(
        {
          database: { postgres: { database: db.name } },
          rate_limit: { enabled: false },
          scraper: {
            base_urls: boards.baseUrls,
            rate_limit: Object.fromEntries(SOURCE_NAMES.map((s) => [s, '0'])),
            retry: { max_attempts: 3, backoff: '100ms' },
            browser_pages: 2,
            import_allow_origins: [boards.baseUrls.greenhouse],
          },
        },
        'pipe',
      );
      app = await createApiApp(
        config,
        createLogger({ service: 'pipe-test', level: process.env.TEST_LOG_LEVEL ?? 'silent' }),
        pipelineFeatures(true),
      );
      await app.listen({ host: '127.0.0.1', port: 0 });
      const addr = app.getHttpServer().address();
      api = new TestApiClient(`http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`);
      await api.signUp('pipe');
      engine = app.get(SearchEngine);
      nats = await NatsClient.connect({
        url: config.nats.url,
        name: 'pipe-test',
        prefix: config.nats.prefix,
      });
    });

    after(async () => {
      await nats?.close();
      await app?.close();
      await boards?.close();
      await db?.drop();
    });

    it('scrapes all ten sources into jobs, vectors, BM25 and match scores; a shared posting lands once', async () => {
      const resume = await api.post('/api/resumes', { content: RESUME, title: 'Backend' });
      assert.equal(resume.status, 201, JSON.stringify(resume.body));
      assert.ok(
        resume.body.chunks.every(
          (c: { text: string; start: number; end: number }) => RESUME.slice(c.start, c.end) === c.text,
        ),
      );

      const boardTask = await scrape({
        sources: ['greenhouse', 'lever', 'ashby', 'ycombinator'],
        keywords: 'engineer',
        board: 'acme',
        max_pages: 1,
      });
      const openTask = await scrape({
        sources: ['indeed', 'dice', 'wellfound', 'builtin', 'remoteok', 'hackernews'],
        keywords: 'engineer',
        max_pages: 1,
      });
      for (const task of [boardTask, openTask]) {
        assert.equal(task.status, 'completed', JSON.stringify(task.sources));
        for (const [source, p] of Object.entries(
          task.sources as Record<string, { status: string; jobs_found: number }>,
        )) {
          assert.equal(p.status, 'ok', `${source}: ${JSON.stringify(p)}`);
          assert.ok(p.jobs_found > 0, `${source} found no jobs`);
        }
      }
      const found: Record<string, number> = {};
      for (const t of [boardTask, openTask])
        for (const [s, p] of Object.entries(t.sources as Record<string, { jobs_found: number }>))
          found[s] = p.jobs_found;
      assert.deepEqual(found, {
        greenhouse: 2,
        lever: 2,
        ashby: 2,
        ycombinator: 2,
        indeed: 3,
        dice: 3,
        wellfound: 2,
        builtin: 1,
        remoteok: 1,
        hackernews: 2,
      });
      const scraped = Object.values(found).reduce((a, b) => a + b, 0);
      const unique = scraped - 1; // the shared Acme posting appears on Greenhouse and Lever

      await pipelineIdle();
      assert.equal(await count(`SELECT count(*)::int AS n FROM jobs`), unique);
      assert.equal(await count(`SELECT count(*)::int AS n FROM job_sources`), scraped);
      assert.equal(
        await count(
          `SELECT count(*)::int AS n FROM jobs WHERE normalized_at IS NOT NULL AND indexed_at IS NOT NULL`,
        ),
        unique,
      );
      assert.equal(await engine.vectors.count('job_embeddings'), unique);
      assert.equal(engine.bm25.job_embeddings.size, unique);
      assert.equal(
        await count(`SELECT count(*)::int AS n FROM job_match_scores WHERE resume_id = $1`, [resume.body.id]),
        unique,
      );
      assert.equal(
        await engine.vectors.count('resume_chunks', { user_id: resume.body.user_id }),
        resume.body.chunks.length,
      );

      const shared = await db.ds.query(
        `SELECT id, url, apply_url FROM jobs WHERE title = $1 AND company_key = 'acme'`,
        [SHARED_POSTING.title],
      );
      assert.equal(shared.length, 1);
      const sources = await db.ds.query(
        `SELECT source, url FROM job_sources WHERE job_id = $1 ORDER BY source`,
        [shared[0].id],
      );
      assert.deepEqual(
        sources.map((s: { source: string }) => s.source),
        ['greenhouse', 'lever'],
      );

      const detail = await api.get(`/api/job-list/jobs/${shared[0].id}`);
      assert.equal(detail.status, 200);
      assert.equal(detail.body.sources.length, 2);
      const match = detail.body.match;
      assert.ok(match.overall_score >= 60, `strong match expected, got ${match.overall_score}`);
      const matched = match.matched_skills.map((m: { skill: string }) => m.skill);
      for (const skill of ['Go', 'PostgreSQL', 'Apache Kafka', 'Kubernetes'])
        assert.ok(matched.includes(skill), `${skill} not in ${matched}`);
      const go = match.matched_skills.find((m: { skill: string }) => m.skill === 'Go');
      assert.equal(RESUME.slice(go.resume_evidence.start, go.resume_evidence.end), go.resume_evidence.text);

      const list = await api.get('/api/job-list/jobs?sort_by=match_score&limit=50');
      assert.equal(list.body.total, unique);
      assert.equal(
        list.body.jobs[0].match_score,
        Math.max(...list.body.jobs.map((j: { match_score: number }) => j.match_score)),
      );
      const remote = await api.get('/api/job-list/jobs?location_type=remote&limit=50');
      assert.ok(remote.body.total > 0 && remote.body.total < unique);
      assert.ok(remote.body.jobs.every((j: { location_type: string }) => j.location_type === 'remote'));

      const hits = await engine.search.search({
        query: 'golang kafka payments backend',
        collection: 'job_embeddings',
        topK: 3,
      });
      assert.equal(hits.results[0]?.id, shared[0].id);
      assert.match(hits.searchMode, /^hybrid\+rerank:/);
    });

    it('reports a blocked source and a rate-limited one that recovers; the others are unaffected', async () => {
      boards.fault('dice', { kind: 'blocked' });
      boards.fault('remoteok', { kind: 'rate-limited', times: 1, retryAfterSeconds: 1 });
      try {
        const task = await scrape({
          sources: ['dice', 'remoteok', 'indeed'],
          keywords: 'engineer',
          max_pages: 1,
        });
        assert.equal(task.status, 'partial');
        assert.equal(task.sources.dice.status, 'blocked');
        assert.match(task.sources.dice.error, /blocked/i);
        assert.equal(task.sources.remoteok.status, 'ok');
        assert.equal(task.sources.indeed.status, 'ok');
        const remoteokCalls = boards.requests.remoteok.filter((r) => r.startsWith('GET /api'));
        assert.ok(remoteokCalls.length >= 2, 'the 429 was retried');
        const health = await api.get('/api/job-list/sources/health');
        const dice = health.body.sources.find((s: { source: string }) => s.source === 'dice');
        assert.match(dice.blocked_reason, /./);
      } finally {
        boards.fault('dice', null);
        boards.fault('remoteok', null);
      }
    });

    it('imports one job by URL through the SSRF guard and refuses private targets, redirects included', async () => {
      for (const url of [
        'http://127.0.0.1:9/jobs/1',
        'http://169.254.169.254/latest/meta-data/',
        'http://[::1]/x',
        'file:///etc/passwd',
      ]) {
        const refused = await api.post('/api/job-list/import-url', { url, source: 'greenhouse' });
        assert.ok(refused.status >= 400 && refused.status < 500, `${url}: ${refused.status}`);
      }
      const bounced = await api.post('/api/job-list/import-url', {
        url: `${boards.baseUrls.greenhouse}/redirect-private`,
        source: 'greenhouse',
      });
      assert.ok(bounced.status >= 400 && bounced.status < 500, `redirect: ${bounced.status}`);
      assert.match(JSON.stringify(bounced.body.message), /127\.0\.0\.1|not public|not allowed/);

      const before = await count(`SELECT count(*)::int AS n FROM jobs`);
      const imported = await api.post('/api/job-list/import-url', {
        url: `${boards.baseUrls.greenhouse}/single-job`,
        source: 'greenhouse',
      });
      assert.equal(imported.status, 201, JSON.stringify(imported.body));
      assert.equal(imported.body.jobs.length, 1);
      const status = await api.get(`/api/job-list/scrape/status/${imported.body.task_id}`);
      assert.equal(status.body.status, 'completed');
      await pipelineIdle();
      assert.equal(await count(`SELECT count(*)::int AS n FROM jobs`), before + 1);
      assert.equal(
        await count(`SELECT count(*)::int AS n FROM jobs WHERE url = $1 AND indexed_at IS NOT NULL`, [
          imported.body.jobs[0].url,
        ]),
        1,
      );
    });

    it('dead-letters a poison job with the reason while the rest keeps flowing', async () => {
      const before = await count(`SELECT count(*)::int AS n FROM jobs`);
      const good = {
        title: 'Site Reliability Engineer',
        company: 'Poison Test Co',
        location: 'Remote',
        location_type: 'remote' as const,
        salary_min: null,
        salary_max: null,
        salary_currency: null,
        salary_period: null,
        salary_text: null,
        description: 'Keep Kubernetes clusters healthy with Prometheus and Terraform.',
        posted_date: null,
        url: 'https://poison.example/jobs/good',
        apply_url: null,
        source: 'greenhouse' as const,
        external_id: 'poison-good',
      };
      const envelope = {
        id: '11111111-2222-4333-8444-555555555555',
        type: JobScrapedV1.subject,
        occurredAt: new Date().toISOString(),
        correlationId: 'poison',
        causationId: null,
        payload: {
          task_id: null,
          scraped_at: new Date().toISOString(),
          job: { ...good, url: 'not a url', external_id: 'poison-bad' },
        },
      };
      await nats.js.publish(nats.ns.subject(JobScrapedV1.subject), JSON.stringify(envelope));
      await nats.js.publish(
        nats.ns.subject(JobScrapedV1.subject),
        JSON.stringify({ ...envelope, id: 'x-good', payload: { ...envelope.payload, job: good } }),
      );
      await pipelineIdle();
      assert.equal(await count(`SELECT count(*)::int AS n FROM jobs`), before + 1);
      const dlq = await nats.jsm.streams.getMessage(nats.ns.stream('DLQ'), {
        last_by_subj: nats.ns.subject('dlq.dedup'),
      });
      assert.match(dlq!.header.get('Dlq-Error'), /job\.url: Invalid url/);
    });

    it('replaying every job to the embedder leaves the same rows and vectors', async () => {
      const snapshot = async () => ({
        jobs: JSON.stringify(
          await db.ds.query(`SELECT id, title, content_hash, embedding_id, skills FROM jobs ORDER BY id`),
        ),
        scores: JSON.stringify(
          await db.ds.query(`SELECT job_id, overall_score FROM job_match_scores ORDER BY job_id`),
        ),
        vectors: await engine.vectors.count('job_embeddings'),
        top: (
          await engine.search.search({
            query: 'android kotlin',
            collection: 'job_embeddings',
            topK: 5,
            rerank: false,
          })
        ).results.map((r) => `${r.id}:${r.score.toFixed(5)}`),
      });
      const first = await snapshot();
      const jobs = await count(`SELECT count(*)::int AS n FROM jobs`);
      const def = PIPELINE_CONSUMERS.jobEmbedder;
      for (let round = 0; round < 2; round++) {
        const r = await replayToConsumer(nats, def);
        assert.ok(r.replayed >= jobs, `replayed ${r.replayed} of ${jobs}`);
        await waitFor(
          () =>
            count(
              `SELECT count(*)::int AS n FROM processed_messages WHERE consumer = $1 AND event_id LIKE $2`,
              [def.durable, `%@replay:${r.replayId}`],
            ),
          (n) => n === r.replayed,
          { timeoutMs: 60_000, what: 'replayed messages handled' },
        );
        await pipelineIdle();
        assert.deepEqual(await snapshot(), first);
      }
    });
  },
);
