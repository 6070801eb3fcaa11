import { headers as natsHeaders, type MsgHdrs } from '@nats-io/nats-core';
import type { PubAck } from '@nats-io/jetstream';
import {
  deterministicUuid,
  parsePayload,
  TransientError,
  type Envelope,
  type EventDefinition,
} from '@app/contracts';
import { H } from './headers';
import type { NatsClient } from './nats-client';

export interface EventMeta {
  correlationId?: string;
  causationId?: string | null;
  occurredAt?: Date;
}

/** Builds the envelope of an event; its id is derived from the msg id, so it is stable too. */
export function buildEnvelope<P>(
  event: EventDefinition<string, P>,
  payload: P,
  meta: EventMeta = {},
): {
  envelope: Envelope<P>;
  msgId: string;
} {
  const valid = parsePayload(event, payload);
  const msgId = event.msgId(valid);
  const id = deterministicUuid(msgId);
  return {
    msgId,
    envelope: {
      id,
      type: event.subject,
      occurredAt: (meta.occurredAt ?? new Date()).toISOString(),
      correlationId: meta.correlationId ?? id,
      causationId: meta.causationId ?? null,
      payload: valid,
    },
  };
}

export function envelopeHeaders(
  envelope: Envelope,
  msgId: string,
  extra: Record<string, string> = {},
): MsgHdrs {
  const h = natsHeaders();
  h.set(H.msgId, msgId);
  h.set(H.eventType, envelope.type);
  h.set(H.correlationId, envelope.correlationId);
  if (envelope.causationId) h.set(H.causationId, envelope.causationId);
  for (const [k, v] of Object.entries(extra)) h.set(k, v);
  return h;
}

/**
 * Publishes straight to JetStream. Use it where there is no database change to commit
 * with the event (otherwise write to the outbox in the same transaction).
 */
export class EventPublisher {
  constructor(private readonly client: NatsClient) {}

  async publish<P>(event: EventDefinition<string, P>, payload: P, meta: EventMeta = {}): Promise<PubAck> {
    const { envelope, msgId } = buildEnvelope(event, payload, meta);
    return this.publishEnvelope(envelope, msgId);
  }

  async publishEnvelope(
    envelope: Envelope,
    msgId: string,
    extra: Record<string, string> = {},
  ): Promise<PubAck> {
    try {
      return await this.client.js.publish(this.client.ns.subject(envelope.type), JSON.stringify(envelope), {
        msgID: msgId,
        headers: envelopeHeaders(envelope, msgId, extra),
      });
    } catch (e) {
      throw new TransientError(`publish ${envelope.type} failed: ${(e as Error).message}`, e);
    }
  }
}
