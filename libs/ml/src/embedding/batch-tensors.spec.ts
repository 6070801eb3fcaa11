import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { meanPoolNormalize, padBatch } from './batch-tensors';

void describe('padBatch / meanPoolNormalize', () => {
  void it('pads to the longest input of the batch with the pad id and a zero mask', () => {
    const p = padBatch(
      [
        { ids: [101, 5, 102], typeIds: [0, 0, 0] },
        { ids: [101, 102], typeIds: [0, 0] },
      ],
      0,
    );
    assert.equal(p.seqLen, 3);
    assert.deepEqual(Array.from(p.inputIds), [101n, 5n, 102n, 101n, 102n, 0n]);
    assert.deepEqual(Array.from(p.attentionMask), [1n, 1n, 1n, 1n, 1n, 0n]);
  });

  void it('averages only unmasked tokens and returns unit vectors', () => {
    const p = padBatch(
      [
        { ids: [1, 2], typeIds: [0, 0] },
        { ids: [1], typeIds: [0] },
      ],
      0,
    );
    // [batch 2, seq 2, dims 2]; the padded token of row 2 holds junk that must be ignored.
    const hidden = new Float32Array([3, 0, 1, 4, 0, 2, 100, 100]);
    const [a, b] = meanPoolNormalize(hidden, p, 2);
    // row 1 mean = (2, 2) → (0.7071, 0.7071); row 2 mean = (0, 2) → (0, 1)
    assert.ok(Math.abs((a?.[0] ?? 0) - Math.SQRT1_2) < 1e-6 && Math.abs((a?.[1] ?? 0) - Math.SQRT1_2) < 1e-6);
    assert.deepEqual(Array.from(b ?? []), [0, 1]);
  });
});
