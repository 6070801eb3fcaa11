import { availableParallelism } from 'node:os';
import * as ort from 'onnxruntime-node';
import type { PaddedBatch } from './batch-tensors';

export interface OnnxSessionOptions {
  /** Threads inside one operator (matrix products); default: all cores. */
  threads?: number;
  /**
   * Let idle intra-op threads spin for work (ONNX Runtime's default). Off by default here: on a
   * small machine shared with the API and scrapers, spinning threads burn the cores the others need.
   */
  spinning?: boolean;
}

/** One ONNX Runtime CPU session with the settings every model here uses. */
export async function createOnnxSession(
  modelPath: string,
  opts: OnnxSessionOptions = {},
): Promise<ort.InferenceSession> {
  return ort.InferenceSession.create(modelPath, {
    executionProviders: ['cpu'],
    intraOpNumThreads: Math.max(1, opts.threads ?? availableParallelism()),
    // Batches already run one at a time; parallel graph branches would only fight over cores.
    interOpNumThreads: 1,
    executionMode: 'sequential',
    graphOptimizationLevel: 'all',
    extra: { session: { intra_op: { allow_spinning: opts.spinning ? '1' : '0' } } },
  });
}

/**
 * Feeds a padded batch to a BERT-style graph and returns its first output's data and dims.
 * Note: onnxruntime-node 1.23 runs the session synchronously on the calling (main) thread, so a
 * run blocks the event loop for its duration; maxBatch bounds that (32 texts of 256 tokens take
 * about a second of CPU here). A server that must stay responsive can host the embedder in a
 * worker thread.
 */
export async function runBert(
  session: ort.InferenceSession,
  padded: PaddedBatch,
): Promise<{ data: Float32Array; dims: readonly number[] }> {
  const shape = [padded.batch, padded.seqLen];
  const feeds: Record<string, ort.Tensor> = {};
  const inputs: Record<string, BigInt64Array> = {
    input_ids: padded.inputIds,
    attention_mask: padded.attentionMask,
    token_type_ids: padded.tokenTypeIds,
  };
  for (const name of session.inputNames) {
    const data = inputs[name];
    if (!data) throw new Error(`model input "${name}" is not one a BERT encoder takes`);
    feeds[name] = new ort.Tensor('int64', data, shape);
  }
  const outputName = session.outputNames[0] as string;
  const result = await session.run(feeds, [outputName]);
  const out = result[outputName] as ort.Tensor;
  return { data: out.data as Float32Array, dims: out.dims };
}
