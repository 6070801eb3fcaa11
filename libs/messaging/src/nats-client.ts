import { connect } from '@nats-io/transport-node';
import type { NatsConnection } from '@nats-io/nats-core';
import { jetstream, jetstreamManager, type JetStreamClient, type JetStreamManager } from '@nats-io/jetstream';
import type { Logger } from '@app/logging';
import { Namespace } from './namespace';

export interface NatsClientOptions {
  url: string;
  name: string;
  prefix?: string;
  log?: Logger;
}

/**
 * One connection per process. It reconnects forever on its own (a restarted server is
 * picked up without restarting the app); consumers re-attach in their own loop.
 */
export class NatsClient {
  private constructor(
    readonly nc: NatsConnection,
    readonly js: JetStreamClient,
    readonly jsm: JetStreamManager,
    readonly ns: Namespace,
  ) {}

  static async connect(opts: NatsClientOptions): Promise<NatsClient> {
    const nc = await connect({
      servers: opts.url.split(','),
      name: opts.name,
      reconnect: true,
      maxReconnectAttempts: -1,
      reconnectTimeWait: 250,
      pingInterval: 5_000,
      maxPingOut: 3,
    });
    if (opts.log) void watchStatus(nc, opts.log);
    const jsm = await jetstreamManager(nc, { timeout: 10_000 });
    return new NatsClient(nc, jetstream(nc, { timeout: 10_000 }), jsm, new Namespace(opts.prefix ?? ''));
  }

  /** Round trip to the server in ms; throws when the server cannot be reached. */
  async ping(): Promise<number> {
    return this.nc.rtt();
  }

  async close(): Promise<void> {
    if (this.nc.isClosed()) return;
    await this.nc.drain().catch(() => this.nc.close());
  }
}

async function watchStatus(nc: NatsConnection, log: Logger): Promise<void> {
  for await (const s of nc.status()) {
    if (s.type === 'disconnect' || s.type === 'reconnect' || s.type === 'error') {
      log.warn({ nats: s.type, server: 'server' in s ? s.server : undefined }, `nats ${s.type}`);
    }
  }
}
