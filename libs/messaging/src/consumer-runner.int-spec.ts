import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { headers as natsHeaders } from '@nats-io/nats-core';
import {
  defineConsumer,
  JobNormalizedV1,
  JobIndexedV1,
  PermanentError,
  TransientError,
  type ConsumerDefinition,
} from '@app/contracts';
import { createLogger } from '@app/logging';
import {
  connectTestNats,
  createTestDatabase,
  disposeTestNats,
  testConfig,
  uniquePrefix,
  waitFor,
  type TestDatabase,
} from '@app/testing';
import { ConsumerRunner, type EventHandler } from './consumer-runner';
import { H } from './headers';
import type { NatsClient } from './nats-client';
import { OutboxRelay, addToOutbox } from './outbox';
import { EventPublisher, buildEnvelope } from './publisher';
import { replayToConsumer } from './replay';

const log = createLogger({ service: 'test', level: 'silent' });
const config = testConfig({}, 'runner');
let db: TestDatabase;
// Each test gets its own prefix (its own streams), so consumers never see another test's messages.
let client: NatsClient;
let publisher: EventPublisher;
const runners: ConsumerRunner[] = [];
const clients: NatsClient[] = [];

async function freshBus(label: string): Promise<void> {
  client = await connectTestNats({ ...config, nats: { ...config.nats, prefix: uniquePrefix(label) } }, label);
  clients.push(client);
  publisher = new EventPublisher(client);
}

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const normalized = (n: number) => ({ job_id: uuid(n), content_hash: `h${n}`, task_id: null });

function consumer(durable: string, extra: Partial<ConsumerDefinition> = {}): ConsumerDefinition {
  return defineConsumer({
    durable,
    stream: 'JOBS',
    subjects: [JobNormalizedV1.subject],
    backoff: { baseMs: 150, maxMs: 2000 },
    maxDeliver: 4,
    ackWaitMs: 5000,
    concurrency: 4,
    ...extra,
  });
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests bind handlers of several payload shapes
async function startRunner(def: ConsumerDefinition, handle: EventHandler<any>): Promise<ConsumerRunner> {
  const runner = new ConsumerRunner(def, [{ event: JobNormalizedV1, handle }], { client, ds: db.ds, log });
  await runner.start();
  runners.push(runner);
  return runner;
}

const handledCount = async (table: string): Promise<number> =>
  Number((await db.ds.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n);

async function dlqMessages(stage: string): Promise<Array<{ data: string; headers: Record<string, string> }>> {
  const stream = client.ns.stream('DLQ');
  const info = await client.jsm.streams.info(stream);
  const out: Array<{ data: string; headers: Record<string, string> }> = [];
  for (let seq = info.state.first_seq; seq <= info.state.last_seq && info.state.messages > 0; seq++) {
    const m = await client.jsm.streams.getMessage(stream, { seq }).catch(() => null);
    if (!m || m.subject !== client.ns.subject(`dlq.${stage}`)) continue;
    const headers: Record<string, string> = {};
    if (m.header) for (const [k, v] of m.header) headers[k] = v[0] ?? '';
    out.push({ data: new TextDecoder().decode(m.data), headers });
  }
  return out;
}

before(async () => {
  db = await createTestDatabase(config.database.postgres, 'runner');
  await db.ds.query(
    `CREATE TABLE handled (consumer text, job_id uuid, n int, at timestamptz DEFAULT clock_timestamp())`,
  );
});

after(async () => {
  await Promise.all(runners.map((r) => r.stop()));
  for (const c of clients) await disposeTestNats(c);
  await db.drop();
});

describe('publisher', () => {
  it('drops a duplicate publish (same Nats-Msg-Id)', async () => {
    await freshBus('dropsa');
    const first = await publisher.publish(JobIndexedV1, {
      job_id: uuid(1),
      content_hash: 'a',
      model: 'm',
      task_id: null,
    });
    const again = await publisher.publish(JobIndexedV1, {
      job_id: uuid(1),
      content_hash: 'a',
      model: 'm',
      task_id: null,
    });
    assert.equal(first.duplicate, false);
    assert.equal(again.duplicate, true);
    assert.equal(again.seq, first.seq);
    const other = await publisher.publish(JobIndexedV1, {
      job_id: uuid(1),
      content_hash: 'b',
      model: 'm',
      task_id: null,
    });
    assert.equal(other.duplicate, false);
  });

  it('rejects a payload that breaks its schema before it reaches the server', async () => {
    await freshBus('reject');
    await assert.rejects(
      publisher.publish(JobNormalizedV1, { job_id: 'not-a-uuid', content_hash: 'x', task_id: null }),
      (e: unknown) => e instanceof PermanentError && /job_id/.test(e.message),
    );
  });
});

describe('consumer runner', () => {
  it('handles a message once even when it is delivered twice', async () => {
    await freshBus('handle');
    const def = consumer('dup');
    await startRunner(def, async (p: { job_id: string }, ctx) => {
      await ctx.tx.query(`INSERT INTO handled (consumer, job_id) VALUES ('dup', $1)`, [p.job_id]);
    });
    const { envelope, msgId } = buildEnvelope(JobNormalizedV1, normalized(10));
    await publisher.publishEnvelope(envelope, msgId);
    // The same envelope again under another msg id: what a redelivery after the dedup window looks like.
    await publisher.publishEnvelope(envelope, `${msgId}:again`);
    await waitFor(
      () => db.ds.query(`SELECT count(*)::int AS n FROM processed_messages WHERE consumer = 'dup'`),
      (r: Array<{ n: number }>) => r[0]!.n === 1,
    );
    await waitFor(
      () => consumerPending(def),
      (n) => n === 0,
      { what: 'dup consumer drained' },
    );
    const rows = await db.ds.query(`SELECT count(*)::int AS n FROM handled WHERE consumer = 'dup'`);
    assert.equal(rows[0].n, 1);
  });

  it('retries a transient failure with a growing delay, then succeeds', async () => {
    await freshBus('retrie');
    const attempts: number[] = [];
    await startRunner(consumer('flaky'), async (p: { job_id: string }, ctx) => {
      attempts.push(Date.now());
      if (ctx.deliveryCount < 3) throw new TransientError('database busy');
      await ctx.tx.query(`INSERT INTO handled (consumer, job_id) VALUES ('flaky', $1)`, [p.job_id]);
    });
    await publisher.publish(JobNormalizedV1, normalized(20));
    await waitFor(
      () => handledCount(`handled WHERE consumer = 'flaky'`),
      (n) => n === 1,
      { timeoutMs: 20_000 },
    );
    assert.equal(attempts.length, 3);
    const gap1 = attempts[1]! - attempts[0]!;
    const gap2 = attempts[2]! - attempts[1]!;
    assert.ok(gap1 >= 140, `first retry after ${gap1} ms, expected ≥ 150`);
    assert.ok(gap2 >= 290, `second retry after ${gap2} ms, expected ≥ 300`);
    assert.ok(gap2 > gap1, `delay should grow: ${gap1} then ${gap2}`);
  });

  it('dead-letters a poison message after max_deliver and keeps the rest flowing', async () => {
    await freshBus('deadle');
    const poison = uuid(31);
    await startRunner(consumer('poison', { maxDeliver: 3 }), async (p: { job_id: string }, ctx) => {
      if (p.job_id === poison) throw new Error('cannot embed: tensor shape mismatch');
      await ctx.tx.query(`INSERT INTO handled (consumer, job_id) VALUES ('poison', $1)`, [p.job_id]);
    });
    await publisher.publish(JobNormalizedV1, normalized(31));
    for (let i = 32; i < 37; i++) await publisher.publish(JobNormalizedV1, normalized(i));
    await waitFor(
      () => handledCount(`handled WHERE consumer = 'poison'`),
      (n) => n === 5,
      { timeoutMs: 20_000 },
    );
    const dead = await waitFor(
      () => dlqMessages('poison'),
      (m) => m.length === 1,
      { timeoutMs: 20_000 },
    );
    const h = dead[0]!.headers;
    assert.match(h[H.dlqError]!, /gave up after 3 deliveries: cannot embed: tensor shape mismatch/);
    assert.equal(h[H.dlqErrorKind], 'max_deliveries');
    assert.equal(h[H.dlqDeliveryCount], '3');
    assert.equal(h[H.dlqOriginalSubject], client.ns.subject(JobNormalizedV1.subject));
    assert.equal(h[H.eventType], JobNormalizedV1.subject, 'original headers are kept');
    assert.equal(JSON.parse(dead[0]!.data).payload.job_id, poison);
  });

  it('dead-letters a permanent error at once, and a malformed body with the reason', async () => {
    await freshBus('deadle');
    const calls: string[] = [];
    await startRunner(consumer('perm'), async (p: { job_id: string }) => {
      calls.push(p.job_id);
      throw new PermanentError('job has no description');
    });
    await publisher.publish(JobNormalizedV1, normalized(40));
    await client.js.publish(client.ns.subject(JobNormalizedV1.subject), 'this is not json', {
      headers: natsHeaders(),
    });
    const bad = { ...buildEnvelope(JobNormalizedV1, normalized(41)).envelope, payload: { job_id: 42 } };
    await client.js.publish(client.ns.subject(JobNormalizedV1.subject), JSON.stringify(bad));
    const dead = await waitFor(
      () => dlqMessages('perm'),
      (m) => m.length === 3,
      { timeoutMs: 20_000 },
    );
    const byKind = dead.map(
      (d) => `${d.headers[H.dlqErrorKind]}|${d.headers[H.dlqDeliveryCount]}|${d.headers[H.dlqError]}`,
    );
    assert.ok(
      byKind.some((k) => k === 'permanent|1|job has no description'),
      byKind.join('\n'),
    );
    assert.ok(
      byKind.some((k) => /^malformed\|1\|message body is not JSON/.test(k)),
      byKind.join('\n'),
    );
    assert.ok(
      byKind.some((k) => /^permanent\|1\|invalid jobs\.job\.normalized\.v1 payload: job_id/.test(k)),
      byKind.join('\n'),
    );
    assert.deepEqual(calls, [uuid(40)], 'the handler never sees an invalid payload');
  });

  async function consumerPending(def: ConsumerDefinition): Promise<number> {
    const info = await client.jsm.consumers.info(
      client.ns.stream(def.stream),
      client.ns.durable(def.durable),
    );
    return info.num_pending + info.num_ack_pending;
  }
});

describe('outbox', () => {
  it('publishes after commit and never after rollback', async () => {
    await freshBus('publis');
    const relay = new OutboxRelay(db.ds, publisher, log, { pollIntervalMs: 50 });
    await db.ds.transaction(async (tx) => {
      await addToOutbox(tx, JobIndexedV1, { job_id: uuid(50), content_hash: 'c', model: 'm', task_id: null });
    });
    await assert.rejects(
      db.ds.transaction(async (tx) => {
        await addToOutbox(tx, JobIndexedV1, {
          job_id: uuid(51),
          content_hash: 'c',
          model: 'm',
          task_id: null,
        });
        throw new Error('business rule failed');
      }),
      /business rule failed/,
    );
    const before = await client.jsm.streams.info(client.ns.stream('JOBS'));
    relay.start();
    await waitFor(
      () => db.ds.query(`SELECT count(*)::int AS n FROM outbox WHERE published_at IS NULL`),
      (r: Array<{ n: number }>) => r[0]!.n === 0,
    );
    await relay.stop();
    const afterInfo = await client.jsm.streams.info(client.ns.stream('JOBS'));
    assert.equal(afterInfo.state.messages - before.state.messages, 1);
    const last = await client.jsm.streams.getMessage(client.ns.stream('JOBS'), {
      last_by_subj: client.ns.subject(JobIndexedV1.subject),
    });
    assert.equal(JSON.parse(new TextDecoder().decode(last!.data)).payload.job_id, uuid(50));
    const rows = await db.ds.query(`SELECT count(*)::int AS n FROM outbox`);
    assert.equal(rows[0].n, 1, 'the rolled-back row does not exist');
  });
});

describe('replay', () => {
  it('re-feeds one consumer; replaying twice leaves the same database', async () => {
    await freshBus('refeed');
    const def = consumer('replayed');
    const other = consumer('bystander');
    const seen: string[] = [];
    const upsert: EventHandler<{ job_id: string; content_hash: string }> = async (p, ctx) => {
      seen.push(`${ctx.replayId ?? 'live'}:${p.job_id}`);
      await ctx.tx.query(
        `INSERT INTO companies (name, normalized_name) VALUES ($1, $2)
         ON CONFLICT (normalized_name) DO UPDATE SET name = EXCLUDED.name`,
        [p.content_hash, `replay-${p.job_id}`],
      );
    };
    await startRunner(def, upsert);
    let bystanderCalls = 0;
    await startRunner(other, async () => {
      bystanderCalls++;
    });
    const jobs = [60, 61, 62];
    const firstSeq = (await client.jsm.streams.info(client.ns.stream('JOBS'))).state.last_seq + 1;
    for (const n of jobs) await publisher.publish(JobNormalizedV1, normalized(n));
    await waitFor(
      () => Promise.resolve(seen.length),
      (n) => n >= 3,
    );
    const snapshot = async () =>
      JSON.stringify(
        await db.ds.query(
          `SELECT name, normalized_name FROM companies WHERE normalized_name LIKE 'replay-%' ORDER BY 2`,
        ),
      );
    const once = await snapshot();
    const baseline = bystanderCalls;
    for (let round = 0; round < 2; round++) {
      const r = await replayToConsumer(client, def, { fromSeq: firstSeq });
      assert.equal(r.replayed, 3);
      await waitFor(
        () => Promise.resolve(seen.filter((s) => s.startsWith(r.replayId)).length),
        (n) => n === 3,
      );
    }
    assert.equal(await snapshot(), once);
    assert.equal(bystanderCalls, baseline, 'replay reaches only the named consumer');
  });
});
