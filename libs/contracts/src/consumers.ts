import type { StreamName } from './streams';

/** Settlement settings of one durable consumer; they live next to the contract. */
export interface ConsumerDefinition {
  /** Durable name, also the stage in dlq.<stage> and the key in processed_messages. */
  readonly durable: string;
  readonly stream: StreamName;
  /** Unprefixed subjects this consumer handles. */
  readonly subjects: readonly string[];
  readonly maxDeliver: number;
  readonly ackWaitMs: number;
  readonly maxAckPending: number;
  /** nak delay = min(base * 2^(delivery-1), max). */
  readonly backoff: { readonly baseMs: number; readonly maxMs: number };
  /** Messages handled at once by one process. */
  readonly concurrency: number;
}

export function defineConsumer(
  def: Partial<ConsumerDefinition> & Pick<ConsumerDefinition, 'durable' | 'stream' | 'subjects'>,
): ConsumerDefinition {
  return {
    maxDeliver: 5,
    ackWaitMs: 30_000,
    maxAckPending: 256,
    backoff: { baseMs: 1_000, maxMs: 60_000 },
    concurrency: 8,
    ...def,
  };
}

/** Delay before the next delivery after a transient failure on delivery number `delivery` (1-based). */
export function nakDelayMs(def: ConsumerDefinition, delivery: number): number {
  const exp = Math.min(30, Math.max(0, delivery - 1));
  return Math.min(def.backoff.maxMs, def.backoff.baseMs * 2 ** exp);
}
