export interface RankedList {
  /** Ids best first. */
  ids: readonly string[];
  /** Multiplier on this list's RRF terms (the seed's vector_weight, or 1 − it for BM25). */
  weight: number;
}

export const DEFAULT_RRF_K = 60;

/**
 * Weighted reciprocal-rank fusion (Cormack et al. 2009): score(d) = Σ_lists w / (k + rank(d)),
 * rank 1-based. Only ranks matter, so BM25 and cosine scores need no common scale.
 * Returns ids best first; ties keep the order of first appearance (earlier lists first).
 */
export function reciprocalRankFusion(
  lists: readonly RankedList[],
  k: number = DEFAULT_RRF_K,
): { id: string; score: number }[] {
  const scores = new Map<string, number>();
  for (const list of lists) {
    list.ids.forEach((id, i) => scores.set(id, (scores.get(id) ?? 0) + list.weight / (k + i + 1)));
  }
  const order = [...scores.keys()];
  const firstSeen = new Map(order.map((id, i) => [id, i]));
  return order
    .map((id) => ({ id, score: scores.get(id)! }))
    .sort((a, b) => b.score - a.score || firstSeen.get(a.id)! - firstSeen.get(b.id)!);
}
