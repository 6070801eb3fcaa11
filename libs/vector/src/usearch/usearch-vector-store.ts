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
import type {
  CollectionName,
  EnsureCollectionsResult,
  PayloadFilter,
  PointSource,
  VectorHit,
  VectorPoint,
  VectorSearchOptions,
  VectorStore,
} from '../vector-store.port';
import { DEFAULT_HNSW, EmbeddedCollection, type HnswParams } from './embedded-collection';
import { loadCollection, saveCollection } from './embedded-files';

export interface UsearchVectorStoreOptions {
  /** Where the collections persist; without it the store lives in memory only. */
  dataDir?: string;
  /** Writes are saved this long after the last one (and always on flush/close). */
  saveDebounceMs?: number;
  hnsw?: Partial<HnswParams>;
  logger?: Logger;
  /** Points per batch when rebuilding from a source. */
  rebuildBatchSize?: number;
}

/** Embedded default adapter: usearch HNSW in process, persisted under the data directory. */
export class UsearchVectorStore implements VectorStore {
  readonly kind = 'usearch' as const;
  private readonly colls = new Map<CollectionName, EmbeddedCollection>();
  private readonly dirty = new Set<CollectionName>();
  private timer: NodeJS.Timeout | undefined;
  private opening: Promise<EnsureCollectionsResult[]> | undefined;
  private readonly params: HnswParams;

  constructor(private readonly opts: UsearchVectorStoreOptions = {}) {
    this.params = { ...DEFAULT_HNSW, ...opts.hnsw };
  }

  async ensureCollections(
    sources: Partial<Record<CollectionName, PointSource>> = {},
  ): Promise<EnsureCollectionsResult[]> {
    // Re-opening must not drop writes that are not on disk yet.
    if (this.colls.size > 0) await this.flush();
    const opening = this.open(sources);
    this.opening = opening;
    return opening;
  }

  private async open(
    sources: Partial<Record<CollectionName, PointSource>>,
  ): Promise<EnsureCollectionsResult[]> {
    const out: EnsureCollectionsResult[] = [];
    for (const name of COLLECTION_NAMES) {
      const existing = this.colls.get(name);
      // An in-memory store has nothing on disk to reload: keep what it holds.
      if (existing && !this.opts.dataDir && (existing.size > 0 || !sources[name])) {
        out.push({ collection: name, state: existing.size > 0 ? 'loaded' : 'empty', count: existing.size });
        continue;
      }
      const coll = new EmbeddedCollection(name, collectionSpec(name).dimensions, this.params);
      this.colls.set(name, coll);
      const loaded = this.opts.dataDir ? loadCollection(this.opts.dataDir, coll) : undefined;
      if (loaded?.ok) {
        this.opts.logger?.info(
          { collection: name, count: coll.size, graph: loaded.graph },
          'vector collection loaded',
        );
        out.push({ collection: name, state: 'loaded', count: coll.size });
        continue;
      }
      if (loaded && loaded.reason !== 'missing') {
        this.opts.logger?.warn(
          { collection: name, reason: loaded.reason },
          'vector collection files unusable',
        );
      }
      const source = sources[name];
      if (source)
        out.push({ collection: name, state: 'rebuilt', count: await this.fill(name, coll, source) });
      else out.push({ collection: name, state: 'empty', count: 0 });
    }
    await this.flush();
    return out;
  }

  /** Clears `coll` and loads the source into it, in batches. */
  private async fill(name: CollectionName, coll: EmbeddedCollection, source: PointSource): Promise<number> {
    coll.clear();
    const batchSize = this.opts.rebuildBatchSize ?? 512;
    let batch: VectorPoint[] = [];
    const flushBatch = () => {
      assertPoints(name, batch);
      coll.upsert(batch);
      batch = [];
    };
    for await (const p of source()) {
      batch.push(p);
      if (batch.length >= batchSize) flushBatch();
    }
    if (batch.length > 0) flushBatch();
    this.touch(name);
    this.opts.logger?.info({ collection: name, count: coll.size }, 'vector collection rebuilt');
    return coll.size;
  }

  async upsert(collection: CollectionName, points: readonly VectorPoint[]): Promise<void> {
    assertPoints(collection, points);
    (await this.coll(collection)).upsert(points);
    this.touch(collection);
  }

  async delete(collection: CollectionName, ids: readonly string[], filter?: PayloadFilter): Promise<void> {
    assertScoped(collection, filter, 'delete');
    if ((await this.coll(collection)).remove(ids, filter) > 0) this.touch(collection);
  }

  async deleteByFilter(collection: CollectionName, filter: PayloadFilter): Promise<number> {
    assertScoped(collection, filter, 'delete');
    if (!hasConditions(filter)) return 0; // an empty filter never means "everything": use clear()
    const coll = await this.coll(collection);
    const n = coll.remove(coll.idsMatching(filter));
    if (n > 0) this.touch(collection);
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
    return (await this.coll(collection)).search(vector, opts.limit, opts.filter);
  }

  async count(collection: CollectionName, filter?: PayloadFilter): Promise<number> {
    const coll = await this.coll(collection);
    return hasConditions(filter) ? coll.idsMatching(filter).length : coll.size;
  }

  async clear(collection: CollectionName): Promise<void> {
    (await this.coll(collection)).clear();
    this.touch(collection);
  }

  async rebuild(collection: CollectionName, source: PointSource): Promise<number> {
    return this.fill(collection, await this.coll(collection), source);
  }

  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const dir = this.opts.dataDir;
    if (!dir) return this.dirty.clear();
    for (const name of [...this.dirty]) {
      saveCollection(dir, this.colls.get(name)!);
      this.dirty.delete(name);
    }
  }

  async close(): Promise<void> {
    await this.flush();
    this.colls.clear();
    this.opening = undefined;
  }

  private async coll(name: CollectionName): Promise<EmbeddedCollection> {
    collectionSpec(name);
    // First use without ensureCollections(): open once, even under concurrent calls.
    await (this.opening ??= this.open({}));
    return this.colls.get(name)!;
  }

  private touch(name: CollectionName): void {
    this.dirty.add(name);
    if (!this.opts.dataDir || this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.flush().catch((e: unknown) => this.opts.logger?.error({ err: e }, 'vector store save failed'));
    }, this.opts.saveDebounceMs ?? 1000);
    this.timer.unref();
  }
}
