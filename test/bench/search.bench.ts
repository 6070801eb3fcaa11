/**
 * Search benchmark over generated jobs (default 10,000): index build times (BM25, usearch HNSW,
 * snapshot save/load), then hybrid (+rerank) latency p50/p95 for single queries and with 4
 * queries in flight, next to vector-only and keyword-only runs. Prints which embedder and
 * reranker ran; never substitutes fake vectors.
 *
 *   npx tsc -p tsconfig.build.json --outDir dist-search && node node_modules/tsc-alias/dist/bin/index.js \
 *     -p tsconfig.build.json --outDir dist-search && node dist-search/test/bench/search.bench.js
 * Env: BENCH_JOBS (10000), BENCH_SEED (42), BENCH_QUERIES (200 per scenario), BENCH_THREADS
 * (ONNX threads, default all cores), BENCH_EMBEDDER=none (skip the model: keyword only),
 * BENCH_RERANKER=lexical|none (default: cross-encoder if installed, else lexical).
 * Job vectors are cached in .data/bench/ keyed by model, generator version, seed and count.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import * as ml from '@app/ml';
import {
  createBm25Indexes,
  HybridSearch,
  type HybridSearchRequest,
  type Reranker,
  type TextEmbedder,
} from '@app/ml';
import { UsearchVectorStore, type VectorPoint } from '@app/vector';
import { BENCH_QUERIES, generateJobs, type BenchJob } from './search-jobs.generator';
import { loadOrEmbedJobs } from './search-bench.vectors';

const N = Number(process.env.BENCH_JOBS ?? '10000');
const SEED = Number(process.env.BENCH_SEED ?? '42');
const QUERIES = Number(process.env.BENCH_QUERIES ?? '200');
const THREADS = Number(process.env.BENCH_THREADS ?? String(availableParallelism()));
const dataRoot = resolve(process.cwd(), '.data/bench');

const pct = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
};
const ms = (x: number) => `${x.toFixed(1)} ms`;
const log = (s: string) => process.stdout.write(`${s}\n`);

async function timed<T>(label: string, fn: () => Promise<T> | T): Promise<T> {
  const t0 = performance.now();
  const out = await fn();
  log(`  ${label.padEnd(44)} ${ms(performance.now() - t0)}`);
  return out;
}

async function loadEmbedder(): Promise<TextEmbedder | undefined> {
  if (process.env.BENCH_EMBEDDER === 'none') return undefined;
  try {
    return await ml.createOnnxEmbedder({ threads: THREADS });
  } catch (e) {
    log(`embedder: ONNX embedder unavailable (${(e as Error).message}); keyword mode only`);
    return undefined;
  }
}

/** The cross-encoder when its weights are installed, else the weights-free lexical reranker. */
async function loadReranker(): Promise<Reranker | undefined> {
  if (process.env.BENCH_RERANKER === 'none') return undefined;
  return ml.createReranker({ threads: THREADS, lexicalOnly: process.env.BENCH_RERANKER === 'lexical' });
}

function toPoint(j: BenchJob, vector: Float32Array): VectorPoint {
  return {
    id: j.id,
    vector,
    payload: {
      job_id: j.id,
      title: j.title,
      company: j.company,
      source: j.source,
      location_type: j.locationType,
      location: j.location,
    },
  };
}

/** Share of the exact top-10 (brute-force cosine) that the HNSW search returns, over the bench queries. */
async function recallAt10(
  store: UsearchVectorStore,
  embedder: TextEmbedder,
  vectors: Float32Array[],
  jobs: BenchJob[],
): Promise<number> {
  let found = 0;
  for (const q of BENCH_QUERIES) {
    const qv = await embedder.embedOne(q);
    const exact = vectors
      .map((v, i) => ({ id: jobs[i]!.id, s: v.reduce((acc, x, k) => acc + x * qv[k]!, 0) }))
      .sort((a, b) => b.s - a.s)
      .slice(0, 10)
      .map((x) => x.id);
    const ann = new Set((await store.search('job_embeddings', qv, { limit: 10 })).map((h) => h.id));
    found += exact.filter((id) => ann.has(id)).length;
  }
  return found / (BENCH_QUERIES.length * 10);
}

interface Scenario {
  label: string;
  req: Omit<HybridSearchRequest, 'query'>;
  concurrency: number;
}

async function runScenario(search: HybridSearch, s: Scenario): Promise<void> {
  const lat: number[] = [];
  const stage = { embed: 0, retrieve: 0, rerank: 0 };
  let mode = '';
  let next = 0;
  const t0 = performance.now();
  const worker = async () => {
    for (let i = next++; i < QUERIES; i = next++) {
      const res = await search.search({ ...s.req, query: BENCH_QUERIES[i % BENCH_QUERIES.length]! });
      lat.push(res.timings.totalMs);
      stage.embed += res.timings.embedMs;
      stage.retrieve += res.timings.retrieveMs;
      stage.rerank += res.timings.rerankMs;
      mode = res.searchMode;
    }
  };
  await Promise.all(Array.from({ length: s.concurrency }, worker));
  const wall = (performance.now() - t0) / 1000;
  const avg = (x: number) => (x / lat.length).toFixed(1);
  log(
    `  ${s.label.padEnd(34)} ${mode.padEnd(28)} c=${s.concurrency}  p50 ${ms(pct(lat, 50)).padStart(9)}  p95 ${ms(pct(lat, 95)).padStart(9)}` +
      `  ${(lat.length / wall).toFixed(1).padStart(6)} q/s  (embed ${avg(stage.embed)} / retrieve ${avg(stage.retrieve)} / rerank ${avg(stage.rerank)} ms avg)`,
  );
}

async function main(): Promise<void> {
  log(
    `search bench: ${N} jobs, seed ${SEED}, ${QUERIES} queries per scenario, ${availableParallelism()} cores, node ${process.version}`,
  );
  const jobs = await timed('generate jobs', () => generateJobs(N, SEED));
  const embedder = await loadEmbedder();
  const reranker = await loadReranker();
  log(`embedder: ${embedder ? `${embedder.modelId} (ONNX, ${THREADS} threads)` : 'none'}`);
  log(
    `reranker: ${reranker ? reranker.kind : 'none available in @app/ml: rerank scenarios run without one'}`,
  );
  const vectors = embedder ? await loadOrEmbedJobs(jobs, embedder, SEED, dataRoot, log) : undefined;

  log('index build:');
  const tmp = join(dataRoot, `tmp-${process.pid}`);
  mkdirSync(tmp, { recursive: true });
  const bm25 = createBm25Indexes({ dataDir: tmp });
  await timed(`BM25 add ${N} jobs`, () =>
    jobs.forEach((j) =>
      bm25.job_embeddings.add({
        id: j.id,
        fields: { title: j.title, skills: j.skills, company: j.company, description: j.description },
        metadata: {
          source: j.source,
          location_type: j.locationType,
          company: j.company,
          location: j.location,
        },
      }),
    ),
  );
  await timed('BM25 snapshot save', () => bm25.job_embeddings.save());
  await timed('BM25 snapshot load', () => createBm25Indexes({ dataDir: tmp }).job_embeddings.load());
  let store: UsearchVectorStore | undefined;
  if (vectors) {
    store = new UsearchVectorStore({ dataDir: join(tmp, 'vectors') });
    await store.ensureCollections();
    await timed(`usearch HNSW upsert ${N} vectors`, async () => {
      for (let i = 0; i < jobs.length; i += 1000)
        await store!.upsert(
          'job_embeddings',
          jobs.slice(i, i + 1000).map((j, k) => toPoint(j, vectors[i + k]!)),
        );
    });
    await timed('usearch save (flush)', () => store!.flush());
    await timed('usearch reopen (load files)', async () => {
      const again = new UsearchVectorStore({ dataDir: join(tmp, 'vectors') });
      await again.ensureCollections();
      await again.close();
    });
  }

  if (store && embedder && vectors)
    log(`  HNSW recall@10 vs exact scan: ${(await recallAt10(store, embedder, vectors, jobs)).toFixed(3)}`);
  const search = new HybridSearch({ bm25, vectorStore: store, embedder, reranker });
  const base = { collection: 'job_embeddings', topK: 10 };
  for (let i = 0; i < 10; i++) await search.search({ ...base, query: BENCH_QUERIES[i]! }); // warm-up
  log('queries (latency per query, end to end inside HybridSearch):');
  const scenarios: Scenario[] = [
    { label: 'hybrid + rerank', req: { ...base }, concurrency: 1 },
    { label: 'hybrid + rerank', req: { ...base }, concurrency: 4 },
    { label: 'hybrid, no rerank', req: { ...base, rerank: false }, concurrency: 1 },
    {
      label: 'hybrid + rerank, filter remote',
      req: { ...base, filters: { location_type: 'remote' } },
      concurrency: 1,
    },
    {
      label: 'hybrid + rerank, filter dice+onsite',
      req: { ...base, filters: { source: 'dice', location_type: 'onsite' } },
      concurrency: 1,
    },
    { label: 'vector only', req: { ...base, useHybrid: false, rerank: false }, concurrency: 1 },
  ];
  for (const s of scenarios) await runScenario(search, s);
  await runScenario(new HybridSearch({ bm25, reranker }), {
    label: 'keyword (BM25) + rerank',
    req: base,
    concurrency: 1,
  });
  await runScenario(new HybridSearch({ bm25 }), { label: 'keyword (BM25) only', req: base, concurrency: 1 });
  log(`process RSS: ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB`);
  await store?.close();
  rmSync(tmp, { recursive: true, force: true });
  process.exit(0);
}

main().catch((e: unknown) => {
  process.stderr.write(`${(e as Error).stack ?? String(e)}\n`);
  process.exit(1);
});
