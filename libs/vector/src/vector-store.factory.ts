import { PermanentError } from '@app/contracts';
import type { Logger } from '@app/logging';
import { QdrantVectorStore } from './qdrant/qdrant-vector-store';
import { UsearchVectorStore } from './usearch/usearch-vector-store';
import type { VectorStore } from './vector-store.port';

export interface VectorStoreConfig {
  /** 'usearch' (embedded, default) or 'qdrant' (needs qdrantUrl). */
  backend?: 'usearch' | 'qdrant';
  /** Embedded store's directory, e.g. `<DATA_DIR>/vectors`. */
  dataDir?: string;
  qdrantUrl?: string;
  qdrantApiKey?: string;
  collectionPrefix?: string;
  logger?: Logger;
}

/** Picks the adapter: the named backend, else Qdrant when a Qdrant URL is given, else embedded. */
export function createVectorStore(cfg: VectorStoreConfig): VectorStore {
  const backend = cfg.backend ?? (cfg.qdrantUrl ? 'qdrant' : 'usearch');
  if (backend === 'qdrant') {
    if (!cfg.qdrantUrl) throw new PermanentError('vector backend "qdrant" needs a Qdrant URL (QDRANT_URL)');
    return new QdrantVectorStore({
      url: cfg.qdrantUrl,
      apiKey: cfg.qdrantApiKey,
      collectionPrefix: cfg.collectionPrefix,
      logger: cfg.logger,
    });
  }
  return new UsearchVectorStore({ dataDir: cfg.dataDir, logger: cfg.logger });
}
