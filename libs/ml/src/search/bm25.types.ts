export type FieldText = string | readonly string[] | undefined | null;

/** One searchable document: named text fields (weighted per index) plus metadata for filters. */
export interface BM25Document {
  id: string;
  /** Field name → text (arrays such as a skills list are joined). Names must be the index's fields. */
  fields: Record<string, FieldText>;
  /** Exact-match filter values (user_id, source, location_type, company, ...), returned with hits. */
  metadata?: Record<string, string>;
  /** Text returned with hits (display, reranking). Default: the fields joined by newlines. */
  content?: string;
}

export interface Bm25Options {
  /** Field name → weight (BM25F). At most 5 fields. Title above skills above description for jobs. */
  fields: Record<string, number>;
  /** Term-frequency saturation; default 1.2. */
  k1?: number;
  /** Length normalisation (0 none … 1 full); default 0.75, for every field. */
  b?: number;
  /** Filter keys every search must carry with a single value (user_id for resume chunks). */
  requiredFilterKeys?: readonly string[];
  /** Used in messages and logs. */
  name?: string;
  /** Where save()/flush() write by default. */
  path?: string;
  /** When set with `path`, changes are saved this long after the last one. */
  saveDebounceMs?: number;
}

/** Metadata filter: AND over keys; a string is equality, an array any-of; undefined is ignored. */
export type MetadataFilter = Record<string, string | readonly string[] | undefined>;

export interface Bm25SearchOptions {
  limit: number;
  filter?: MetadataFilter;
}

export interface Bm25Hit {
  id: string;
  score: number;
  content: string;
  metadata: Record<string, string>;
}

export type DocumentSource = AsyncIterable<BM25Document> | (() => AsyncIterable<BM25Document>);
