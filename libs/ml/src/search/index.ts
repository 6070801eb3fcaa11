export * from './bm25.types';
export { Bm25Index, compileMetadataFilter, metadataMatches } from './bm25-index';
export { BM25_DEFAULTS, bm25Path, createBm25Indexes, loadOrRebuildBm25 } from './bm25-indexes';
export type { Bm25Indexes, Bm25IndexesOptions } from './bm25-indexes';
export { analyze, STOP_WORDS, type AnalyzerOptions } from './tokenizer';
export { porterStem } from './porter-stemmer';
export * from './hybrid-search.types';
export { HybridSearch, payloadToMetadata, type HybridSearchDeps } from './hybrid-search';
export { reciprocalRankFusion, DEFAULT_RRF_K, type RankedList } from './rrf';
export {
  SearchIndexer,
  toBm25Document,
  toVectorPayload,
  type IndexableDocument,
  type SearchIndexerDeps,
} from './search-indexer';
