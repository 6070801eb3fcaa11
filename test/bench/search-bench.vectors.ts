/** Embeds the bench jobs once and caches the vectors under .data/bench (git-ignored). */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { TextEmbedder } from '@app/ml';
import { GENERATOR_VERSION, jobText, type BenchJob } from './search-jobs.generator';

export function cachePath(dir: string, modelId: string, seed: number, n: number): string {
  const model = modelId.replace(/[^A-Za-z0-9._-]+/g, '_');
  return join(dir, `search-vectors-${model}-g${GENERATOR_VERSION}-s${seed}-n${n}.f32`);
}

export async function loadOrEmbedJobs(
  jobs: BenchJob[],
  embedder: TextEmbedder,
  seed: number,
  dir: string,
  log: (s: string) => void,
): Promise<Float32Array[]> {
  const dims = embedder.dimensions;
  const path = cachePath(dir, embedder.modelId, seed, jobs.length);
  if (existsSync(path)) {
    const buf = readFileSync(path);
    if (buf.byteLength === jobs.length * dims * 4) {
      const flat = new Float32Array(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength));
      log(`job vectors: loaded from cache ${path}`);
      return jobs.map((_, i) => flat.subarray(i * dims, (i + 1) * dims));
    }
  }
  log(`job vectors: embedding ${jobs.length} job texts with ${embedder.modelId} (cached afterwards)...`);
  const t0 = performance.now();
  const out: Float32Array[] = [];
  for (let i = 0; i < jobs.length; i += 64) {
    out.push(...(await embedder.embed(jobs.slice(i, i + 64).map(jobText))));
    if ((i / 64) % 16 === 15)
      log(`  ${out.length}/${jobs.length} (${((performance.now() - t0) / 1000).toFixed(0)} s)`);
  }
  const secs = (performance.now() - t0) / 1000;
  log(
    `job vectors: embedded ${jobs.length} in ${secs.toFixed(1)} s (${(jobs.length / secs).toFixed(1)} texts/s)`,
  );
  const flat = new Float32Array(jobs.length * dims);
  out.forEach((v, i) => flat.set(v, i * dims));
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${path}.tmp`, new Uint8Array(flat.buffer));
  renameSync(`${path}.tmp`, path);
  return out;
}
