import { DeliverPolicy } from '@nats-io/jetstream';
import { headers as natsHeaders } from '@nats-io/nats-core';
import { newId, type ConsumerDefinition } from '@app/contracts';
import { H } from './headers';
import { replaySubject } from './namespace';
import type { NatsClient } from './nats-client';

export interface ReplayOptions {
  /** Start at this stream sequence (inclusive). */
  fromSeq?: number;
  /** Or at this time. Neither: the whole stream. */
  fromTime?: Date;
  /** Stop after this many messages (default: everything pending at start). */
  limit?: number;
}

export interface ReplayResult {
  replayId: string;
  replayed: number;
  firstSeq: number | null;
  lastSeq: number | null;
}

/**
 * Re-feeds a stream's messages (the consumer's subjects) to ONE named consumer: copies go to
 * <domain>.replay.<durable>, which only that consumer listens to, tagged with a replay id so
 * its idempotency record is per replay. Other consumers of the stream see nothing.
 */
export async function replayToConsumer(
  client: NatsClient,
  def: ConsumerDefinition,
  opts: ReplayOptions = {},
): Promise<ReplayResult> {
  const stream = client.ns.stream(def.stream);
  const start =
    opts.fromSeq !== undefined
      ? { deliver_policy: DeliverPolicy.StartSequence, opt_start_seq: opts.fromSeq }
      : opts.fromTime
        ? { deliver_policy: DeliverPolicy.StartTime, opt_start_time: opts.fromTime.toISOString() }
        : { deliver_policy: DeliverPolicy.All };
  const reader = await client.js.consumers.get(stream, {
    filter_subjects: def.subjects.map((s) => client.ns.subject(s)),
    ...start,
  });
  const info = await reader.info(true);
  const total = Math.min(info.num_pending, opts.limit ?? Number.MAX_SAFE_INTEGER);
  const replayId = newId();
  const target = client.ns.subject(replaySubject(def.stream, def.durable));
  let replayed = 0;
  let firstSeq: number | null = null;
  let lastSeq: number | null = null;
  while (replayed < total) {
    const batch = await reader.fetch({ max_messages: Math.min(256, total - replayed), expires: 5000 });
    let got = 0;
    for await (const m of batch) {
      got++;
      const h = natsHeaders();
      if (m.headers) for (const [k, vs] of m.headers) if (k !== H.msgId) for (const v of vs) h.append(k, v);
      h.set(H.replayId, replayId);
      h.set(H.replayOriginalSubject, client.ns.strip(m.subject));
      h.set(H.replayOriginalSeq, String(m.seq));
      await client.js.publish(target, m.data, { headers: h, msgID: `replay:${replayId}:${m.seq}` });
      firstSeq ??= m.seq;
      lastSeq = m.seq;
      replayed++;
      if (replayed >= total) break;
    }
    if (got === 0) break;
  }
  await reader.delete().catch(() => undefined);
  return { replayId, replayed, firstSeq, lastSeq };
}
