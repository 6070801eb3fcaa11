import { createHash, randomUUID } from 'node:crypto';
import { z } from 'zod';

/** Every message on every subject is one of these; the payload is validated per event. */
export interface Envelope<P = unknown> {
  id: string;
  /** The unprefixed, versioned subject, e.g. "jobs.job.scraped.v1". */
  type: string;
  occurredAt: string;
  correlationId: string;
  causationId: string | null;
  payload: P;
}

export const envelopeSchema = z
  .object({
    id: z.string().min(1),
    type: z
      .string()
      .regex(/^[a-z0-9_-]+\.[a-z0-9_-]+\.[a-z0-9_-]+\.v\d+$/, 'must be <domain>.<entity>.<event>.v<N>'),
    occurredAt: z.string().datetime({ offset: true }),
    correlationId: z.string().min(1),
    causationId: z.string().min(1).nullable(),
    payload: z.unknown(),
  })
  .strict();

/** UUID (version-5 layout) derived from a name, so the same logical event always gets the same id. */
export function deterministicUuid(name: string): string {
  const h = createHash('sha1').update('resume-rag:').update(name).digest();
  h[6] = ((h[6] ?? 0) & 0x0f) | 0x50;
  h[8] = ((h[8] ?? 0) & 0x3f) | 0x80;
  const hex = h.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

export const newId = (): string => randomUUID();

/** Short stable hash for msg ids and content hashes. */
export function shortHash(value: unknown, length = 32): string {
  const text = typeof value === 'string' ? value : stableStringify(value);
  return createHash('sha256').update(text).digest('hex').slice(0, length);
}

/** JSON with sorted keys, so equal objects hash equally. */
export function stableStringify(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableStringify(v)}`).join(',')}}`;
}
