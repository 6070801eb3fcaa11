/**
 * A consumer process for crash tests: handles jobs.job.normalized.v1 by inserting a row
 * (slowly, so a batch is in flight when the test SIGKILLs it). Config comes from the
 * environment: TEST_DATABASE, NATS_PREFIX, WORKER_DURABLE.
 */
import { defineConsumer, JobNormalizedV1 } from '@app/contracts';
import { loadConfig } from '@app/config';
import { createDataSource } from '@app/db';
import { createLogger } from '@app/logging';
import { ConsumerRunner, NatsClient } from '@app/messaging';

async function main(): Promise<void> {
  const config = loadConfig({ overrides: { nats: { prefix: process.env.NATS_PREFIX ?? '' } } });
  const ds = await createDataSource(config.database.postgres, {
    database: process.env.TEST_DATABASE,
  }).initialize();
  const client = await NatsClient.connect({
    url: config.nats.url,
    name: 'worker',
    prefix: config.nats.prefix,
  });
  const def = defineConsumer({
    durable: process.env.WORKER_DURABLE ?? 'crash',
    stream: 'JOBS',
    subjects: [JobNormalizedV1.subject],
    ackWaitMs: 2000,
    concurrency: 8,
    backoff: { baseMs: 100, maxMs: 500 },
  });
  const runner = new ConsumerRunner(
    def,
    [
      {
        event: JobNormalizedV1,
        handle: async (p, ctx) => {
          await ctx.tx.query(`INSERT INTO handled (job_id) VALUES ($1)`, [p.job_id]);
          await new Promise((r) => setTimeout(r, 15));
        },
      },
    ],
    { client, ds, log: createLogger({ service: 'worker', level: 'silent' }) },
  );
  await runner.start();
  process.stdout.write('ready\n');
}

main().catch((e: unknown) => {
  process.stderr.write(`worker failed: ${String(e)}\n`);
  process.exit(1);
});
