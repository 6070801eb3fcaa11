import { createHash } from 'node:crypto';
import type { TextEmbedder } from '../../embedding/text-embedder';

/**
 * A weights-free TextEmbedder for tests: each distinct text maps to a fixed pseudo-random unit
 * vector (seeded by its SHA-256), so tests can place stored vectors exactly relative to a query.
 * It carries no meaning; it exists so fusion can be tested without the ONNX model.
 */
export class SeededEmbedder implements TextEmbedder {
  readonly modelId = 'seeded-test-embedder';
  calls = 0;

  constructor(readonly dimensions = 384) {}

  async embed(texts: readonly string[]): Promise<Float32Array[]> {
    this.calls += texts.length;
    return texts.map((t) => seededUnitVector(t, this.dimensions));
  }

  async embedOne(text: string): Promise<Float32Array> {
    return (await this.embed([text]))[0]!;
  }
}

export function seededUnitVector(text: string, dims = 384): Float32Array {
  let seed = createHash('sha256').update(text).digest().readUInt32BE(0);
  const v = new Float32Array(dims);
  let norm = 0;
  for (let i = 0; i < dims; i++) {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    v[i] = seed / 4294967296 - 0.5;
    norm += v[i]! * v[i]!;
  }
  const inv = 1 / Math.sqrt(norm);
  for (let i = 0; i < dims; i++) v[i] = v[i]! * inv;
  return v;
}

/** a·(1−t) + b·t, normalised: t=0 is a, t=1 is b; cosine to a falls as t grows. */
export function blend(a: Float32Array, b: Float32Array, t: number): Float32Array {
  const v = a.map((x, i) => x * (1 - t) + b[i]! * t);
  const n = Math.sqrt(v.reduce((s, x) => s + x * x, 0));
  return v.map((x) => x / n);
}
