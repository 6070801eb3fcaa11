/** Embeds the bench jobs once and caches the vectors under .data/bench (git-ignored). */
import {
  appendFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  statSync,
  truncateSync,
} from 'node:fs';
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
  // Appends each batch to a .partial file, so an interrupted run resumes where it stopped.
  const partial = `${path}.partial`;
  mkdirSync(dir, { recursive: true });
  const done = existsSync(partial) ? Math.floor(statSync(partial).size / (dims * 4)) : 0;
  const out: Float32Array[] = [];
  if (done > 0) {
    const buf = readFileSync(partial).subarray(0, done * dims * 4);
    const flat = new Float32Array(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength));
    for (let i = 0; i < done; i++) out.push(flat.subarray(i * dims, (i + 1) * dims));
    truncateSync(partial, done * dims * 4);
  }
  log(
    `job vectors: embedding ${jobs.length - done} of ${jobs.length} job texts with ${embedder.modelId} (cached in ${dir})...`,
  );
  const t0 = performance.now();
  for (let i = done; i < jobs.length; i += 64) {
    const batch = await embedder.embed(jobs.slice(i, i + 64).map(jobText));
    const flat = new Float32Array(batch.length * dims);
    batch.forEach((v, k) => flat.set(v, k * dims));
    appendFileSync(partial, new Uint8Array(flat.buffer));
    out.push(...batch);
    if (Math.floor(i / 64) % 16 === 15)
      log(`  ${out.length}/${jobs.length} (${((performance.now() - t0) / 1000).toFixed(0)} s)`);
  }
  const secs = (performance.now() - t0) / 1000;
  log(
    `job vectors: embedded ${jobs.length - done} in ${secs.toFixed(1)} s (${((jobs.length - done) / secs).toFixed(1)} texts/s)`,
  );
  renameSync(partial, path);
  return out;
}
