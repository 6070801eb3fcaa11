export * from './vector-store.port';
export * from './collections';
export { compileFilter, matchesFilter, hasConditions } from './payload-filter';
export { uuidV5, pointKey, POINT_ID_NAMESPACE } from './point-ids';
export { UsearchVectorStore, type UsearchVectorStoreOptions } from './usearch/usearch-vector-store';
export { DEFAULT_HNSW, type HnswParams } from './usearch/embedded-collection';
export { QdrantVectorStore, ID_FIELD, type QdrantVectorStoreOptions } from './qdrant/qdrant-vector-store';
export { toQdrantFilter } from './qdrant/qdrant-filter';
export { createVectorStore, type VectorStoreConfig } from './vector-store.factory';
