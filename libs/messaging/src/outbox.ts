import type { DataSource, EntityManager } from 'typeorm';
import type { EventDefinition } from '@app/contracts';
import type { Logger } from '@app/logging';
import { buildEnvelope, type EventMeta, type EventPublisher } from './publisher';

/**
 * Writes an event row in the caller's transaction: it is published only if the business
 * change commits, and it cannot be lost once it has (the relay retries until JetStream acks).
 */
export async function addToOutbox<P>(
  tx: EntityManager,
  event: EventDefinition<string, P>,
  payload: P,
  meta: EventMeta = {},
): Promise<string> {
  const { envelope, msgId } = buildEnvelope(event, payload, meta);
  await tx.query(
    `INSERT INTO outbox (event_id, subject, msg_id, envelope) VALUES ($1, $2, $3, $4)
     ON CONFLICT (event_id) DO NOTHING`,
    [envelope.id, envelope.type, msgId, JSON.stringify(envelope)],
  );
  return envelope.id;
}

interface OutboxRow {
  seq: string;
  msg_id: string;
  envelope: import('@app/contracts').Envelope;
}

export interface OutboxRelayOptions {
  batchSize?: number;
  pollIntervalMs?: number;
  /** Published rows older than this are deleted. */
  keepPublishedMs?: number;
}

/**
 * Relays committed outbox rows to JetStream in order. Several processes may run one:
 * SKIP LOCKED gives each batch to one relay, and Nats-Msg-Id drops a double publish.
 */
export class OutboxRelay {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private stopped = true;
  private lastCleanup = 0;

  constructor(
    private readonly ds: DataSource,
    private readonly publisher: EventPublisher,
    private readonly log: Logger,
    private readonly opts: OutboxRelayOptions = {},
  ) {}

  start(): void {
    this.stopped = false;
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  /** Relay now (called right after a commit that wrote outbox rows). */
  kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.schedule(0);
  }

  /** Publishes everything pending; returns how many rows went out. */
  async flush(): Promise<number> {
    let total = 0;
    for (;;) {
      const n = await this.relayBatch();
      total += n;
      if (n < (this.opts.batchSize ?? 200)) return total;
    }
  }

  private schedule(delay: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.running = this.tick().finally(() => {
        this.running = undefined;
        if (this.stopped) return;
        const next = this.again ? 0 : (this.opts.pollIntervalMs ?? 500);
        this.again = false;
        this.schedule(next);
      });
    }, delay);
  }

  private async tick(): Promise<void> {
    try {
      await this.flush();
      await this.cleanup();
    } catch (e) {
      this.log.warn({ err: e }, 'outbox relay pass failed; will retry');
    }
  }

  private async relayBatch(): Promise<number> {
    const limit = this.opts.batchSize ?? 200;
    return this.ds
      .transaction(async (tx) => {
        const rows: OutboxRow[] = await tx.query(
          `SELECT seq, msg_id, envelope FROM outbox WHERE published_at IS NULL
         ORDER BY seq LIMIT $1 FOR UPDATE SKIP LOCKED`,
          [limit],
        );
        const done: string[] = [];
        for (const row of rows) {
          try {
            await this.publisher.publishEnvelope(row.envelope, row.msg_id);
            done.push(row.seq);
          } catch (e) {
            await tx.query(`UPDATE outbox SET attempts = attempts + 1, last_error = $2 WHERE seq = $1`, [
              row.seq,
              (e as Error).message.slice(0, 1000),
            ]);
            break; // keep order: the rest waits for this one
          }
        }
        if (done.length) {
          await tx.query(
            `UPDATE outbox SET published_at = NOW(), attempts = attempts + 1 WHERE seq = ANY($1::bigint[])`,
            [done],
          );
        }
        return done.length === rows.length ? rows.length : -1;
      })
      .then((n) => (n < 0 ? 0 : n));
  }

  private async cleanup(): Promise<void> {
    const now = Date.now();
    if (now - this.lastCleanup < 60_000) return;
    this.lastCleanup = now;
    const keep = this.opts.keepPublishedMs ?? 86_400_000;
    await this.ds.query(`DELETE FROM outbox WHERE published_at < NOW() - ($1 || ' milliseconds')::interval`, [
      String(keep),
    ]);
  }
}
