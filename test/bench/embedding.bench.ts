/**
 * Embedding benchmark: our ONNX embedder vs @huggingface/transformers' feature-extraction
 * pipeline on the same ONNX file, in the same process. Prints texts/s and latency p50/p95 for
 * single texts and batches of 32 on short queries, resume bullets and job descriptions (cut at
 * 256 tokens), the throughput ratio, and process RSS.
 *
 *   npm run build && node dist/test/bench/embedding.bench.js
 * Env: BENCH_SCALE (default 1: iteration counts multiply), BENCH_THREADS (default: all cores).
 */
import { mkdtempSync, rmSync, symlinkSync, mkdirSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { checkModelFiles, createOnnxEmbedder } from '@app/ml';
import { benchTexts, type Workload } from './embedding-bench.texts';

type EmbedFn = (texts: string[]) => Promise<unknown>;
interface Row {
  engine: string;
  workload: string;
  mode: string;
  textsPerSec: number;
  p50: number;
  p95: number;
}

const SCALE = Number(process.env.BENCH_SCALE ?? '1');
const THREADS = Number(process.env.BENCH_THREADS ?? String(availableParallelism()));
const MODEL = 'all-MiniLM-L6-v2';
const modelsDir = resolve(process.cwd(), 'models');

const pct = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] as number;
};

async function measure(embed: EmbedFn, texts: string[], batch: number, iterations: number) {
  await embed(texts.slice(0, batch)); // warm-up: first run allocates arenas for this shape
  const lat: number[] = [];
  const start = performance.now();
  for (let i = 0; i < iterations; i++) {
    const chunk = Array.from({ length: batch }, (_, k) => texts[(i * batch + k) % texts.length] as string);
    const t0 = performance.now();
    await embed(chunk);
    lat.push(performance.now() - t0);
  }
  const total = (performance.now() - start) / 1000;
  return { textsPerSec: (iterations * batch) / total, p50: pct(lat, 50), p95: pct(lat, 95) };
}

const ITER: Record<Workload, { single: number; batch: number }> = {
  query: { single: 200, batch: 20 },
  bullet: { single: 100, batch: 10 },
  jd: { single: 20, batch: 3 },
};

async function runEngine(engine: string, embed: EmbedFn, rows: Row[]): Promise<void> {
  for (const workload of ['query', 'bullet', 'jd'] as Workload[]) {
    const texts = benchTexts(workload);
    for (const [mode, batch] of [['single', 1], ['batch32', 32]] as const) {
      const it = Math.max(1, Math.round(ITER[workload][mode === 'single' ? 'single' : 'batch'] * SCALE));
      rows.push({ engine, workload, mode, ...(await measure(embed, texts, batch, it)) });
      process.stdout.write('.');
    }
  }
}

/** transformers.js wants <root>/<id>/{config.json,tokenizer*.json,onnx/model.onnx}: link our files. */
function transformersLayout(): { root: string; id: string } {
  const root = mkdtempSync(join(tmpdir(), 'tfjs-models-'));
  const dir = join(root, MODEL);
  mkdirSync(join(dir, 'onnx'), { recursive: true });
  for (const f of ['config.json', 'tokenizer.json', 'tokenizer_config.json', 'special_tokens_map.json']) {
    symlinkSync(join(modelsDir, MODEL, f), join(dir, f));
  }
  symlinkSync(join(modelsDir, MODEL, 'model.onnx'), join(dir, 'onnx', 'model.onnx'));
  return { root, id: MODEL };
}

async function main(): Promise<void> {
  const check = await checkModelFiles({ modelsDir, models: [MODEL] });
  if (!check.ok) {
    process.stdout.write(`skipped: ${check.message ?? 'model files missing'}\n`);
    return;
  }
  const rows: Row[] = [];
  const ours = await createOnnxEmbedder({ modelsDir, threads: THREADS, maxBatch: 32 });
  await runEngine('ours', (t) => ours.embed(t), rows);
  const rssOurs = process.memoryUsage().rss;

  const layout = transformersLayout();
  const tf = await import('@huggingface/transformers');
  tf.env.allowRemoteModels = false;
  tf.env.localModelPath = layout.root;
  const extractor = await tf.pipeline('feature-extraction', layout.id, {
    dtype: 'fp32',
    session_options: { intraOpNumThreads: THREADS },
  });
  // Same truncation as ours (its tokenizer_config says 512), so both do the same work.
  (extractor.tokenizer as unknown as { model_max_length: number }).model_max_length = 256;
  await runEngine('transformers.js', (t) => extractor(t, { pooling: 'mean', normalize: true }), rows);
  const rssBoth = process.memoryUsage().rss;
  rmSync(layout.root, { recursive: true, force: true });
  report(rows, rssOurs, rssBoth);
  await ours.close();
}

function report(rows: Row[], rssOurs: number, rssBoth: number): void {
  const f = (n: number, d = 1): string => n.toFixed(d).padStart(8);
  const out = [`\nall-MiniLM-L6-v2 fp32, intra-op threads ${THREADS}, scale ${SCALE}`];
  out.push('workload  mode     | ours texts/s  p50 ms  p95 ms | tfjs texts/s  p50 ms  p95 ms | ratio');
  for (const r of rows.filter((x) => x.engine === 'ours')) {
    const t = rows.find((x) => x.engine !== 'ours' && x.workload === r.workload && x.mode === r.mode) as Row;
    out.push(
      `${r.workload.padEnd(9)} ${r.mode.padEnd(8)} | ${f(r.textsPerSec)}   ${f(r.p50, 2)} ${f(r.p95, 2)} |` +
        ` ${f(t.textsPerSec)}   ${f(t.p50, 2)} ${f(t.p95, 2)} | ${(r.textsPerSec / t.textsPerSec).toFixed(2)}x`,
    );
  }
  out.push(`RSS after ours: ${(rssOurs / 2 ** 20).toFixed(0)} MiB; after both engines: ${(rssBoth / 2 ** 20).toFixed(0)} MiB`);
  process.stdout.write(out.join('\n') + '\n');
}

main().catch((e: unknown) => {
  process.stderr.write(`${(e as Error).stack ?? String(e)}\n`);
  process.exit(1);
});
