import { PermanentError } from '@app/contracts';
import type { CollectionName, PayloadFilter, VectorPoint } from './vector-store.port';

export const VECTOR_DIMENSIONS = 384;

export type PayloadSchemaType = 'keyword' | 'text' | 'uuid' | 'integer' | 'bool';

export interface CollectionSpec {
  name: CollectionName;
  dimensions: number;
  distance: 'Cosine';
  /** Payload indexes as in the seed, plus user_id and the job-search filters. */
  payloadSchema: Record<string, PayloadSchemaType>;
  /** Filter keys every query/delete must carry (user data is always scoped by user). */
  requiredFilterKeys: readonly string[];
}

export const COLLECTIONS: Record<CollectionName, CollectionSpec> = {
  resume_chunks: {
    name: 'resume_chunks',
    dimensions: VECTOR_DIMENSIONS,
    distance: 'Cosine',
    payloadSchema: {
      section: 'keyword',
      doc_type: 'keyword',
      content: 'text',
      user_id: 'keyword',
      resume_id: 'keyword',
      chunk_id: 'keyword',
    },
    requiredFilterKeys: ['user_id'],
  },
  job_embeddings: {
    name: 'job_embeddings',
    dimensions: VECTOR_DIMENSIONS,
    distance: 'Cosine',
    payloadSchema: {
      job_id: 'uuid',
      title: 'text',
      company: 'keyword',
      source: 'keyword',
      location_type: 'keyword',
      location: 'keyword',
    },
    requiredFilterKeys: [],
  },
};

export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];

export function collectionSpec(name: string): CollectionSpec {
  const spec = (COLLECTIONS as Record<string, CollectionSpec | undefined>)[name];
  if (!spec) throw new PermanentError(`unknown collection "${name}"`, 'not_found', { collection: name });
  return spec;
}

/** Throws when a query/delete on user data lacks its scoping key (e.g. resume_chunks without user_id). */
export function assertScoped(
  collection: CollectionName,
  filter: PayloadFilter | undefined,
  op: string,
): void {
  for (const key of collectionSpec(collection).requiredFilterKeys) {
    const v = filter?.[key];
    const ok = typeof v === 'string' ? v.length > 0 : typeof v === 'number';
    if (!ok) {
      throw new PermanentError(
        `${op} on ${collection} requires a "${key}" filter (a single value)`,
        'forbidden',
        {
          collection,
          key,
        },
      );
    }
  }
}

export function assertVector(collection: CollectionName, v: ArrayLike<number>): void {
  const dims = collectionSpec(collection).dimensions;
  if (v.length !== dims) {
    throw new PermanentError(
      `vector for ${collection} has ${v.length} dimensions, expected ${dims}`,
      'invalid',
    );
  }
  let norm = 0;
  for (let i = 0; i < v.length; i++) {
    const x = v[i]!;
    if (!Number.isFinite(x))
      throw new PermanentError(`vector for ${collection} has a non-finite value`, 'invalid');
    norm += x * x;
  }
  // Cosine is undefined for a zero vector; both adapters refuse it the same way.
  if (norm === 0) throw new PermanentError(`vector for ${collection} is all zeros`, 'invalid');
}

export function assertPoints(collection: CollectionName, points: readonly VectorPoint[]): void {
  const seen = new Set<string>();
  for (const p of points) {
    if (typeof p.id !== 'string' || p.id.length === 0)
      throw new PermanentError('point id must be a non-empty string');
    if (seen.has(p.id)) throw new PermanentError(`point id "${p.id}" appears twice in one upsert`);
    seen.add(p.id);
    assertVector(collection, p.vector);
  }
}

export function assertLimit(limit: number): void {
  if (!Number.isInteger(limit) || limit < 1 || limit > 10_000) {
    throw new PermanentError(`limit must be an integer in [1, 10000], got ${limit}`);
  }
}
