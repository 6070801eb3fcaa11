/**
 * Embedding benchmark: our ONNX embedder vs @huggingface/transformers' feature-extraction
 * pipeline on the same ONNX file, in the same process. Prints texts/s and latency p50/p95 for
 * single texts, batches of 32 and 32 concurrent single-text requests on short queries, resume bullets and job descriptions (cut at
 * 256 tokens), the throughput ratio, and process RSS.
 *
 *   npm run build && node dist/test/bench/embedding.bench.js
 * Env: BENCH_SCALE (default 1: iteration counts multiply), BENCH_THREADS (intra-op threads for
 * both engines, default: all cores), BENCH_ROUNDS (default 3), BENCH_TFJS_SPIN (unset: the
 * pipeline keeps ONNX Runtime's default thread spinning; "0": spinning off as in our embedder, to
 * compare the code paths alone).
 *
 * The two engines take turns in short rounds on every workload, so background load (this machine
 * is shared) falls on both alike; latencies pool all rounds.
 */
import { mkdtempSync, rmSync, symlinkSync, mkdirSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { checkModelFiles, createOnnxEmbedder } from '@app/ml';
import { benchTexts, type Workload } from './embedding-bench.texts';

type EmbedFn = (texts: string[]) => Promise<unknown>;
interface Cell {
  lat: number[];
  texts: number;
  seconds: number;
  /** Process CPU time (all threads) spent in the rounds: less disturbed by other load than wall time. */
  cpuMs: number;
}

const SCALE = Number(process.env.BENCH_SCALE ?? '1');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? '3');
const THREADS = Number(process.env.BENCH_THREADS ?? String(availableParallelism()));
const TFJS_SPIN = process.env.BENCH_TFJS_SPIN;
const MODEL = 'all-MiniLM-L6-v2';
const modelsDir = resolve(process.cwd(), 'models');
type Mode = 'single' | 'batch32' | 'concurrent32';
const MODES: Mode[] = ['single', 'batch32', 'concurrent32'];
const ITER: Record<Workload, Record<Mode, number>> = {
  query: { single: 60, batch32: 6, concurrent32: 6 },
  bullet: { single: 30, batch32: 3, concurrent32: 3 },
  jd: { single: 6, batch32: 1, concurrent32: 1 },
};

const pct = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] as number;
};

/** One call with `batch` texts, or (concurrent32) 32 one-text calls at once, as many users would. */
async function round(
  embed: EmbedFn,
  texts: string[],
  mode: Mode,
  iterations: number,
  cell: Cell,
  offset: number,
) {
  const batch = mode === 'single' ? 1 : 32;
  const start = performance.now();
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < iterations; i++) {
    const chunk = Array.from(
      { length: batch },
      (_, k) => texts[(offset + i * batch + k) % texts.length] as string,
    );
    const t0 = performance.now();
    if (mode === 'concurrent32') await Promise.all(chunk.map((t) => embed([t])));
    else await embed(chunk);
    cell.lat.push(performance.now() - t0);
  }
  const cpu = process.cpuUsage(cpu0);
  cell.cpuMs += (cpu.user + cpu.system) / 1000;
  cell.seconds += (performance.now() - start) / 1000;
  cell.texts += iterations * batch;
}

/** transformers.js wants <root>/<id>/{config.json,tokenizer*.json,onnx/model.onnx}: link our files. */
function transformersLayout(): string {
  const root = mkdtempSync(join(tmpdir(), 'tfjs-models-'));
  const dir = join(root, MODEL);
  mkdirSync(join(dir, 'onnx'), { recursive: true });
  for (const f of ['config.json', 'tokenizer.json', 'tokenizer_config.json', 'special_tokens_map.json']) {
    symlinkSync(join(modelsDir, MODEL, f), join(dir, f));
  }
  symlinkSync(join(modelsDir, MODEL, 'model.onnx'), join(dir, 'onnx', 'model.onnx'));
  return root;
}

async function loadTransformers(root: string): Promise<EmbedFn> {
  const tf = await import('@huggingface/transformers');
  tf.env.allowRemoteModels = false;
  tf.env.localModelPath = root;
  const extractor = await tf.pipeline('feature-extraction', MODEL, {
    dtype: 'fp32',
    session_options: {
      intraOpNumThreads: THREADS,
      ...(TFJS_SPIN !== undefined ? { extra: { session: { intra_op: { allow_spinning: TFJS_SPIN } } } } : {}),
    },
  });
  // Same truncation as ours (its tokenizer_config says 512), so both do the same work.
  (extractor.tokenizer as unknown as { model_max_length: number }).model_max_length = 256;
  return (t) => extractor(t, { pooling: 'mean', normalize: true });
}

async function main(): Promise<void> {
  const check = await checkModelFiles({ modelsDir, models: [MODEL] });
  if (!check.ok) {
    process.stdout.write(`skipped: ${check.message ?? 'model files missing'}\n`);
    return;
  }
  const ours = await createOnnxEmbedder({ modelsDir, threads: THREADS, maxBatch: 32 });
  const engines: [string, EmbedFn][] = [['ours', (t) => ours.embed(t)]];
  for (const w of ['query', 'bullet', 'jd'] as Workload[]) await ours.embed(benchTexts(w).slice(0, 32)); // warm-up
  const rssOurs = process.memoryUsage().rss;
  const root = transformersLayout();
  engines.push(['transformers.js', await loadTransformers(root)]);
  const cells = new Map<string, Cell>();
  for (const workload of ['query', 'bullet', 'jd'] as Workload[]) {
    const texts = benchTexts(workload);
    for (const mode of MODES) {
      const it = Math.max(1, Math.round(ITER[workload][mode] * SCALE));
      for (const [, embed] of engines) await embed(texts.slice(0, mode === 'single' ? 1 : 32)); // warm this shape
      for (let r = 0; r < ROUNDS; r++) {
        for (const [name, embed] of r % 2 === 0 ? engines : [...engines].reverse()) {
          const key = `${name}|${workload}|${mode}`;
          const cell = cells.get(key) ?? { lat: [], texts: 0, seconds: 0, cpuMs: 0 };
          cells.set(key, cell);
          await round(embed, texts, mode, it, cell, r * it * 32);
        }
      }
      process.stdout.write('.');
    }
  }
  const rssBoth = process.memoryUsage().rss;
  rmSync(root, { recursive: true, force: true });
  report(cells, rssOurs, rssBoth);
  await ours.close();
}

function report(cells: Map<string, Cell>, rssOurs: number, rssBoth: number): void {
  const f = (n: number, d = 1): string => n.toFixed(d).padStart(8);
  const spin = TFJS_SPIN === undefined ? 'ORT default' : TFJS_SPIN;
  const out = [
    `\nall-MiniLM-L6-v2 fp32, intra-op threads ${THREADS}, ${ROUNDS} rounds, scale ${SCALE}, tfjs spinning: ${spin}`,
  ];
  out.push('latency = one call (single, batch32) or the whole group of 32 concurrent calls (concurrent32)');
  out.push('cpu = process CPU ms per text, all threads (robust to other load); ratio = texts/s ours / tfjs');
  out.push(
    'workload  mode         | ours texts/s  p50 ms  p95 ms  cpu | tfjs texts/s  p50 ms  p95 ms  cpu | ratio  cpu ratio',
  );
  for (const workload of ['query', 'bullet', 'jd']) {
    for (const mode of MODES) {
      const o = cells.get(`ours|${workload}|${mode}`) as Cell;
      const t = cells.get(`transformers.js|${workload}|${mode}`) as Cell;
      const [ot, tt] = [o.texts / o.seconds, t.texts / t.seconds];
      const [oc, tc] = [o.cpuMs / o.texts, t.cpuMs / t.texts];
      out.push(
        `${workload.padEnd(9)} ${mode.padEnd(12)} | ${f(ot)}   ${f(pct(o.lat, 50), 2)} ${f(pct(o.lat, 95), 2)} ${f(oc)} |` +
          ` ${f(tt)}   ${f(pct(t.lat, 50), 2)} ${f(pct(t.lat, 95), 2)} ${f(tc)} | ${(ot / tt).toFixed(2)}x  ${(tc / oc).toFixed(2)}x`,
      );
    }
  }
  const mib = (n: number): string => (n / 2 ** 20).toFixed(0);
  out.push(`RSS with our embedder only: ${mib(rssOurs)} MiB; with both engines loaded: ${mib(rssBoth)} MiB`);
  process.stdout.write(out.join('\n') + '\n');
}

main().catch((e: unknown) => {
  process.stderr.write(`${(e as Error).stack ?? String(e)}\n`);
  process.exit(1);
});
