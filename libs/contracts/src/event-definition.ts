import type { z } from 'zod';
import { PermanentError } from './errors';
import type { StreamName } from './streams';

/** One versioned event: its subject, its stream, its payload schema and its dedup key. */
export interface EventDefinition<S extends string = string, P = unknown> {
  readonly subject: S;
  readonly stream: StreamName;
  readonly schema: z.ZodType<P, z.ZodTypeDef, unknown>;
  /** Deterministic Nats-Msg-Id: the same logical event always yields the same id. */
  readonly msgId: (payload: P) => string;
}

export function defineEvent<S extends string, P>(def: EventDefinition<S, P>): EventDefinition<S, P> {
  if (!/^[a-z0-9_-]+\.[a-z0-9_-]+\.[a-z0-9_-]+\.v\d+$/.test(def.subject)) {
    throw new Error(`subject ${def.subject} is not <domain>.<entity>.<event>.v<N>`);
  }
  return def;
}

export type PayloadOf<E> = E extends EventDefinition<string, infer P> ? P : never;

/** Validates a payload against its event schema; a mismatch is a permanent error naming the fields. */
export function parsePayload<P>(event: EventDefinition<string, P>, payload: unknown): P {
  const result = event.schema.safeParse(payload);
  if (result.success) return result.data;
  const problems = result.error.issues.map((i) => `${i.path.join('.') || '(payload)'}: ${i.message}`);
  throw new PermanentError(`invalid ${event.subject} payload: ${problems.join('; ')}`, 'invalid', {
    problems,
  });
}
