import { QdrantClient } from '@qdrant/js-client-rest';
import { TransientError } from '@app/contracts';
import type { Logger } from '@app/logging';
import {
  assertLimit,
  assertPoints,
  assertScoped,
  assertVector,
  COLLECTION_NAMES,
  collectionSpec,
} from '../collections';
import { hasConditions } from '../payload-filter';
import { uuidV5 } from '../point-ids';
import type {
  CollectionName,
  EnsureCollectionsResult,
  Payload,
  PayloadFilter,
  PointSource,
  VectorHit,
  VectorPoint,
  VectorSearchOptions,
  VectorStore,
} from '../vector-store.port';
import { toQdrantFilter } from './qdrant-filter';

/** Payload key holding the caller's string id (Qdrant ids must be UUIDs, so we derive one). */
export const ID_FIELD = 'point_id';

export interface QdrantVectorStoreOptions {
  url: string;
  apiKey?: string;
  /** Prepended to collection names ("resume_rag" → "resume_rag_job_embeddings"), as in the seed config. */
  collectionPrefix?: string;
  logger?: Logger;
  rebuildBatchSize?: number;
  /** Injected client (tests); default: a REST client on `url`. */
  client?: QdrantClient;
}

export class QdrantVectorStore implements VectorStore {
  readonly kind = 'qdrant' as const;
  private readonly client: QdrantClient;

  constructor(private readonly opts: QdrantVectorStoreOptions) {
    this.client =
      opts.client ?? new QdrantClient({ url: opts.url, apiKey: opts.apiKey, checkCompatibility: false });
  }

  physical(name: CollectionName): string {
    collectionSpec(name);
    return this.opts.collectionPrefix ? `${this.opts.collectionPrefix}_${name}` : name;
  }

  async ensureCollections(
    sources: Partial<Record<CollectionName, PointSource>> = {},
  ): Promise<EnsureCollectionsResult[]> {
    const out: EnsureCollectionsResult[] = [];
    for (const name of COLLECTION_NAMES) {
      const created = await this.createIfMissing(name);
      const source = sources[name];
      if (created && source) {
        out.push({ collection: name, state: 'rebuilt', count: await this.rebuild(name, source) });
      } else {
        const count = await this.count(name);
        out.push({ collection: name, state: created ? 'empty' : 'loaded', count });
      }
    }
    return out;
  }

  private async createIfMissing(name: CollectionName): Promise<boolean> {
    const spec = collectionSpec(name);
    const coll = this.physical(name);
    return this.call(`create ${coll}`, async () => {
      if ((await this.client.collectionExists(coll)).exists) return false;
      await this.client.createCollection(coll, {
        vectors: { size: spec.dimensions, distance: spec.distance },
      });
      const schema = { ...spec.payloadSchema, [ID_FIELD]: 'keyword' as const };
      for (const [field, type] of Object.entries(schema)) {
        await this.client.createPayloadIndex(coll, { field_name: field, field_schema: type, wait: true });
      }
      this.opts.logger?.info({ collection: coll }, 'qdrant collection created');
      return true;
    });
  }

  async upsert(collection: CollectionName, points: readonly VectorPoint[]): Promise<void> {
    assertPoints(collection, points);
    if (points.length === 0) return;
    const body = points.map((p) => ({
      id: uuidV5(p.id),
      vector: Array.from(p.vector),
      payload: { ...p.payload, [ID_FIELD]: p.id },
    }));
    await this.call('upsert', () =>
      this.client.upsert(this.physical(collection), { wait: true, points: body }),
    );
  }

  async delete(collection: CollectionName, ids: readonly string[], filter?: PayloadFilter): Promise<void> {
    assertScoped(collection, filter, 'delete');
    if (ids.length === 0) return;
    const must = [{ has_id: ids.map((id) => uuidV5(id)) }, ...(toQdrantFilter(filter)?.must ?? [])];
    await this.call('delete', () =>
      this.client.delete(this.physical(collection), { wait: true, filter: { must } }),
    );
  }

  async deleteByFilter(collection: CollectionName, filter: PayloadFilter): Promise<number> {
    assertScoped(collection, filter, 'delete');
    if (!hasConditions(filter)) return 0;
    const n = await this.count(collection, filter);
    const qf = toQdrantFilter(filter)!;
    await this.call('delete', () =>
      this.client.delete(this.physical(collection), { wait: true, filter: qf }),
    );
    return n;
  }

  async search(
    collection: CollectionName,
    vector: Float32Array | readonly number[],
    opts: VectorSearchOptions,
  ): Promise<VectorHit[]> {
    assertScoped(collection, opts.filter, 'search');
    assertVector(collection, vector);
    assertLimit(opts.limit);
    const res = await this.call('search', () =>
      this.client.search(this.physical(collection), {
        vector: Array.from(vector),
        limit: opts.limit,
        filter: toQdrantFilter(opts.filter),
        with_payload: true,
      }),
    );
    return res.map((r) => {
      const { [ID_FIELD]: id, ...payload } = r.payload ?? {};
      return { id: typeof id === 'string' ? id : String(r.id), score: r.score, payload: payload as Payload };
    });
  }

  async count(collection: CollectionName, filter?: PayloadFilter): Promise<number> {
    const res = await this.call('count', () =>
      this.client.count(this.physical(collection), { exact: true, filter: toQdrantFilter(filter) }),
    );
    return res.count;
  }

  async clear(collection: CollectionName): Promise<void> {
    const coll = this.physical(collection);
    await this.call('clear', () => this.client.deleteCollection(coll));
    await this.createIfMissing(collection);
  }

  async rebuild(collection: CollectionName, source: PointSource): Promise<number> {
    await this.clear(collection);
    const size = this.opts.rebuildBatchSize ?? 256;
    let batch: VectorPoint[] = [];
    let n = 0;
    for await (const p of source()) {
      batch.push(p);
      if (batch.length >= size) {
        await this.upsert(collection, batch);
        n += batch.length;
        batch = [];
      }
    }
    await this.upsert(collection, batch);
    return n + batch.length;
  }

  async flush(): Promise<void> {}

  async close(): Promise<void> {}

  /** Network and server failures are worth a retry; our own validation errors never reach here. */
  private async call<T>(what: string, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (e) {
      throw new TransientError(`qdrant ${what} failed: ${(e as Error).message}`, e);
    }
  }
}
