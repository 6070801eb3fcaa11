import type { TokenizedInput } from './model-tokenizer';

export interface PaddedBatch {
  batch: number;
  seqLen: number;
  inputIds: BigInt64Array;
  attentionMask: BigInt64Array;
  tokenTypeIds: BigInt64Array;
}

/** Pads to the longest input of THIS batch (not to a fixed length): short batches stay cheap. */
export function padBatch(inputs: readonly TokenizedInput[], padId: number): PaddedBatch {
  const batch = inputs.length;
  const seqLen = inputs.reduce((m, x) => Math.max(m, x.ids.length), 0);
  const inputIds = new BigInt64Array(batch * seqLen).fill(BigInt(padId));
  const attentionMask = new BigInt64Array(batch * seqLen);
  const tokenTypeIds = new BigInt64Array(batch * seqLen);
  inputs.forEach((input, row) => {
    const base = row * seqLen;
    for (let j = 0; j < input.ids.length; j++) {
      inputIds[base + j] = BigInt(input.ids[j] as number);
      attentionMask[base + j] = 1n;
      tokenTypeIds[base + j] = BigInt(input.typeIds[j] ?? 0);
    }
  });
  return { batch, seqLen, inputIds, attentionMask, tokenTypeIds };
}

/**
 * Mean of the token vectors where the attention mask is 1, then L2-normalised (what
 * sentence-transformers' Pooling(mean) + Normalize do). hidden is [batch, seqLen, dims] row-major.
 */
export function meanPoolNormalize(hidden: Float32Array, padded: PaddedBatch, dims: number): Float32Array[] {
  const out: Float32Array[] = [];
  for (let row = 0; row < padded.batch; row++) {
    const acc = new Float64Array(dims);
    let count = 0;
    for (let t = 0; t < padded.seqLen; t++) {
      if (padded.attentionMask[row * padded.seqLen + t] === 0n) continue;
      count++;
      const off = (row * padded.seqLen + t) * dims;
      for (let d = 0; d < dims; d++) acc[d] = (acc[d] as number) + (hidden[off + d] as number);
    }
    let norm = 0;
    for (let d = 0; d < dims; d++) {
      const v = (acc[d] as number) / Math.max(count, 1);
      acc[d] = v;
      norm += v * v;
    }
    const scale = 1 / Math.max(Math.sqrt(norm), 1e-12);
    const vec = new Float32Array(dims);
    for (let d = 0; d < dims; d++) vec[d] = (acc[d] as number) * scale;
    out.push(vec);
  }
  return out;
}
