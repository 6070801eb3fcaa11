import { join, resolve } from 'node:path';
import type { AppConfig } from '@app/config';
import type { Logger } from '@app/logging';
import {
  createBm25Indexes,
  createOnnxEmbedder,
  createReranker,
  extractSkills,
  HybridSearch,
  loadOrRebuildBm25,
  SearchIndexer,
  type Bm25Indexes,
  type ExtractedSkills,
  type HybridSearchRequest,
  type HybridSearchResponse,
  type IndexableDocument,
  type OnnxEmbedder,
  type RankedCandidate,
  type RerankCandidate,
  type Reranker,
} from '@app/ml';
import { createVectorStore, type VectorStore } from '@app/vector';

/** The service's own folder under data_dir (see MlEngineOptions.dataDir). */
export const ML_SERVICE_DIR = 'ml-service';

/** What the engine needs, taken from the app config (see mlEngineOptions). */
export interface MlEngineOptions {
  modelsDir: string;
  embeddingModel: string;
  crossEncoder: string;
  maxTokens: number;
  threads: number;
  maxBatch: number;
  maxWaitMs: number;
  rerankTopK: number;
  /**
   * BM25 snapshots go to `<dataDir>/bm25`, the embedded vector store to `<dataDir>/vectors`.
   * Default `<data_dir>/ml-service`: the pipeline's SearchEngine owns `<data_dir>/bm25` and
   * `<data_dir>/vectors`, and two processes saving the same snapshot files would undo each other.
   */
  dataDir: string;
  qdrantUrl?: string;
  qdrantApiKey?: string;
  qdrantCollectionPrefix?: string;
}

export function mlEngineOptions(config: AppConfig): MlEngineOptions {
  const m = config.models;
  const q = config.database.qdrant;
  return {
    modelsDir: resolve(process.cwd(), m.dir),
    embeddingModel: m.embedding,
    crossEncoder: m.cross_encoder,
    maxTokens: m.max_tokens,
    threads: m.threads,
    maxBatch: m.max_batch,
    maxWaitMs: m.max_wait,
    rerankTopK: m.rerank_top_k,
    dataDir: resolve(process.cwd(), config.data_dir, ML_SERVICE_DIR),
    qdrantUrl: q.url,
    qdrantApiKey: q.api_key,
    qdrantCollectionPrefix: q.collection_prefix,
  };
}

/** An empty source: this process has no database, so a missing snapshot starts empty. */
async function* nothing<T>(): AsyncGenerator<T> {}

/**
 * The ML building blocks behind the seed's MLService: embedder, reranker, BM25 + vector store,
 * hybrid search, indexer, skills. Created once at start; a missing or corrupt model file makes
 * create() throw (ModelFilesError names the file and the fetch command).
 */
export class MlEngine {
  private constructor(
    readonly embedder: OnnxEmbedder,
    readonly reranker: Reranker,
    private readonly bm25: Bm25Indexes,
    private readonly store: VectorStore,
    private readonly hybrid: HybridSearch,
    private readonly indexer: SearchIndexer,
    private readonly log: Logger,
  ) {}

  static async create(opts: MlEngineOptions, log: Logger): Promise<MlEngine> {
    const embedder = await createOnnxEmbedder({
      modelsDir: opts.modelsDir,
      model: opts.embeddingModel,
      maxTokens: opts.maxTokens,
      threads: opts.threads,
      maxBatch: opts.maxBatch,
      maxWaitMs: opts.maxWaitMs,
    });
    try {
      const reranker = await createReranker({
        modelsDir: opts.modelsDir,
        crossEncoder: opts.crossEncoder,
        threads: opts.threads,
        logger: log,
      });
      const bm25 = createBm25Indexes({ dataDir: opts.dataDir, logger: log });
      const bm25State = await loadOrRebuildBm25(bm25, { job_embeddings: nothing, resume_chunks: nothing });
      const store = createVectorStore({
        dataDir: join(opts.dataDir, 'vectors'),
        qdrantUrl: opts.qdrantUrl,
        qdrantApiKey: opts.qdrantApiKey,
        collectionPrefix: opts.qdrantCollectionPrefix,
        logger: log,
      });
      const collections = await store.ensureCollections();
      const deps = { bm25, vectorStore: store, embedder, reranker, logger: log };
      const hybrid = new HybridSearch({ ...deps, options: { rerankTopK: opts.rerankTopK } });
      const indexer = new SearchIndexer(deps);
      log.info(
        { model: embedder.modelId, reranker: reranker.kind, store: store.kind, bm25: bm25State, collections },
        'ml engine ready',
      );
      return new MlEngine(embedder, reranker, bm25, store, hybrid, indexer, log);
    } catch (e) {
      await embedder.close();
      throw e;
    }
  }

  get dimensions(): number {
    return this.embedder.dimensions;
  }

  embed(texts: readonly string[]): Promise<Float32Array[]> {
    return this.embedder.embed(texts);
  }

  rerank(query: string, docs: readonly RerankCandidate[], topK?: number): Promise<RankedCandidate[]> {
    return this.reranker.rerank(query, docs, topK);
  }

  search(req: HybridSearchRequest): Promise<HybridSearchResponse> {
    return this.hybrid.search(req);
  }

  extractSkills(text: string): ExtractedSkills {
    return extractSkills(text);
  }

  index(collection: string, docs: readonly IndexableDocument[]): Promise<number> {
    return this.indexer.index(collection, docs);
  }

  clear(collection: string): Promise<void> {
    return this.indexer.clear(collection);
  }

  /** Saves BM25 snapshots and vectors, then frees the ONNX sessions. */
  async close(): Promise<void> {
    const steps: Array<[string, () => Promise<void>]> = [
      ['bm25 jobs', () => this.bm25.job_embeddings.flush()],
      ['bm25 resume chunks', () => this.bm25.resume_chunks.flush()],
      ['vector store', () => this.store.close()],
      ['embedder', () => this.embedder.close()],
    ];
    const closable = this.reranker as Partial<{ close(): Promise<void> }>;
    if (typeof closable.close === 'function') steps.push(['reranker', () => closable.close!()]);
    for (const [what, step] of steps) {
      try {
        await step();
      } catch (e) {
        this.log.error({ err: (e as Error).message, what }, 'ml engine: close step failed');
      }
    }
  }
}
