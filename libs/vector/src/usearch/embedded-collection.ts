import { Index, MetricKind, ScalarKind } from 'usearch';
import { PermanentError } from '@app/contracts';
import { compileFilter, matchesFilter, hasConditions } from '../payload-filter';
import { pointKey } from '../point-ids';
import type { Payload, PayloadFilter, VectorHit, VectorPoint } from '../vector-store.port';

export interface HnswParams {
  connectivity: number;
  expansionAdd: number;
  expansionSearch: number;
  /** Filtered queries whose matching set is at most this size are answered by an exact scan. */
  exactScanMax: number;
}

export const DEFAULT_HNSW: HnswParams = {
  connectivity: 16,
  expansionAdd: 128,
  expansionSearch: 64,
  exactScanMax: 4096,
};

export interface StoredPoint {
  key: bigint;
  /** L2-normalised copy, so cosine = dot product in exact scans. */
  vector: Float32Array;
  payload: Payload;
}

export function normalise(v: ArrayLike<number>): Float32Array {
  const out = Float32Array.from(v);
  let n = 0;
  for (let i = 0; i < out.length; i++) n += out[i]! * out[i]!;
  const inv = 1 / Math.sqrt(n);
  for (let i = 0; i < out.length; i++) out[i] = out[i]! * inv;
  return out;
}

function dot(a: Float32Array, b: Float32Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}

/**
 * One collection held in memory: a usearch HNSW graph plus a side store of ids, payloads and
 * normalised vectors (usearch keys are uint64 and it keeps no payloads). Persistence lives in
 * embedded-files.ts; this class only mutates and queries.
 */
export class EmbeddedCollection {
  index: Index;
  readonly points = new Map<string, StoredPoint>();
  private readonly keyToId = new Map<bigint, string>();

  constructor(
    readonly name: string,
    readonly dimensions: number,
    private readonly params: HnswParams,
  ) {
    this.index = this.newIndex();
  }

  newIndex(): Index {
    return new Index({
      dimensions: this.dimensions,
      metric: MetricKind.Cos,
      quantization: ScalarKind.F32,
      connectivity: this.params.connectivity,
      expansion_add: this.params.expansionAdd,
      expansion_search: this.params.expansionSearch,
      multi: false,
    });
  }

  get size(): number {
    return this.points.size;
  }

  upsert(points: readonly VectorPoint[]): void {
    const keys: bigint[] = [];
    const flat = new Float32Array(points.length * this.dimensions);
    for (const p of points) {
      const key = pointKey(p.id);
      const owner = this.keyToId.get(key);
      if (owner !== undefined && owner !== p.id) {
        throw new PermanentError(`point key collision between "${owner}" and "${p.id}"`, 'conflict');
      }
      if (owner !== undefined) this.index.remove(key);
      const vector = normalise(p.vector);
      flat.set(vector, keys.length * this.dimensions);
      keys.push(key);
      this.points.set(p.id, { key, vector, payload: { ...p.payload } });
      this.keyToId.set(key, p.id);
    }
    if (keys.length > 0)
      this.index.add(BigUint64Array.from(keys), flat.subarray(0, keys.length * this.dimensions));
  }

  /** Restores points read from disk; the graph is either loaded separately or rebuilt by `reindex`. */
  restore(id: string, vector: Float32Array, payload: Payload): void {
    const key = pointKey(id);
    this.points.set(id, { key, vector, payload });
    this.keyToId.set(key, id);
  }

  reindex(): void {
    this.index = this.newIndex();
    if (this.points.size === 0) return;
    const keys = new BigUint64Array(this.points.size);
    const flat = new Float32Array(this.points.size * this.dimensions);
    let i = 0;
    for (const p of this.points.values()) {
      keys[i] = p.key;
      flat.set(p.vector, i * this.dimensions);
      i++;
    }
    this.index.add(keys, flat);
  }

  remove(ids: readonly string[], filter?: PayloadFilter): number {
    let removed = 0;
    for (const id of ids) {
      const p = this.points.get(id);
      if (!p || !matchesFilter(p.payload, filter)) continue;
      this.index.remove(p.key);
      this.points.delete(id);
      this.keyToId.delete(p.key);
      removed++;
    }
    return removed;
  }

  idsMatching(filter: PayloadFilter): string[] {
    const accept = compileFilter(filter);
    const out: string[] = [];
    for (const [id, p] of this.points) if (accept(p.payload)) out.push(id);
    return out;
  }

  clear(): void {
    this.points.clear();
    this.keyToId.clear();
    this.index = this.newIndex();
  }

  search(vector: ArrayLike<number>, limit: number, filter?: PayloadFilter): VectorHit[] {
    if (this.points.size === 0) return [];
    const q = normalise(vector);
    if (!hasConditions(filter)) return this.annSearch(q, Math.min(limit, this.points.size), limit);
    const accept = compileFilter(filter);
    const matching: [string, StoredPoint][] = [];
    for (const entry of this.points) if (accept(entry[1].payload)) matching.push(entry);
    if (matching.length === 0) return [];
    if (matching.length <= this.params.exactScanMax) return this.exactSearch(q, matching, limit);
    return this.filteredAnnSearch(q, limit, accept, matching);
  }

  private annSearch(
    q: Float32Array,
    k: number,
    limit: number,
    accept?: (p: Payload) => boolean,
  ): VectorHit[] {
    const m = this.index.search(q, k, 0);
    const hits: VectorHit[] = [];
    for (let i = 0; i < m.keys.length && hits.length < limit; i++) {
      const id = this.keyToId.get(m.keys[i]!);
      const p = id === undefined ? undefined : this.points.get(id);
      if (!p || (accept && !accept(p.payload))) continue;
      hits.push({ id: id!, score: 1 - m.distances[i]!, payload: { ...p.payload } });
    }
    return hits;
  }

  /** Over-fetch from the graph in proportion to the filter's selectivity; fall back to exact. */
  private filteredAnnSearch(
    q: Float32Array,
    limit: number,
    accept: (p: Payload) => boolean,
    matching: [string, StoredPoint][],
  ): VectorHit[] {
    const total = this.points.size;
    const want = Math.min(limit, matching.length);
    let k = Math.min(total, Math.ceil((limit * total * 2) / matching.length) + limit);
    for (;;) {
      const hits = this.annSearch(q, k, limit, accept);
      if (hits.length >= want) return hits;
      if (k >= total) break;
      k = Math.min(total, k * 4);
    }
    return this.exactSearch(q, matching, limit);
  }

  /** Brute force over the filtered points; a numeric threshold pass avoids sorting them all. */
  private exactSearch(q: Float32Array, points: [string, StoredPoint][], limit: number): VectorHit[] {
    const scores = new Float64Array(points.length);
    for (let i = 0; i < points.length; i++) scores[i] = dot(q, points[i]![1].vector);
    let order = Array.from(points.keys());
    if (points.length > limit * 4) {
      const threshold = Float64Array.from(scores).sort()[points.length - limit]!;
      order = order.filter((i) => scores[i]! >= threshold);
    }
    order.sort((a, b) => scores[b]! - scores[a]! || (points[a]![0] < points[b]![0] ? -1 : 1));
    return order
      .slice(0, limit)
      .map((i) => ({ id: points[i]![0], score: scores[i]!, payload: { ...points[i]![1].payload } }));
  }
}
