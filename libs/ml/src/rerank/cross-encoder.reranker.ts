import { join } from 'node:path';
import type * as ort from 'onnxruntime-node';
import { padBatch, ModelTokenizer, createOnnxSession, runBert } from '../embedding';
import type { RankedCandidate, RerankCandidate, Reranker } from './reranker';

export interface CrossEncoderOptions {
  /** Folder with model.onnx (inputs input_ids/attention_mask[/token_type_ids], output logits) and tokenizer.json. */
  modelDir: string;
  /** Tokens per (query, candidate) pair including [CLS]/[SEP]/[SEP]; ms-marco models use 512. */
  maxTokens?: number;
  threads?: number;
  /** Pairs per ONNX run. */
  batchSize?: number;
}

/**
 * A BERT cross-encoder (e.g. ms-marco-MiniLM-L-6-v2) on the same ONNX Runtime path as the
 * embedder: [CLS] query [SEP] candidate [SEP] → one relevance logit, squashed with a sigmoid.
 */
export class CrossEncoderReranker implements Reranker {
  readonly kind = 'cross-encoder' as const;

  constructor(
    private readonly session: ort.InferenceSession,
    private readonly tokenizer: ModelTokenizer,
    private readonly maxTokens: number,
    private readonly batchSize: number,
  ) {}

  async rerank(
    query: string,
    candidates: readonly RerankCandidate[],
    topK?: number,
  ): Promise<RankedCandidate[]> {
    const scores: number[] = [];
    for (let start = 0; start < candidates.length; start += this.batchSize) {
      const slice = candidates.slice(start, start + this.batchSize);
      const inputs = slice.map((c) => this.tokenizer.encodePair(query, c.content, this.maxTokens));
      const { data, dims } = await runBert(this.session, padBatch(inputs, this.tokenizer.padId));
      // [batch, 1] logits, or [batch, 2] for two-class heads (the last column is "relevant").
      const width = dims.length > 1 ? (dims[dims.length - 1] as number) : 1;
      for (let i = 0; i < slice.length; i++) scores.push(sigmoid(data[i * width + width - 1] as number));
    }
    const order = candidates.map((c, i) => ({ c, s: scores[i] as number, i }));
    order.sort((a, b) => b.s - a.s || a.i - b.i);
    return order
      .slice(0, topK ?? order.length)
      .map((x, r) => ({ id: x.c.id, content: x.c.content, score: x.s, rank: r + 1 }));
  }

  async close(): Promise<void> {
    await this.session.release();
  }
}

const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

export async function createCrossEncoderReranker(opts: CrossEncoderOptions): Promise<CrossEncoderReranker> {
  const [tokenizer, session] = await Promise.all([
    ModelTokenizer.fromDir(opts.modelDir),
    createOnnxSession(join(opts.modelDir, 'model.onnx'), { threads: opts.threads }),
  ]);
  return new CrossEncoderReranker(session, tokenizer, opts.maxTokens ?? 512, opts.batchSize ?? 16);
}
