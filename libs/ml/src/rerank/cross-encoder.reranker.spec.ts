import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { ModelTokenizer } from '../embedding';
import { createCrossEncoderReranker, type CrossEncoderReranker } from './cross-encoder.reranker';

// test/fixtures/ml/tiny-cross-encoder (made by test/ml/make_tiny_cross_encoder.py): a BERT-shaped
// ONNX graph whose logit is the sum of DOC weights over segment-1 tokens plus QUERY weights over
// segment-0 tokens, so the expected scores can be written down here.
const DOC: Record<string, number> = {
  kubernetes: 3,
  python: 2,
  engineer: 1,
  senior: 0.5,
  chef: -2,
  nurse: -1,
};
const QUERY: Record<string, number> = { remote: 0.25 };
const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));
const expected = (query: string, doc: string): number => {
  const sum = (text: string, w: Record<string, number>): number =>
    text
      .toLowerCase()
      .split(/\W+/)
      .reduce((s, t) => s + (w[t] ?? 0), 0);
  return sigmoid(sum(query, QUERY) + sum(doc, DOC));
};

const modelDir = resolve(process.cwd(), 'test/fixtures/ml/tiny-cross-encoder');
const query = 'senior engineer, remote';
const candidates = [
  { id: 'chef', content: 'Chef for a busy kitchen' },
  { id: 'python', content: 'Python developer' },
  { id: 'k8s', content: 'Kubernetes engineer with Go and Rust' },
  { id: 'nurse', content: 'Senior nurse' },
  { id: 'plain', content: 'a java role for the team' },
];

void describe('CrossEncoderReranker on the ONNX path', () => {
  let reranker: CrossEncoderReranker;
  before(async () => {
    reranker = await createCrossEncoderReranker({ modelDir, batchSize: 2, threads: 1 });
  });
  after(async () => reranker.close());

  void it('scores each (query, candidate) pair with the model and sorts by it', async () => {
    const out = await reranker.rerank(query, candidates);
    assert.equal(reranker.kind, 'cross-encoder');
    assert.deepEqual(
      out.map((x) => x.id),
      ['k8s', 'python', 'plain', 'nurse', 'chef'],
    );
    for (const r of out) {
      const c = candidates.find((x) => x.id === r.id);
      assert.ok(Math.abs(r.score - expected(query, c?.content ?? '')) < 1e-6, r.id);
    }
    assert.deepEqual(
      out.map((x) => x.rank),
      [1, 2, 3, 4, 5],
    );
  });

  void it('gives the same scores whatever the batch size (padding is masked)', async () => {
    const wide = await createCrossEncoderReranker({ modelDir, batchSize: 16, threads: 1 });
    try {
      const a = await reranker.rerank(query, candidates);
      const b = await wide.rerank(query, candidates);
      assert.deepEqual(
        b.map((x) => x.id),
        a.map((x) => x.id),
      );
      b.forEach((x, i) => assert.ok(Math.abs(x.score - (a[i]?.score ?? NaN)) < 1e-6));
    } finally {
      await wide.close();
    }
  });

  void it('keeps only topK', async () => {
    const out = await reranker.rerank(query, candidates, 2);
    assert.deepEqual(
      out.map((x) => x.id),
      ['k8s', 'python'],
    );
  });
});

void describe('ModelTokenizer.encodePair', () => {
  void it('builds [CLS] a [SEP] b [SEP] with segment ids and cuts the longer side first', async () => {
    const tok = await ModelTokenizer.fromDir(modelDir);
    const pair = tok.encodePair('senior engineer remote', 'kubernetes python java go rust chef nurse', 8);
    const full = tok.encodePair('senior engineer remote', 'kubernetes python', 64);
    assert.deepEqual(pair, full);
    assert.equal(pair.ids.length, 8);
    assert.deepEqual(pair.typeIds, [0, 0, 0, 0, 0, 1, 1, 1]);
    assert.equal(pair.ids[0], tok.clsId);
    assert.equal(pair.ids[4], tok.sepId);
    assert.equal(pair.ids[7], tok.sepId);
  });
});
