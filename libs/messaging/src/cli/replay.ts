import { parseArgs } from 'node:util';
import { PIPELINE_CONSUMERS, type ConsumerDefinition } from '@app/contracts';
import { loadConfig } from '@app/config';
import { NatsClient } from '../nats-client';
import { replayToConsumer } from '../replay';

const USAGE = `usage: npm run replay -- --consumer <durable> [--from-seq N | --from-time ISO] [--limit N]
consumers: ${Object.values(PIPELINE_CONSUMERS)
  .map((c) => c.durable)
  .join(', ')}`;

/** `npm run replay`: re-feeds a stream from a time or sequence to one named consumer. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      consumer: { type: 'string' },
      'from-seq': { type: 'string' },
      'from-time': { type: 'string' },
      limit: { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help || !values.consumer) throw new UsageError(USAGE);
  const def: ConsumerDefinition | undefined = Object.values(PIPELINE_CONSUMERS).find(
    (c) => c.durable === values.consumer,
  );
  if (!def) throw new UsageError(`unknown consumer "${values.consumer}"\n${USAGE}`);
  const fromTime = values['from-time'] ? new Date(values['from-time']) : undefined;
  if (fromTime && Number.isNaN(fromTime.getTime())) throw new UsageError(`--from-time is not a date`);
  const config = loadConfig();
  const client = await NatsClient.connect({
    url: config.nats.url,
    name: 'replay',
    prefix: config.nats.prefix,
  });
  try {
    const result = await replayToConsumer(client, def, {
      fromSeq: values['from-seq'] ? Number(values['from-seq']) : undefined,
      fromTime,
      limit: values.limit ? Number(values.limit) : undefined,
    });
    process.stdout.write(`${JSON.stringify({ consumer: def.durable, ...result })}\n`);
  } finally {
    await client.close();
  }
}

class UsageError extends Error {}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(err instanceof UsageError ? 2 : 1);
});
