import { performance } from 'node:perf_hooks';
import { PermanentError, isPermanent } from '@app/contracts';
import type { Logger } from '@app/logging';
import {
  assertScoped,
  collectionSpec,
  type CollectionName,
  type Payload,
  type VectorHit,
  type VectorStore,
} from '@app/vector';
import type { TextEmbedder } from '../embedding/text-embedder';
import type { Reranker } from '../rerank/reranker';
import type { Bm25Indexes } from './bm25-indexes';
import type { Bm25Hit, MetadataFilter } from './bm25.types';
import { DEFAULT_RRF_K, reciprocalRankFusion } from './rrf';
import type {
  HybridSearchOptions,
  HybridSearchRequest,
  HybridSearchResponse,
  HybridSearchResult,
} from './hybrid-search.types';

export interface HybridSearchDeps {
  bm25: Bm25Indexes;
  /** Without store or embedder every search runs in "keyword" mode. */
  vectorStore?: VectorStore;
  embedder?: TextEmbedder;
  reranker?: Reranker;
  logger?: Logger;
  options?: HybridSearchOptions;
}

type Mode = 'hybrid' | 'vector' | 'keyword';

interface Plan {
  query: string;
  collection: CollectionName;
  topK: number;
  filters: MetadataFilter | undefined;
  useHybrid: boolean;
  vectorWeight: number;
  rerank: boolean;
  depth: number;
}

const MAX_TOP_K = 100;
const MAX_QUERY_CHARS = 4000;

/** The seed's Search: BM25 + vector retrieval, weighted RRF, optional rerank of the fused head. */
export class HybridSearch {
  private readonly opts: Required<HybridSearchOptions>;

  constructor(private readonly deps: HybridSearchDeps) {
    this.opts = {
      rrfK: DEFAULT_RRF_K,
      candidates: 50,
      rerankTopK: 20,
      defaultVectorWeight: 0.5,
      defaultTopK: 10,
      ...deps.options,
    };
  }

  async search(req: HybridSearchRequest): Promise<HybridSearchResponse> {
    const t0 = performance.now();
    const plan = this.plan(req);
    const vector = await this.queryVector(plan.query);
    const t1 = performance.now();
    const vecHits = vector ? await this.vectorHits(plan, vector) : undefined;
    const mode: Mode = !vecHits ? 'keyword' : plan.useHybrid ? 'hybrid' : 'vector';
    const bm25Hits =
      mode === 'vector'
        ? []
        : this.deps.bm25[plan.collection].search(plan.query, { limit: plan.depth, filter: plan.filters });
    const fused = this.fuse(plan, mode, bm25Hits, vecHits ?? []);
    const t2 = performance.now();
    const { results, kind } = await this.rerank(plan, fused);
    const t3 = performance.now();
    return {
      results: results.slice(0, plan.topK),
      searchMode: kind ? `${mode}+rerank:${kind}` : mode,
      timings: { embedMs: t1 - t0, retrieveMs: t2 - t1, rerankMs: t3 - t2, totalMs: t3 - t0 },
    };
  }

  private plan(req: HybridSearchRequest): Plan {
    const query = typeof req.query === 'string' ? req.query.trim() : '';
    if (!query) throw new PermanentError('query must be a non-empty string');
    if (query.length > MAX_QUERY_CHARS)
      throw new PermanentError(`query is longer than ${MAX_QUERY_CHARS} characters`, 'too_large');
    const collection = collectionSpec(req.collection).name;
    const topK = req.topK ?? this.opts.defaultTopK;
    if (!Number.isInteger(topK) || topK < 1 || topK > MAX_TOP_K)
      throw new PermanentError(`top_k must be an integer in [1, ${MAX_TOP_K}]`);
    const vectorWeight = req.vectorWeight ?? this.opts.defaultVectorWeight;
    if (!(vectorWeight >= 0 && vectorWeight <= 1))
      throw new PermanentError('vector_weight must be within [0, 1]');
    assertScoped(collection, req.filters, 'search');
    const rerank = req.rerank !== false && !!this.deps.reranker;
    const depth = Math.max(this.opts.candidates, topK, rerank ? this.opts.rerankTopK : 0);
    return {
      query,
      collection,
      topK,
      filters: req.filters,
      useHybrid: req.useHybrid ?? true,
      vectorWeight,
      rerank,
      depth,
    };
  }

  /** No vector (no embedder, or it failed) means keyword mode rather than a failed search. */
  private async queryVector(query: string): Promise<Float32Array | undefined> {
    const { embedder, vectorStore } = this.deps;
    if (!embedder || !vectorStore) return undefined;
    try {
      return await embedder.embedOne(query);
    } catch (e) {
      this.deps.logger?.warn({ err: (e as Error).message }, 'query embedding failed; keyword search only');
      return undefined;
    }
  }

  private async vectorHits(plan: Plan, vector: Float32Array): Promise<VectorHit[] | undefined> {
    try {
      return await this.deps.vectorStore!.search(plan.collection, vector, {
        limit: plan.depth,
        filter: plan.filters,
      });
    } catch (e) {
      if (isPermanent(e)) throw e;
      this.deps.logger?.warn({ err: (e as Error).message }, 'vector search failed; keyword search only');
      return undefined;
    }
  }

  private fuse(plan: Plan, mode: Mode, bm25: Bm25Hit[], vec: VectorHit[]): HybridSearchResult[] {
    const index = this.deps.bm25[plan.collection];
    const fromVector = (h: VectorHit, score: number): HybridSearchResult => {
      const doc = index.getDocument(h.id);
      // The payload's content is the result's content, not metadata (as in the seed's SearchResult).
      const { content: _content, ...rest } = payloadToMetadata(h.payload);
      const metadata = { ...doc?.metadata, ...rest };
      return { id: h.id, content: doc?.content ?? payloadContent(h.payload), score, metadata };
    };
    if (mode === 'keyword')
      return bm25.map((h) => ({ id: h.id, content: h.content, score: h.score, metadata: h.metadata }));
    if (mode === 'vector') return vec.map((h) => fromVector(h, h.score));
    const byVec = new Map(vec.map((h) => [h.id, h]));
    const byBm25 = new Map(bm25.map((h) => [h.id, h]));
    const fused = reciprocalRankFusion(
      [
        { ids: vec.map((h) => h.id), weight: plan.vectorWeight },
        { ids: bm25.map((h) => h.id), weight: 1 - plan.vectorWeight },
      ],
      this.opts.rrfK,
    );
    return fused.map(({ id, score }) => {
      const v = byVec.get(id);
      if (v) return fromVector(v, score);
      const b = byBm25.get(id)!;
      return { id, content: b.content, score, metadata: b.metadata };
    });
  }

  /** Reorders the first rerankTopK fused results; a failing reranker leaves the fused order. */
  private async rerank(
    plan: Plan,
    fused: HybridSearchResult[],
  ): Promise<{ results: HybridSearchResult[]; kind?: string }> {
    const reranker = this.deps.reranker;
    if (!plan.rerank || !reranker || fused.length === 0) return { results: fused };
    const head = fused.slice(0, this.opts.rerankTopK);
    try {
      const ranked = await reranker.rerank(
        plan.query,
        head.map((r) => ({ id: r.id, content: r.content, score: r.score })),
        head.length,
      );
      const byId = new Map(head.map((r) => [r.id, r]));
      const seen = new Set<string>();
      const out: HybridSearchResult[] = [];
      for (const r of ranked) {
        const base = byId.get(r.id);
        if (!base || seen.has(r.id)) continue;
        seen.add(r.id);
        out.push({ ...base, score: r.score });
      }
      for (const r of head) if (!seen.has(r.id)) out.push(r);
      return { results: [...out, ...fused.slice(head.length)], kind: reranker.kind };
    } catch (e) {
      this.deps.logger?.warn(
        { err: (e as Error).message, reranker: reranker.kind },
        'rerank failed; fused order kept',
      );
      return { results: fused };
    }
  }
}

export function payloadToMetadata(payload: Payload): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(payload)) {
    if (v === null || v === undefined) continue;
    out[k] = Array.isArray(v) ? v.join(',') : String(v);
  }
  return out;
}

function payloadContent(p: Payload): string {
  const c = p.content ?? p.title;
  return typeof c === 'string' ? c : '';
}
