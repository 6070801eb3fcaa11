/**
 * The vector store port: what search, indexing and the ML service depend on. Two adapters
 * implement it (embedded usearch HNSW, Qdrant); one contract suite checks both.
 */
export type CollectionName = 'resume_chunks' | 'job_embeddings';

export type PayloadValue = string | number | boolean | null | readonly string[];
export type Payload = Record<string, PayloadValue>;

/**
 * Payload filter: every key must match (AND). A scalar means equality with the payload value
 * (exact, case-sensitive; a payload array matches when it contains the value). An array means
 * "any of" these values. `undefined` entries are ignored.
 */
export type FilterValue = string | number | boolean | readonly (string | number)[] | undefined;
export type PayloadFilter = Record<string, FilterValue>;

export interface VectorPoint {
  /** Caller's id (a UUID or any string); adapters map it to their own key deterministically. */
  id: string;
  vector: Float32Array | readonly number[];
  payload: Payload;
}

export interface VectorSearchOptions {
  limit: number;
  filter?: PayloadFilter;
}

export interface VectorHit {
  id: string;
  /** Cosine similarity in [-1, 1], higher is closer. */
  score: number;
  payload: Payload;
}

/** A stream of points used to rebuild a collection (the caller reads them from PostgreSQL). */
export type PointSource = () => AsyncIterable<VectorPoint>;

export type CollectionState = 'loaded' | 'rebuilt' | 'empty';

export interface EnsureCollectionsResult {
  collection: CollectionName;
  state: CollectionState;
  count: number;
}

export interface VectorStore {
  readonly kind: 'usearch' | 'qdrant';
  /**
   * Creates or opens both collections. A collection whose storage is missing or unreadable is
   * rebuilt from its source when one is given, else it starts empty.
   */
  ensureCollections(
    sources?: Partial<Record<CollectionName, PointSource>>,
  ): Promise<EnsureCollectionsResult[]>;
  /** Inserts or replaces points by id (idempotent). */
  upsert(collection: CollectionName, points: readonly VectorPoint[]): Promise<void>;
  /**
   * Deletes points by id. For `resume_chunks` a filter with `user_id` is required and only points
   * matching it are deleted, so one user cannot delete another's chunks by guessing ids.
   */
  delete(collection: CollectionName, ids: readonly string[], filter?: PayloadFilter): Promise<void>;
  /** Deletes every point matching the filter (e.g. one resume's chunks); returns how many went. */
  deleteByFilter(collection: CollectionName, filter: PayloadFilter): Promise<number>;
  search(
    collection: CollectionName,
    vector: Float32Array | readonly number[],
    opts: VectorSearchOptions,
  ): Promise<VectorHit[]>;
  count(collection: CollectionName, filter?: PayloadFilter): Promise<number>;
  clear(collection: CollectionName): Promise<void>;
  /** Clears the collection and loads it from the source; returns the number of points. */
  rebuild(collection: CollectionName, source: PointSource): Promise<number>;
  /** Persists pending writes (no-op where the server persists). */
  flush(): Promise<void>;
  close(): Promise<void>;
}
