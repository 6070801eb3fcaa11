import { NatsClient, deleteNamespaceStreams, provisionStreams } from '@app/messaging';
import type { AppConfig } from '@app/config';

/** A NATS client on the test file's own prefix, with its streams provisioned. */
export async function connectTestNats(config: AppConfig, name = 'test'): Promise<NatsClient> {
  const client = await NatsClient.connect({ url: config.nats.url, name, prefix: config.nats.prefix });
  await provisionStreams(client.jsm, client.ns, {
    retentionMs: config.nats.retention,
    storage: config.nats.storage,
    replicas: 1,
    duplicateWindowMs: config.nats.duplicate_window,
  });
  return client;
}

/** Deletes the prefix's streams and closes. */
export async function disposeTestNats(client: NatsClient): Promise<void> {
  await deleteNamespaceStreams(client.jsm, client.ns).catch(() => undefined);
  await client.close();
}
