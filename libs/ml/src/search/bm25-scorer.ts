import type { Bm25State } from './bm25-state';

export interface ScoringParams {
  weights: readonly number[];
  k1: number;
  b: number;
}

/**
 * Per-document factors w_f / (1 − b + b·len_f/avg_f), indexed [doc·fields + f]. They change
 * whenever a document is added or removed (the averages move), so they are recomputed lazily on
 * the first search after a change: one pass over the documents instead of work per posting.
 */
export class NormCache {
  private version = -1;
  private factors = new Float64Array(0);

  get(state: Bm25State, p: ScoringParams, version: number): Float64Array {
    if (version === this.version) return this.factors;
    const nF = p.weights.length;
    const n = state.docs.size;
    const avg = state.totals.map((t) => (t > 0 ? t / n : 1));
    const f = new Float64Array(state.next * nF);
    for (const [num, d] of state.docs) {
      for (let k = 0; k < nF; k++) f[num * nF + k] = p.weights[k]! / (1 - p.b + (p.b * d.lens[k]!) / avg[k]!);
    }
    this.factors = f;
    this.version = version;
    return f;
  }
}

/** BM25F: per-field tf times its factor, summed, then saturated once per term (k1). */
export function scoreTerms(
  state: Bm25State,
  terms: readonly string[],
  p: ScoringParams,
  factors: Float64Array,
): { scores: Float64Array; touched: number[] } {
  const nF = p.weights.length;
  const n = state.docs.size;
  const scores = new Float64Array(state.next);
  const touched: number[] = [];
  for (const term of terms) {
    const list = state.postings.get(term);
    if (!list) continue;
    const idf = Math.log(1 + (n - list.size + 0.5) / (list.size + 0.5));
    for (const [num, packed] of list) {
      let rest = packed;
      let tf = 0;
      const base = num * nF;
      for (let k = 0; k < nF; k++) {
        const r = rest % 1024;
        rest = (rest - r) / 1024;
        if (r !== 0) tf += r * factors[base + k]!;
      }
      if (scores[num] === 0) touched.push(num);
      scores[num]! += (idf * tf * (p.k1 + 1)) / (p.k1 + tf);
    }
  }
  return { scores, touched };
}

/** The best `limit` accepted documents, best first; a numeric pre-pass avoids sorting them all. */
export function selectTop(
  scores: Float64Array,
  touched: number[],
  limit: number,
  accept: ((num: number) => boolean) | undefined,
  tieBreak: (a: number, b: number) => number,
): number[] {
  let cand = accept ? touched.filter(accept) : touched;
  if (cand.length > limit * 4) {
    const vals = Float64Array.from(cand, (num) => scores[num]!).sort();
    const threshold = vals[vals.length - limit]!;
    cand = cand.filter((num) => scores[num]! >= threshold);
  }
  cand.sort((a, b) => scores[b]! - scores[a]! || tieBreak(a, b));
  return cand.slice(0, limit);
}
