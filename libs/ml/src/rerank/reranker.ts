export interface RerankCandidate {
  id: string;
  content: string;
  /** Score from the previous stage (fusion), kept for tie-breaks and explanations. */
  score?: number;
}

export interface RankedCandidate {
  id: string;
  content: string;
  score: number;
  /** 1-based rank after reranking. */
  rank: number;
}

/** Reorders the top candidates of a first-stage search. `kind` goes into search_mode. */
export interface Reranker {
  readonly kind: 'cross-encoder' | 'lexical';
  rerank(query: string, candidates: readonly RerankCandidate[], topK?: number): Promise<RankedCandidate[]>;
}
