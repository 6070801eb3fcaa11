import { join } from 'node:path';
import type { AppConfig } from '@app/config';
import type { Logger } from '@app/logging';
import { createVectorStore, type CollectionName, type PointSource, type VectorStore } from '@app/vector';
import { WorkerEmbedder } from '../embedding-worker/worker-embedder';
import type { TextEmbedder } from '../embedding/text-embedder';
import { createReranker } from '../rerank/reranker.factory';
import type { Reranker } from '../rerank/reranker';
import { createBm25Indexes, loadOrRebuildBm25, type Bm25Indexes } from '../search/bm25-indexes';
import { HybridSearch } from '../search/hybrid-search';
import {
  SearchIndexer,
  toBm25Document,
  toVectorPayload,
  type IndexableDocument,
} from '../search/search-indexer';

/** Where the projections are rebuilt from when their files are missing (PostgreSQL rows). */
export type DocumentFeed = () => AsyncIterable<IndexableDocument>;

export interface SearchEngineOptions {
  config: AppConfig;
  log: Logger;
  feeds: Record<CollectionName, DocumentFeed>;
  /**
   * How many documents PostgreSQL says each projection should hold. A projection that disagrees
   * (the process was killed before its files were saved) is rebuilt from its feed at start.
   */
  expectedCounts?: Record<CollectionName, () => Promise<number>>;
  /** Tests can pass an embedder they already loaded. */
  embedder?: TextEmbedder;
}

/**
 * The embedder, the reranker, BM25 and the vector store of one process, opened together.
 * BM25 and the vectors are projections of PostgreSQL: missing files are rebuilt from the feeds.
 */
export class SearchEngine {
  private constructor(
    readonly embedder: TextEmbedder,
    readonly reranker: Reranker,
    readonly vectors: VectorStore,
    readonly bm25: Bm25Indexes,
    readonly indexer: SearchIndexer,
    readonly search: HybridSearch,
  ) {}

  static async open(opts: SearchEngineOptions): Promise<SearchEngine> {
    const { config, log } = opts;
    const modelsDir = config.models.dir;
    const embedder =
      opts.embedder ??
      (await WorkerEmbedder.start({
        modelsDir,
        model: config.models.embedding,
        maxTokens: config.models.max_tokens,
        threads: config.models.threads,
        maxBatch: config.models.max_batch,
        maxWaitMs: config.models.max_wait,
      }));
    const reranker = await createReranker({
      modelsDir,
      crossEncoder: config.models.cross_encoder || undefined,
      logger: log,
      threads: config.models.threads,
    });
    const vectors = createVectorStore({
      dataDir: join(config.data_dir, 'vectors'),
      qdrantUrl: config.database.qdrant.url,
      qdrantApiKey: config.database.qdrant.api_key,
      collectionPrefix: config.database.qdrant.collection_prefix,
      logger: log,
    });
    const bm25 = createBm25Indexes({ dataDir: config.data_dir, logger: log, saveDebounceMs: 2000 });
    const embedFeed = (collection: CollectionName): PointSource =>
      async function* () {
        let batch: IndexableDocument[] = [];
        const flush = async function* () {
          const vecs = await embedder.embed(batch.map((d) => d.content));
          for (let i = 0; i < batch.length; i++) {
            yield { id: batch[i]!.id, vector: vecs[i]!, payload: toVectorPayload(collection, batch[i]!) };
          }
          batch = [];
        };
        for await (const doc of opts.feeds[collection]()) {
          batch.push(doc);
          if (batch.length >= 64) yield* flush();
        }
        if (batch.length) yield* flush();
      };
    const vectorStates = await vectors.ensureCollections({
      job_embeddings: embedFeed('job_embeddings'),
      resume_chunks: embedFeed('resume_chunks'),
    });
    const bm25States = await loadOrRebuildBm25(bm25, {
      job_embeddings: () => mapFeed(opts.feeds.job_embeddings, 'job_embeddings'),
      resume_chunks: () => mapFeed(opts.feeds.resume_chunks, 'resume_chunks'),
    });
    if (opts.expectedCounts) {
      for (const collection of ['job_embeddings', 'resume_chunks'] as const) {
        const expected = await opts.expectedCounts[collection]();
        if ((await vectors.count(collection)) !== expected) {
          log.warn({ collection, expected }, 'vector projection out of step with PostgreSQL; rebuilding');
          await vectors.rebuild(collection, embedFeed(collection));
        }
        if (bm25[collection].size !== expected) {
          log.warn(
            { collection, expected, size: bm25[collection].size },
            'bm25 projection out of step; rebuilding',
          );
          await bm25[collection].rebuild(() => mapFeed(opts.feeds[collection], collection));
        }
      }
    }
    log.info(
      { vectors: vectorStates, bm25: bm25States, store: vectors.kind, reranker: reranker.kind },
      'search engine open',
    );
    const indexer = new SearchIndexer({ bm25, vectorStore: vectors, embedder, logger: log });
    const search = new HybridSearch({
      bm25,
      vectorStore: vectors,
      embedder,
      reranker,
      logger: log,
      options: { rerankTopK: config.models.rerank_top_k },
    });
    return new SearchEngine(embedder, reranker, vectors, bm25, indexer, search);
  }

  async close(): Promise<void> {
    if (this.embedder instanceof WorkerEmbedder) await this.embedder.close();
    await this.vectors.flush();
    await this.vectors.close();
    for (const index of Object.values(this.bm25)) await index.flush();
  }
}

async function* mapFeed(feed: DocumentFeed, collection: CollectionName) {
  for await (const doc of feed()) yield toBm25Document(collection, doc);
}
