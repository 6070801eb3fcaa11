import { loadConfig } from '@app/config';
import { createLogger } from '@app/logging';
import { NatsClient } from '../nats-client';
import { provisionStreams } from '../provisioner';

/** `npm run provision`: creates or updates the streams (idempotent). */
async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger({ service: 'provision', level: config.logging.level });
  const client = await NatsClient.connect({
    url: config.nats.url,
    name: 'provision',
    prefix: config.nats.prefix,
  });
  try {
    const results = await provisionStreams(client.jsm, client.ns, {
      retentionMs: config.nats.retention,
      storage: config.nats.storage,
      replicas: config.nats.replicas,
      duplicateWindowMs: config.nats.duplicate_window,
    });
    log.info({ streams: results }, 'streams provisioned');
  } finally {
    await client.close();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`provision failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
