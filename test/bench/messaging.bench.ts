/**
 * Messages per second through the consumer runner (publish + consume + validate + transaction
 * with the processed_messages row + ack) against the raw NATS client doing publish + consume +
 * ack, in the same run on the same server.
 *   node dist/test/bench/messaging.bench.js [messages]   (default 5000)
 */
import { AckPolicy, DeliverPolicy } from '@nats-io/jetstream';
import { defineConsumer, JobNormalizedV1 } from '@app/contracts';
import { createLogger } from '@app/logging';
import { ConsumerRunner, EventPublisher, type NatsClient } from '@app/messaging';
import { connectTestNats, createTestDatabase, disposeTestNats, testConfig } from '@app/testing';

const N = Number(process.argv[2] ?? process.env.BENCH_MESSAGES ?? 5000);
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

async function publishAll(publish: (i: number) => Promise<unknown>): Promise<void> {
  const window = 256; // acks outstanding at once, as a busy producer would have
  for (let i = 0; i < N; i += window) {
    await Promise.all(Array.from({ length: Math.min(window, N - i) }, (_, k) => publish(i + k)));
  }
}

async function raw(client: NatsClient): Promise<number> {
  const stream = client.ns.stream('JOBS');
  const subject = client.ns.subject('jobs.bench.raw.v1');
  await client.jsm.consumers.add(stream, {
    durable_name: 'raw',
    ack_policy: AckPolicy.Explicit,
    deliver_policy: DeliverPolicy.All,
    filter_subject: subject,
    max_ack_pending: 1024,
  });
  const consumer = await client.js.consumers.get(stream, 'raw');
  const body = JSON.stringify({ job_id: uuid(1), content_hash: 'h', task_id: null });
  const started = performance.now();
  let acked = 0;
  const done = (async () => {
    const messages = await consumer.consume({ max_messages: 512 });
    for await (const m of messages) {
      m.ack();
      if (++acked === N) break;
    }
  })();
  await publishAll((i) => client.js.publish(subject, body, { msgID: `raw-${i}` }));
  await done;
  return N / ((performance.now() - started) / 1000);
}

async function runner(client: NatsClient, ds: import('typeorm').DataSource): Promise<number> {
  let handled = 0;
  let resolveDone!: () => void;
  const done = new Promise<void>((r) => (resolveDone = r));
  const def = defineConsumer({
    durable: 'bench',
    stream: 'JOBS',
    subjects: [JobNormalizedV1.subject],
    concurrency: 64,
    maxAckPending: 1024,
  });
  const r = new ConsumerRunner(def, [{ event: JobNormalizedV1, handle: async () => undefined }], {
    client,
    ds,
    log: createLogger({ service: 'bench', level: 'silent' }),
    onSettled: (outcome) => {
      if (outcome === 'ack' && ++handled === N) resolveDone();
    },
  });
  await r.start();
  const pub = new EventPublisher(client);
  const started = performance.now();
  await publishAll((i) =>
    pub.publish(JobNormalizedV1, { job_id: uuid(i), content_hash: 'h', task_id: null }),
  );
  await done;
  const rate = N / ((performance.now() - started) / 1000);
  await r.stop();
  return rate;
}

async function main(): Promise<void> {
  const config = testConfig({}, 'bench');
  // As many connections as messages in flight, as the all-in-one's pool allows.
  const db = await createTestDatabase(config.database.postgres, 'bench', 40);
  const client = await connectTestNats(config, 'bench');
  try {
    const rawRate = await raw(client);
    const runnerRate = await runner(client, db.ds);
    const rows = await db.ds.query(`SELECT count(*)::int AS n FROM processed_messages`);
    process.stdout.write(
      [
        `messages: ${N}`,
        `raw NATS publish+consume+ack:               ${rawRate.toFixed(0)} msg/s`,
        `consumer runner (+envelope, validation, tx): ${runnerRate.toFixed(0)} msg/s`,
        `ratio runner/raw: ${(runnerRate / rawRate).toFixed(3)}`,
        `processed_messages rows: ${rows[0].n}`,
      ].join('\n') + '\n',
    );
  } finally {
    await disposeTestNats(client);
    await db.drop();
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${String(e)}\n`);
  process.exit(1);
});
