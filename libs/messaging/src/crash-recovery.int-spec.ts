import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { defineConsumer, JobNormalizedV1 } from '@app/contracts';
import { createLogger } from '@app/logging';
import {
  connectTestNats,
  createTestDatabase,
  disposeTestNats,
  NatsServerProcess,
  testConfig,
  waitFor,
  type TestDatabase,
} from '@app/testing';
import { ConsumerRunner } from './consumer-runner';
import { NatsClient } from './nats-client';
import { provisionStreams } from './provisioner';
import { EventPublisher } from './publisher';

const config = testConfig({}, 'crash');
let db: TestDatabase;

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const counts = async () =>
  (
    await db.ds.query(
      `SELECT count(*)::int AS total, count(DISTINCT job_id)::int AS distinct_jobs FROM handled`,
    )
  )[0] as {
    total: number;
    distinct_jobs: number;
  };

before(async () => {
  db = await createTestDatabase(config.database.postgres, 'crash');
  await db.ds.query(`CREATE TABLE handled (job_id uuid, at timestamptz DEFAULT clock_timestamp())`);
});
after(async () => db.drop());

function startWorker(): Promise<ChildProcess> {
  const child = spawn(process.execPath, [resolve(process.cwd(), 'dist/test/support/consumer-worker.js')], {
    env: { ...process.env, TEST_DATABASE: db.name, NATS_PREFIX: config.nats.prefix, LOG_LEVEL: 'silent' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((res, rej) => {
    child.stdout.on('data', (d: Buffer) => d.toString().includes('ready') && res(child));
    child.on('exit', (code) => rej(new Error(`worker exited early (${code})`)));
  });
}

describe('crash recovery', () => {
  it('a consumer SIGKILLed mid-batch loses nothing and duplicates nothing after restart', async () => {
    await db.ds.query('TRUNCATE handled');
    const client = await connectTestNats(config, 'crash-pub');
    try {
      const pub = new EventPublisher(client);
      const total = 300;
      for (let i = 0; i < total; i++) {
        await pub.publish(JobNormalizedV1, { job_id: uuid(i), content_hash: 'h', task_id: null });
      }
      const first = await startWorker();
      await waitFor(counts, (c) => c.total >= 60, { what: 'first worker to make progress' });
      first.kill('SIGKILL');
      await new Promise((r) => first.once('exit', r));
      const atKill = await counts();
      assert.ok(atKill.total < total, `the kill must land mid-run (had ${atKill.total})`);
      const second = await startWorker();
      try {
        const done = await waitFor(counts, (c) => c.total >= total, {
          timeoutMs: 60_000,
          what: 'all handled',
        });
        // Redeliveries of the killed batch arrive after ack_wait; give them time to show up as duplicates.
        await new Promise((r) => setTimeout(r, 2500));
        const final = await counts();
        assert.equal(done.distinct_jobs, total);
        assert.deepEqual(final, { total, distinct_jobs: total });
        const processed = await db.ds.query(
          `SELECT count(*)::int AS n FROM processed_messages WHERE consumer = 'crash'`,
        );
        assert.equal(processed[0].n, total);
      } finally {
        second.kill('SIGKILL');
      }
    } finally {
      await disposeTestNats(client);
    }
  });

  it('resumes on its own after the NATS server restarts under it', async () => {
    await db.ds.query('TRUNCATE handled');
    const server = await NatsServerProcess.start();
    const log = createLogger({ service: 'test', level: 'silent' });
    const client = await NatsClient.connect({ url: server.url, name: 'restart-test', prefix: 'rs' });
    const settings = {
      retentionMs: 3_600_000,
      storage: 'file' as const,
      replicas: 1,
      duplicateWindowMs: 60_000,
    };
    await provisionStreams(client.jsm, client.ns, settings);
    const def = defineConsumer({
      durable: 'restart',
      stream: 'JOBS',
      subjects: [JobNormalizedV1.subject],
      ackWaitMs: 2000,
    });
    const runner = new ConsumerRunner(
      def,
      [
        {
          event: JobNormalizedV1,
          handle: async (p, ctx) =>
            void (await ctx.tx.query(`INSERT INTO handled (job_id) VALUES ($1)`, [p.job_id])),
        },
      ],
      { client, ds: db.ds, log },
    );
    await runner.start();
    const pub = new EventPublisher(client);
    try {
      for (let i = 0; i < 20; i++)
        await pub.publish(JobNormalizedV1, { job_id: uuid(1000 + i), content_hash: 'h', task_id: null });
      await waitFor(counts, (c) => c.total === 20);
      await server.kill('SIGKILL');
      await server.start();
      // Publishing waits for the client to reconnect; then the same runner must pick these up.
      await waitFor(
        () =>
          pub.publish(JobNormalizedV1, { job_id: uuid(1020), content_hash: 'h', task_id: null }).then(
            () => true,
            () => false,
          ),
        (ok) => ok,
        { timeoutMs: 20_000, intervalMs: 250, what: 'publish after restart' },
      );
      for (let i = 21; i < 40; i++)
        await pub.publish(JobNormalizedV1, { job_id: uuid(1000 + i), content_hash: 'h', task_id: null });
      const final = await waitFor(counts, (c) => c.total >= 40, {
        timeoutMs: 30_000,
        what: 'messages after restart',
      });
      assert.deepEqual(final, { total: 40, distinct_jobs: 40 });
    } finally {
      await runner.stop();
      await client.close();
      await server.kill();
    }
  });
});
