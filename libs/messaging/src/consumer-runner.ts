import type { Consumer, JsMsg } from '@nats-io/jetstream';
import type { DataSource, EntityManager } from 'typeorm';
import {
  envelopeSchema,
  isPermanent,
  nakDelayMs,
  parsePayload,
  PermanentError,
  type ConsumerDefinition,
  type Envelope,
  type EventDefinition,
  type PayloadOf,
} from '@app/contracts';
import type { Logger } from '@app/logging';
import { deadLetterHeaders, type DeadLetterReason } from './dead-letter';
import { H } from './headers';
import { dlqSubject, replaySubject } from './namespace';
import type { NatsClient } from './nats-client';
import { addToOutbox, type OutboxRelay } from './outbox';
import { ensureConsumer } from './provisioner';
import type { EventMeta } from './publisher';

export interface HandlerContext {
  envelope: Envelope;
  /** The transaction the processed_messages row commits in: write through it. */
  tx: EntityManager;
  /** Queue the next event in the same transaction (outbox). */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any event, its payload type checked
  emit<E extends EventDefinition<string, any>>(event: E, payload: PayloadOf<E>): Promise<void>;
  /** Tell the server we are still working (the runner also does it on a timer). */
  working(): void;
  deliveryCount: number;
  replayId: string | null;
  log: Logger;
}

export type EventHandler<P = unknown> = (payload: P, ctx: HandlerContext) => Promise<void>;

export interface HandlerBinding<P = unknown> {
  event: EventDefinition<string, P>;
  handle: EventHandler<P>;
}

export interface ConsumerRunnerDeps {
  client: NatsClient;
  ds: DataSource;
  log: Logger;
  relay?: OutboxRelay;
  /** Called after every settled message (metrics, tests). */
  onSettled?: (outcome: Outcome, subject: string) => void;
}

export type Outcome = 'ack' | 'duplicate' | 'nak' | 'dead_letter';

// Handlers of different payload types share one map; each binding validates its own payload.
/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-assignment */

/**
 * Runs one durable consumer and settles every message: ack on success (or when the
 * processed_messages row says it was already handled); a permanent error, or a transient
 * one on the last allowed delivery, goes to dlq.<stage> with the reason and then term;
 * other errors nak with a delay that grows with the delivery count.
 */
export class ConsumerRunner {
  private readonly bindings = new Map<string, HandlerBinding<any>>();
  private stopped = false;
  private loop: Promise<void> | undefined;
  private readonly inflight = new Set<Promise<void>>();
  private current: { stop(): void } | undefined;

  constructor(
    readonly def: ConsumerDefinition,
    bindings: HandlerBinding<any>[],
    private readonly deps: ConsumerRunnerDeps,
  ) {
    for (const b of bindings) {
      if (!def.subjects.includes(b.event.subject)) {
        throw new Error(`consumer ${def.durable} does not subscribe to ${b.event.subject}`);
      }
      this.bindings.set(b.event.subject, b);
    }
  }

  async start(): Promise<void> {
    await ensureConsumer(this.deps.client.jsm, this.deps.client.ns, this.def);
    this.stopped = false;
    this.loop = this.run();
  }

  /** Stops pulling and waits for the messages in hand to settle. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.current?.stop();
    await this.loop;
    await Promise.allSettled([...this.inflight]);
  }

  private async run(): Promise<void> {
    const { client, log } = this.deps;
    while (!this.stopped) {
      try {
        const consumer: Consumer = await client.js.consumers.get(
          client.ns.stream(this.def.stream),
          client.ns.durable(this.def.durable),
        );
        const messages = await consumer.consume({ max_messages: Math.max(this.def.concurrency * 2, 8) });
        this.current = { stop: () => void messages.close() };
        for await (const msg of messages) {
          while (this.inflight.size >= this.def.concurrency) await Promise.race(this.inflight);
          const p = this.process(msg).finally(() => this.inflight.delete(p));
          this.inflight.add(p);
          if (this.stopped) break;
        }
      } catch (e) {
        if (this.stopped) break;
        log.warn({ err: e, consumer: this.def.durable }, 'consumer loop interrupted; re-attaching');
        await sleep(500);
        await ensureConsumer(client.jsm, client.ns, this.def).catch(() => undefined);
      }
    }
  }

  private async process(msg: JsMsg): Promise<void> {
    const subject = this.deps.client.ns.strip(msg.subject);
    const replayId = msg.headers?.get(H.replayId) || null;
    const logical =
      subject === replaySubject(this.def.stream, this.def.durable)
        ? (msg.headers?.get(H.replayOriginalSubject) ?? subject)
        : subject;
    const log = this.deps.log.child({
      consumer: this.def.durable,
      subject: logical,
      seq: msg.seq,
      delivery: msg.info.deliveryCount,
      msgId: msg.headers?.get(H.msgId) || undefined,
      correlationId: msg.headers?.get(H.correlationId) || undefined,
      replayId: replayId ?? undefined,
    });
    const heartbeat = setInterval(() => msg.working(), Math.max(1000, this.def.ackWaitMs / 2));
    try {
      const outcome = await this.handle(msg, logical, replayId, log);
      msg.ack();
      this.settled(outcome, logical);
    } catch (e) {
      await this.fail(msg, logical, e, log);
    } finally {
      clearInterval(heartbeat);
    }
  }

  private async handle(msg: JsMsg, subject: string, replayId: string | null, log: Logger): Promise<Outcome> {
    const envelope = decodeEnvelope(msg);
    if (envelope.type !== subject) {
      throw new PermanentError(`envelope type ${envelope.type} does not match subject ${subject}`);
    }
    const binding = this.bindings.get(subject);
    if (!binding) throw new PermanentError(`no handler for ${subject} in consumer ${this.def.durable}`);
    const payload = parsePayload(binding.event, envelope.payload);
    const key = replayId ? `${envelope.id}@replay:${replayId}` : envelope.id;
    let emitted = false;
    const outcome = await this.deps.ds.transaction(async (tx) => {
      const inserted: unknown[] = await tx.query(
        `INSERT INTO processed_messages (consumer, event_id, subject) VALUES ($1, $2, $3)
         ON CONFLICT DO NOTHING RETURNING event_id`,
        [this.def.durable, key, subject],
      );
      if (inserted.length === 0) return 'duplicate' as const;
      const meta: EventMeta = { correlationId: envelope.correlationId, causationId: envelope.id };
      await binding.handle(payload, {
        envelope,
        tx,
        emit: async (event, p) => {
          emitted = true;
          await addToOutbox(tx, event, p as unknown, meta);
        },
        working: () => msg.working(),
        deliveryCount: msg.info.deliveryCount,
        replayId,
        log,
      });
      return 'ack' as const;
    });
    if (emitted) this.deps.relay?.kick();
    if (outcome === 'duplicate') log.debug('duplicate delivery; already processed');
    return outcome;
  }

  private async fail(msg: JsMsg, subject: string, err: unknown, log: Logger): Promise<void> {
    const delivery = msg.info.deliveryCount;
    const message = err instanceof Error ? err.message : String(err);
    const permanent = isPermanent(err);
    if (!permanent && delivery < this.def.maxDeliver) {
      const delay = nakDelayMs(this.def, delivery);
      log.warn({ err, delayMs: delay }, 'transient failure; will retry');
      msg.nak(delay);
      this.settled('nak', subject);
      return;
    }
    const reason: DeadLetterReason = {
      error: permanent ? message : `gave up after ${delivery} deliveries: ${message}`,
      kind: permanent ? (err instanceof MalformedMessageError ? 'malformed' : 'permanent') : 'max_deliveries',
      consumer: this.def.durable,
    };
    try {
      const { client } = this.deps;
      await client.js.publish(client.ns.subject(dlqSubject(this.def.durable)), msg.data, {
        headers: deadLetterHeaders(msg, reason),
        msgID: `dlq:${this.def.durable}:${msg.info.stream}:${msg.seq}`,
      });
    } catch (e) {
      // Never term a message whose dead letter was not stored: retry it later instead.
      log.error({ err: e }, 'dead letter publish failed; nak');
      msg.nak(nakDelayMs(this.def, delivery));
      this.settled('nak', subject);
      return;
    }
    log.error({ err, reason: reason.error, kind: reason.kind }, 'message dead-lettered');
    msg.term(reason.error.slice(0, 200));
    this.settled('dead_letter', subject);
  }

  private settled(outcome: Outcome, subject: string): void {
    this.deps.onSettled?.(outcome, subject);
  }
}

export class MalformedMessageError extends PermanentError {
  override readonly name = 'MalformedMessageError';
}

function decodeEnvelope(msg: JsMsg): Envelope {
  let raw: unknown;
  try {
    raw = JSON.parse(msg.string());
  } catch {
    throw new MalformedMessageError('message body is not JSON');
  }
  const parsed = envelopeSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || '(envelope)'}: ${i.message}`);
    throw new MalformedMessageError(`invalid envelope: ${problems.join('; ')}`);
  }
  return parsed.data as Envelope;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
