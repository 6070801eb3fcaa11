import { terms } from './lexical-text';
import type { RankedCandidate, RerankCandidate, Reranker } from './reranker';

/** Weights of the four signals; they sum to 1 so the score stays in [0, 1]. */
export const LEXICAL_WEIGHTS = { coverage: 0.5, phrase: 0.15, proximity: 0.15, prior: 0.2 } as const;

/**
 * Weights-free reranker, used when no cross-encoder is installed. For each candidate:
 *  - coverage:  IDF-weighted share of the distinct query terms found in the candidate (IDF over the
 *               candidate pool, so terms every candidate has count for little);
 *  - phrase:    share of adjacent query-term pairs that also appear adjacent, in order;
 *  - proximity: matched terms / length of the smallest window holding all of them (1 = together);
 *               0 when fewer than two query terms match (nothing to be near), and for a one-term
 *               query simply whether the term is there;
 *  - prior:     the first-stage (fusion) score, min-max scaled over the pool, so the reranker
 *               refines the first stage instead of discarding it.
 * score = 0.5 coverage + 0.15 phrase + 0.15 proximity + 0.2 prior; ties keep the input order.
 */
export class LexicalReranker implements Reranker {
  readonly kind = 'lexical' as const;

  rerank(query: string, candidates: readonly RerankCandidate[], topK?: number): Promise<RankedCandidate[]> {
    const q = [...new Set(terms(query))];
    const docs = candidates.map((c) => terms(c.content));
    const idf = inverseDocumentFrequency(q, docs);
    const priors = scaledPriors(candidates);
    const queryTerms = terms(query);
    const scored = candidates.map((c, i) => {
      const d = docs[i] as string[];
      const s =
        LEXICAL_WEIGHTS.coverage * coverage(q, d, idf) +
        LEXICAL_WEIGHTS.phrase * phraseMatch(queryTerms, d) +
        LEXICAL_WEIGHTS.proximity * proximity(q, d) +
        LEXICAL_WEIGHTS.prior * (priors[i] as number);
      return { c, s, i };
    });
    scored.sort((a, b) => b.s - a.s || a.i - b.i);
    const kept = scored.slice(0, topK ?? scored.length);
    return Promise.resolve(
      kept.map((x, r) => ({ id: x.c.id, content: x.c.content, score: x.s, rank: r + 1 })),
    );
  }
}

function inverseDocumentFrequency(q: string[], docs: string[][]): Map<string, number> {
  const sets = docs.map((d) => new Set(d));
  const n = docs.length;
  return new Map(
    q.map((t) => {
      const df = sets.filter((s) => s.has(t)).length;
      return [t, Math.log(1 + (n - df + 0.5) / (df + 0.5))];
    }),
  );
}

function coverage(q: string[], doc: string[], idf: Map<string, number>): number {
  if (q.length === 0) return 0;
  const present = new Set(doc);
  let hit = 0;
  let total = 0;
  for (const t of q) {
    const w = idf.get(t) ?? 0;
    total += w;
    if (present.has(t)) hit += w;
  }
  return total > 0 ? hit / total : 0;
}

function phraseMatch(queryTerms: string[], doc: string[]): number {
  if (queryTerms.length < 2) return 0;
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < doc.length; i++) pairs.add(`${doc[i]} ${doc[i + 1]}`);
  let hits = 0;
  for (let i = 0; i + 1 < queryTerms.length; i++)
    if (pairs.has(`${queryTerms[i]} ${queryTerms[i + 1]}`)) hits++;
  return hits / (queryTerms.length - 1);
}

/** Smallest window of the document holding every matched query term (two-pointer sweep). */
function proximity(q: string[], doc: string[]): number {
  const wanted = new Set(q.filter((t) => doc.includes(t)));
  if (q.length === 1) return wanted.size;
  if (wanted.size < 2) return 0;
  const counts = new Map<string, number>();
  let have = 0;
  let best = Infinity;
  for (let right = 0, left = 0; right < doc.length; right++) {
    const t = doc[right] as string;
    if (!wanted.has(t)) continue;
    counts.set(t, (counts.get(t) ?? 0) + 1);
    if (counts.get(t) === 1) have++;
    while (have === wanted.size) {
      best = Math.min(best, right - left + 1);
      const l = doc[left] as string;
      if (wanted.has(l)) {
        counts.set(l, (counts.get(l) as number) - 1);
        if (counts.get(l) === 0) have--;
      }
      left++;
    }
  }
  return wanted.size / best;
}

function scaledPriors(candidates: readonly RerankCandidate[]): number[] {
  const scores = candidates.map((c) => c.score);
  const known = scores.filter((s): s is number => typeof s === 'number' && Number.isFinite(s));
  if (known.length === 0) return candidates.map(() => 0);
  const lo = Math.min(...known);
  const hi = Math.max(...known);
  return scores.map((s) =>
    typeof s !== 'number' || !Number.isFinite(s) ? 0 : hi > lo ? (s - lo) / (hi - lo) : 1,
  );
}
