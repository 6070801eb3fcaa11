import { performance } from 'node:perf_hooks';
import type { sendUnaryData, ServerUnaryCall, UntypedServiceImplementation } from '@grpc/grpc-js';
import type { Logger } from '@app/logging';
import type { MlEngine } from '../ml-engine';
import { mapError, resourceExhausted, toServiceError } from './grpc-errors';
import type {
  ClearIndexRequest,
  EmbedBatchRequest,
  EmbedRequest,
  ExtractSkillsRequest,
  IndexRequest,
  RerankRequest,
  SearchRequest,
} from './ml-proto';
import {
  DEFAULT_ML_LIMITS,
  optionalTopK,
  optionalVectorWeight,
  requireBatch,
  requireCollection,
  requireText,
  toFilters,
  type MlLimits,
} from './ml-requests';

const toArray = (v: Float32Array): number[] => Array.from(v);

interface RankedDocument {
  id: string;
  content: string;
  score: number;
  rank: number;
}

interface ExtractSkillsResponse {
  technical_skills: string[];
  soft_skills: string[];
  tools: string[];
}

/** The seed's MLService handlers: check the request, call the engine, shape the reply. */
export class MlGrpcService {
  private readonly limits: MlLimits;

  constructor(
    private readonly engine: MlEngine,
    private readonly log: Logger,
    limits: Partial<MlLimits> = {},
  ) {
    this.limits = { ...DEFAULT_ML_LIMITS, ...limits };
  }

  /** Handlers keyed by the proto's method names, for grpc.Server#addService. */
  implementation(): UntypedServiceImplementation {
    return {
      Embed: this.unary('Embed', (r: EmbedRequest) => this.embed(r)),
      EmbedBatch: this.unary('EmbedBatch', (r: EmbedBatchRequest) => this.embedBatch(r)),
      Rerank: this.unary('Rerank', (r: RerankRequest) => this.rerank(r)),
      Search: this.unary('Search', (r: SearchRequest) => this.search(r)),
      ExtractSkills: this.unary('ExtractSkills', (r: ExtractSkillsRequest) => this.extractSkills(r)),
      IndexDocuments: this.unary('IndexDocuments', (r: IndexRequest) => this.indexDocuments(r)),
      ClearIndex: this.unary('ClearIndex', (r: ClearIndexRequest) => this.clearIndex(r)),
    };
  }

  async embed(req: EmbedRequest): Promise<{ embedding: number[] }> {
    const text = requireText(req.text, 'text', this.limits.maxTextChars);
    const [vector] = await this.engine.embed([text]);
    return { embedding: toArray(vector!) };
  }

  async embedBatch(req: EmbedBatchRequest): Promise<{ embeddings: Array<{ vector: number[] }> }> {
    const texts = requireBatch(req.texts, this.limits);
    const vectors = await this.engine.embed(texts);
    return { embeddings: vectors.map((v) => ({ vector: toArray(v) })) };
  }

  async rerank(req: RerankRequest): Promise<{ documents: RankedDocument[] }> {
    const query = requireText(req.query, 'query', this.limits.maxTextChars);
    const docs = req.documents ?? [];
    if (docs.length > this.limits.maxRerankDocuments) {
      throw resourceExhausted(
        `${docs.length} documents, at most ${this.limits.maxRerankDocuments} are accepted`,
      );
    }
    const topK = optionalTopK(req.top_k, this.limits.maxRerankDocuments);
    docs.forEach((d, i) => requireText(d.content, `documents[${i}].content`, this.limits.maxTextChars));
    if (docs.length === 0) return { documents: [] };
    const ranked = await this.engine.rerank(
      query,
      docs.map((d, i) => ({ id: d.id || String(i), content: d.content, score: d.score })),
      topK,
    );
    return { documents: ranked.map((r) => ({ id: r.id, content: r.content, score: r.score, rank: r.rank })) };
  }

  async search(req: SearchRequest): Promise<{ results: unknown[]; search_mode: string }> {
    const query = requireText(req.query, 'query', this.limits.maxTextChars);
    const res = await this.engine.search({
      query,
      collection: requireCollection(req.collection),
      topK: optionalTopK(req.top_k, this.limits.maxSearchTopK),
      filters: toFilters(req.filters),
      useHybrid: req.use_hybrid,
      vectorWeight: optionalVectorWeight(req.vector_weight),
    });
    const results = res.results.map((r) => ({
      id: r.id,
      content: r.content,
      score: r.score,
      metadata: r.metadata,
    }));
    return { results, search_mode: res.searchMode };
  }

  extractSkills(req: ExtractSkillsRequest): Promise<ExtractSkillsResponse> {
    const text = requireText(req.text, 'text', this.limits.maxSkillsChars);
    const s = this.engine.extractSkills(text);
    return Promise.resolve({
      technical_skills: s.technical_skills,
      soft_skills: s.soft_skills,
      tools: s.tools,
    });
  }

  async indexDocuments(req: IndexRequest): Promise<{ indexed_count: number }> {
    const collection = requireCollection(req.collection);
    const docs = (req.documents ?? []).map((d) => ({
      id: d.id,
      content: d.content,
      metadata: d.metadata ?? {},
    }));
    return { indexed_count: await this.engine.index(collection, docs) };
  }

  async clearIndex(req: ClearIndexRequest): Promise<{ success: boolean }> {
    await this.engine.clear(requireCollection(req.collection));
    return { success: true };
  }

  /** One handler: errors become a status with a message; internal ones are logged with the stack. */
  private unary<Req, Res>(rpc: string, fn: (req: Req) => Promise<Res>) {
    return (call: ServerUnaryCall<Req, Res>, callback: sendUnaryData<Res>): void => {
      const t0 = performance.now();
      Promise.resolve()
        .then(() => fn(call.request))
        .then(
          (res) => {
            this.log.debug({ rpc, ms: Math.round(performance.now() - t0) }, 'rpc ok');
            callback(null, res);
          },
          (e: unknown) => {
            const mapped = mapError(e, rpc);
            const fields = { rpc, code: mapped.code, ms: Math.round(performance.now() - t0) };
            if (mapped.internal) this.log.error({ ...fields, err: e }, 'rpc failed');
            else this.log.info({ ...fields, reason: mapped.message }, 'rpc refused');
            callback(toServiceError(mapped), null);
          },
        );
    };
  }
}
