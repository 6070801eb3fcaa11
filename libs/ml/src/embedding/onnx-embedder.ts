import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type * as ort from 'onnxruntime-node';
import { PermanentError } from '@app/contracts';
import { defaultModelsDir, verifyModelFiles } from '../models';
import { meanPoolNormalize, padBatch } from './batch-tensors';
import { MicroBatcher } from './micro-batcher';
import { ModelTokenizer, type TokenizedInput } from './model-tokenizer';
import { createOnnxSession, runBert } from './onnx-session';
import type { TextEmbedder } from './text-embedder';

export interface OnnxEmbedderOptions {
  /** Folder holding manifest.json and one folder per model; default `<cwd>/models`. */
  modelsDir?: string;
  /** Folder name under modelsDir (and key in the manifest). */
  model?: string;
  /** Tokens per text including [CLS]/[SEP]; longer texts are cut (sentence-transformers: 256). */
  maxTokens?: number;
  threads?: number;
  /** See OnnxSessionOptions.spinning. */
  spinning?: boolean;
  maxBatch?: number;
  /**
   * How long a lone request waits for others to share its batch. Default 0: batch what arrived in
   * the same event-loop turn; since an ONNX run blocks the loop, requests that came in during a run
   * are all read in the next turn and form the next batch without any added wait.
   */
  maxWaitMs?: number;
  /** Check the files against the manifest first (default true). */
  verifyFiles?: boolean;
}

export const DEFAULT_EMBEDDING_MODEL = 'all-MiniLM-L6-v2';

/** Sentence embeddings: BERT encoder on ONNX Runtime, mean pooling over real tokens, L2 norm. */
export class OnnxEmbedder implements TextEmbedder {
  private readonly batcher: MicroBatcher<TokenizedInput, Float32Array>;

  constructor(
    private readonly session: ort.InferenceSession,
    private readonly tokenizer: ModelTokenizer,
    readonly modelId: string,
    readonly dimensions: number,
    readonly maxTokens: number,
    batching: { maxBatch: number; maxWaitMs: number },
  ) {
    this.batcher = new MicroBatcher((items) => this.runBatch(items), batching);
  }

  async embed(texts: readonly string[]): Promise<Float32Array[]> {
    for (const t of texts) {
      if (typeof t !== 'string') throw new PermanentError('every text to embed must be a string');
    }
    const inputs = texts.map((t) => this.tokenizer.encode(t, this.maxTokens));
    // Queue long with long and short with short so each batch pads little; answer in caller order.
    const order = inputs
      .map((_, i) => i)
      .sort((a, b) => (inputs[a]?.ids.length ?? 0) - (inputs[b]?.ids.length ?? 0));
    const sorted = await this.batcher.submitAll(order.map((i) => inputs[i] as TokenizedInput));
    const out = new Array<Float32Array>(texts.length);
    order.forEach((original, k) => (out[original] = sorted[k] as Float32Array));
    return out;
  }

  async embedOne(text: string): Promise<Float32Array> {
    const [vec] = await this.embed([text]);
    return vec as Float32Array;
  }

  /** Token count after truncation, [CLS]/[SEP] included. */
  countTokens(text: string): number {
    return this.tokenizer.encode(text, this.maxTokens).ids.length;
  }

  async close(): Promise<void> {
    await this.session.release();
  }

  private async runBatch(items: TokenizedInput[]): Promise<Float32Array[]> {
    const padded = padBatch(items, this.tokenizer.padId);
    const { data, dims } = await runBert(this.session, padded);
    const hidden = dims[2];
    if (hidden !== this.dimensions)
      throw new Error(`model returned ${String(hidden)}-d vectors, expected ${this.dimensions}`);
    return meanPoolNormalize(data, padded, this.dimensions);
  }
}

/** Verifies the files, loads tokenizer and ONNX session; throws naming the fetch command if files are bad. */
export async function createOnnxEmbedder(opts: OnnxEmbedderOptions = {}): Promise<OnnxEmbedder> {
  const modelsDir = opts.modelsDir ?? defaultModelsDir();
  const model = opts.model ?? DEFAULT_EMBEDDING_MODEL;
  const dir = join(modelsDir, model);
  let modelId = model;
  if (opts.verifyFiles !== false) modelId = (await verifyModelFiles(model, modelsDir)).modelId;
  const config = JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8')) as { hidden_size?: number };
  const maxTokens = opts.maxTokens ?? 256;
  if (maxTokens < 3 || maxTokens > 512) throw new RangeError('maxTokens must be within 3..512');
  const [tokenizer, session] = await Promise.all([
    ModelTokenizer.fromDir(dir),
    createOnnxSession(join(dir, 'model.onnx'), { threads: opts.threads, spinning: opts.spinning }),
  ]);
  return new OnnxEmbedder(session, tokenizer, modelId, config.hidden_size ?? 384, maxTokens, {
    maxBatch: opts.maxBatch ?? 32,
    maxWaitMs: opts.maxWaitMs ?? 0,
  });
}
