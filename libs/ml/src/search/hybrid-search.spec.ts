import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { PermanentError, TransientError } from '@app/contracts';
import { UsearchVectorStore, type VectorPoint } from '@app/vector';
import type { RankedCandidate, RerankCandidate, Reranker } from '../rerank/reranker';
import type { TextEmbedder } from '../embedding/text-embedder';
import { createBm25Indexes, type Bm25Indexes } from './bm25-indexes';
import { HybridSearch } from './hybrid-search';
import { reciprocalRankFusion } from './rrf';
import { SeededEmbedder, blend, seededUnitVector } from './testing/seeded-embedder';

const QUERY = 'python developer';
const q = seededUnitVector(QUERY);
const noise = (id: string) => seededUnitVector(`noise-${id}`);

const jobs = [
  {
    id: 'j1',
    title: 'Senior Python Developer',
    skills: ['Django'],
    description: 'Build APIs.',
    source: 'dice',
    location_type: 'remote',
    company: 'Acme',
    t: 0.3,
  },
  {
    id: 'j2',
    title: 'Python Data Engineer',
    skills: ['Spark'],
    description: 'Pipelines.',
    source: 'indeed',
    location_type: 'onsite',
    company: 'Globex',
    t: 0.5,
  },
  {
    id: 'j3',
    title: 'Frontend Engineer',
    skills: ['React'],
    description: 'Some python scripting.',
    source: 'dice',
    location_type: 'hybrid',
    company: 'Initech',
    t: 1,
  },
  {
    id: 'j4',
    title: 'Machine Learning Engineer',
    skills: ['PyTorch'],
    description: 'Models in production.',
    source: 'linkedin',
    location_type: 'remote',
    company: 'Acme',
    t: 0.1,
  },
  {
    id: 'j5',
    title: 'Office Manager',
    skills: ['Scheduling'],
    description: 'Vendors.',
    source: 'dice',
    location_type: 'onsite',
    company: 'Umbrella',
    t: 1,
  },
  {
    id: 'j6',
    title: 'Backend Developer',
    skills: ['Go'],
    description: 'Services.',
    source: 'indeed',
    location_type: 'remote',
    company: 'Hooli',
    t: 1,
  },
];

class ReverseReranker implements Reranker {
  readonly kind = 'lexical' as const;
  seen: string[] = [];
  async rerank(_q: string, c: readonly RerankCandidate[]): Promise<RankedCandidate[]> {
    this.seen = c.map((x) => x.id);
    return [...c].reverse().map((x, i) => ({ id: x.id, content: x.content, score: 100 - i, rank: i + 1 }));
  }
}

class BrokenReranker implements Reranker {
  readonly kind = 'cross-encoder' as const;
  async rerank(): Promise<RankedCandidate[]> {
    throw new TransientError('model crashed');
  }
}

const brokenEmbedder: TextEmbedder = {
  dimensions: 384,
  modelId: 'broken',
  embed: () => Promise.reject(new TransientError('onnx down')),
  embedOne: () => Promise.reject(new TransientError('onnx down')),
};

void describe('reciprocalRankFusion', () => {
  void it('sums weighted 1/(k + rank) over lists', () => {
    const out = reciprocalRankFusion(
      [
        { ids: ['a', 'b'], weight: 0.7 },
        { ids: ['b', 'c'], weight: 0.3 },
      ],
      60,
    );
    assert.deepEqual(
      out.map((x) => x.id),
      ['b', 'a', 'c'],
    );
    assert.ok(Math.abs(out[0]!.score - (0.7 / 62 + 0.3 / 61)) < 1e-15);
    assert.ok(Math.abs(out[2]!.score - 0.3 / 62) < 1e-15);
  });
});

void describe('HybridSearch', () => {
  let bm25: Bm25Indexes;
  const store = new UsearchVectorStore();
  const embedder = new SeededEmbedder();

  before(async () => {
    bm25 = createBm25Indexes();
    const points: VectorPoint[] = [];
    for (const j of jobs) {
      const metadata = { source: j.source, location_type: j.location_type, company: j.company };
      bm25.job_embeddings.add({
        id: j.id,
        fields: { title: j.title, skills: j.skills, description: j.description },
        metadata,
      });
      points.push({
        id: j.id,
        vector: blend(q, noise(j.id), j.t),
        payload: { job_id: j.id, title: j.title, ...metadata },
      });
    }
    await store.upsert('job_embeddings', points);
    const chunks = ['u1', 'u1', 'u1', 'u2', 'u2', 'u2'].map((user, i) => ({
      id: `c${i}`,
      user,
      text: `Python developer chunk ${i}`,
    }));
    for (const c of chunks)
      bm25.resume_chunks.add({
        id: c.id,
        fields: { section: 'experience', content: c.text },
        metadata: { user_id: c.user },
      });
    await store.upsert(
      'resume_chunks',
      chunks.map((c) => ({ id: c.id, vector: noise(c.id), payload: { user_id: c.user, content: c.text } })),
    );
  });

  const svc = (extra: Partial<ConstructorParameters<typeof HybridSearch>[0]> = {}) =>
    new HybridSearch({ bm25, vectorStore: store, embedder, ...extra });

  void it('fuses both lists with RRF weighted by vector_weight (hybrid)', async () => {
    const res = await svc().search({ query: QUERY, collection: 'job_embeddings', topK: 6 });
    assert.equal(res.searchMode, 'hybrid');
    const bmIds = bm25.job_embeddings.search(QUERY, { limit: 50 }).map((h) => h.id);
    const vecIds = (await store.search('job_embeddings', q, { limit: 50 })).map((h) => h.id);
    assert.equal(bmIds[0], 'j1');
    assert.deepEqual(vecIds.slice(0, 3), ['j4', 'j1', 'j2']);
    assert.equal(res.results[0]!.id, 'j1');
    assert.ok(Math.abs(res.results[0]!.score - (0.5 / 61 + 0.5 / 62)) < 1e-12);
    assert.ok(
      res.results.some((r) => r.id === 'j4'),
      'a vector-only hit is kept',
    );
    assert.match(res.results.find((r) => r.id === 'j4')!.content, /Machine Learning Engineer/);
  });

  void it('vector_weight 1 follows the vector list, 0 the BM25 list', async () => {
    const v = await svc().search({ query: QUERY, collection: 'job_embeddings', vectorWeight: 1, topK: 3 });
    assert.deepEqual(
      v.results.map((r) => r.id),
      ['j4', 'j1', 'j2'],
    );
    const k = await svc().search({ query: QUERY, collection: 'job_embeddings', vectorWeight: 0, topK: 4 });
    assert.deepEqual(
      k.results.map((r) => r.id),
      bm25.job_embeddings.search(QUERY, { limit: 4 }).map((h) => h.id),
    );
  });

  void it('use_hybrid=false is vector search with cosine scores', async () => {
    const res = await svc().search({ query: QUERY, collection: 'job_embeddings', useHybrid: false, topK: 2 });
    assert.equal(res.searchMode, 'vector');
    assert.deepEqual(
      res.results.map((r) => r.id),
      ['j4', 'j1'],
    );
    assert.ok(res.results[0]!.score > 0.9 && res.results[0]!.score <= 1.0001);
    assert.equal(res.results[0]!.metadata.job_id, 'j4');
    assert.equal(res.results[0]!.metadata.source, 'linkedin');
  });

  void it('falls back to keyword mode without a usable vector', async () => {
    const none = await new HybridSearch({ bm25 }).search({
      query: QUERY,
      collection: 'job_embeddings',
      useHybrid: false,
    });
    assert.equal(none.searchMode, 'keyword');
    assert.equal(none.results[0]!.id, 'j1');
    const broken = await svc({ embedder: brokenEmbedder }).search({
      query: QUERY,
      collection: 'job_embeddings',
    });
    assert.equal(broken.searchMode, 'keyword');
    assert.deepEqual(
      broken.results.map((r) => r.id),
      none.results.map((r) => r.id),
    );
  });

  void it('applies payload filters to both retrievers', async () => {
    const dice = await svc().search({
      query: QUERY,
      collection: 'job_embeddings',
      filters: { source: 'dice' },
      topK: 10,
    });
    assert.deepEqual(dice.results.map((r) => r.id).sort(), ['j1', 'j3', 'j5']);
    const two = await svc().search({
      query: QUERY,
      collection: 'job_embeddings',
      filters: { location_type: 'remote', company: 'Acme' },
    });
    assert.deepEqual(
      two.results.map((r) => r.id),
      ['j1', 'j4'],
    );
  });

  void it('scopes resume chunks to the user and refuses unscoped queries', async () => {
    const res = await svc().search({
      query: QUERY,
      collection: 'resume_chunks',
      filters: { user_id: 'u2' },
      topK: 10,
    });
    assert.deepEqual(res.results.map((r) => r.id).sort(), ['c3', 'c4', 'c5']);
    for (const s of [svc(), new HybridSearch({ bm25 })]) {
      await assert.rejects(
        s.search({ query: QUERY, collection: 'resume_chunks' }),
        (e: unknown) => e instanceof PermanentError && e.kind === 'forbidden',
      );
    }
  });

  void it('reranks only the fused head and reports the reranker in search_mode', async () => {
    const reranker = new ReverseReranker();
    const plain = await svc().search({ query: QUERY, collection: 'job_embeddings', topK: 6 });
    const rr = await svc({ reranker, options: { rerankTopK: 3 } }).search({
      query: QUERY,
      collection: 'job_embeddings',
      topK: 6,
    });
    assert.equal(rr.searchMode, 'hybrid+rerank:lexical');
    const ids = plain.results.map((r) => r.id);
    assert.deepEqual(reranker.seen, ids.slice(0, 3));
    assert.deepEqual(
      rr.results.map((r) => r.id),
      [...ids.slice(0, 3).reverse(), ...ids.slice(3)],
    );
    const off = await svc({ reranker }).search({ query: QUERY, collection: 'job_embeddings', rerank: false });
    assert.equal(off.searchMode, 'hybrid');
    const broken = await svc({ reranker: new BrokenReranker() }).search({
      query: QUERY,
      collection: 'job_embeddings',
      topK: 6,
    });
    assert.equal(broken.searchMode, 'hybrid');
    assert.deepEqual(
      broken.results.map((r) => r.id),
      ids,
    );
  });

  void it('rejects bad requests', async () => {
    const s = svc();
    for (const bad of [
      { query: '  ', collection: 'job_embeddings' },
      { query: QUERY, collection: 'nope' },
      { query: QUERY, collection: 'job_embeddings', topK: 0 },
      { query: QUERY, collection: 'job_embeddings', vectorWeight: 1.5 },
    ]) {
      await assert.rejects(s.search(bad), PermanentError);
    }
  });
});
