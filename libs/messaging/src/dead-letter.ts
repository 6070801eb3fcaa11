import { headers as natsHeaders, type MsgHdrs } from '@nats-io/nats-core';
import type { JsMsg } from '@nats-io/jetstream';
import { H } from './headers';

export interface DeadLetterReason {
  error: string;
  kind: 'permanent' | 'max_deliveries' | 'malformed';
  consumer: string;
}

/** Original headers plus why, when, where from and after how many deliveries. */
export function deadLetterHeaders(msg: JsMsg, reason: DeadLetterReason): MsgHdrs {
  const h = natsHeaders();
  if (msg.headers) {
    for (const [k, values] of msg.headers) {
      if (k === H.msgId) continue;
      for (const v of values) h.append(k, v);
    }
  }
  h.set(H.dlqError, reason.error.replace(/[\r\n]+/g, ' ').slice(0, 2000));
  h.set(H.dlqErrorKind, reason.kind);
  h.set(H.dlqDeliveryCount, String(msg.info.deliveryCount));
  h.set(H.dlqOriginalSubject, msg.subject);
  h.set(H.dlqOriginalStream, msg.info.stream);
  h.set(H.dlqOriginalSeq, String(msg.seq));
  h.set(H.dlqConsumer, reason.consumer);
  h.set(H.dlqFailedAt, new Date().toISOString());
  return h;
}
