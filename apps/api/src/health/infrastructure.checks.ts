import { DataSource } from 'typeorm';
import { STREAM_NAMES } from '@app/contracts';
import type { NatsClient } from '@app/messaging';
import type { CheckResult, ReadinessCheck } from './readiness';

export const postgresCheck = (ds: DataSource): ReadinessCheck => ({
  name: 'postgres',
  critical: true,
  async check(): Promise<CheckResult> {
    const rows: Array<{ v: string }> = await ds.query(`SELECT current_setting('server_version') AS v`);
    return { state: 'ok', detail: `PostgreSQL ${rows[0]?.v ?? '?'}` };
  },
});

export const natsCheck = (client: NatsClient): ReadinessCheck => ({
  name: 'nats',
  critical: true,
  async check(): Promise<CheckResult> {
    const rtt = await client.ping();
    return { state: 'ok', detail: `${client.nc.getServer()} rtt ${rtt} ms` };
  },
});

export const streamsCheck = (client: NatsClient): ReadinessCheck => ({
  name: 'streams',
  critical: true,
  async check(): Promise<CheckResult> {
    const detail: Record<string, unknown> = {};
    let missing = 0;
    for (const name of STREAM_NAMES) {
      const info = await client.jsm.streams.info(client.ns.stream(name)).catch(() => null);
      if (!info) missing++;
      detail[name] = info
        ? { messages: info.state.messages, consumers: info.state.consumer_count }
        : 'missing';
    }
    return { state: missing ? 'down' : 'ok', detail };
  },
});
