import type { MetadataFilter } from './bm25.types';

/** The seed's SearchRequest, camel-cased. */
export interface HybridSearchRequest {
  query: string;
  /** CollectionName: 'job_embeddings' or 'resume_chunks' (the latter requires filters.user_id). */
  collection: string;
  /** Results wanted; default 10, at most 100. */
  topK?: number;
  /**
   * Exact-match filters applied to both retrievers (AND over keys). A string means equality,
   * an array any-of. Jobs: source, location_type, company (exact, case-sensitive, as stored),
   * job_id. Resume chunks: user_id (required), resume_id, section, doc_type.
   */
  filters?: MetadataFilter;
  /** true (default): fuse BM25 and vector results; false: vector results only. */
  useHybrid?: boolean;
  /** Weight w in [0, 1] of the vector list's RRF term (BM25's is 1 − w); default 0.5. */
  vectorWeight?: number;
  /** Rerank the fused head when a reranker is configured; default true. */
  rerank?: boolean;
}

export interface HybridSearchResult {
  id: string;
  content: string;
  /** Reranker score when reranked; else RRF score (hybrid), cosine (vector) or BM25 (keyword). */
  score: number;
  /** String metadata (payload values stringified; arrays joined by ","). */
  metadata: Record<string, string>;
}

/**
 * search_mode as in the seed: "hybrid" | "vector", plus "keyword" when no query vector was
 * available (no embedder or store, or embedding failed), with "+rerank:<kind>" appended when a
 * reranker reordered the head, e.g. "hybrid+rerank:cross-encoder", "keyword+rerank:lexical".
 */
export interface HybridSearchResponse {
  results: HybridSearchResult[];
  searchMode: string;
  /** Milliseconds per stage, for logs and the bench. */
  timings: { embedMs: number; retrieveMs: number; rerankMs: number; totalMs: number };
}

export interface HybridSearchOptions {
  /** RRF constant k; default 60. */
  rrfK?: number;
  /** How many hits each retriever contributes before fusion; default 50 (at least topK). */
  candidates?: number;
  /** How many fused candidates the reranker sees; default 20. */
  rerankTopK?: number;
  defaultVectorWeight?: number;
  defaultTopK?: number;
}
