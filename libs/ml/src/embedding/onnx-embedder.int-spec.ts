import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { checkModelFiles, FETCH_MODELS_COMMAND } from '../models';
import { createOnnxEmbedder, type OnnxEmbedder } from './onnx-embedder';

interface ReferenceItem {
  text: string;
  tokens: number;
  vector: number[];
}

const modelsDir = resolve(process.cwd(), 'models');
const fixture = resolve(process.cwd(), 'test/fixtures/ml/reference-vectors.json');
const reference = JSON.parse(readFileSync(fixture, 'utf8')) as {
  maxSeqLength: number;
  items: ReferenceItem[];
};

const dot = (a: Float32Array, b: readonly number[]): number =>
  a.reduce((s, x, i) => s + x * (b[i] as number), 0);

void describe('OnnxEmbedder (all-MiniLM-L6-v2 fp32) against sentence-transformers', async () => {
  const report = await checkModelFiles({ modelsDir, models: ['all-MiniLM-L6-v2'] });
  const skip = report.ok ? false : `model files absent: ${report.message ?? ''}`;
  let embedder: OnnxEmbedder;

  before(async () => {
    if (!skip) embedder = await createOnnxEmbedder({ modelsDir, maxBatch: 16, maxWaitMs: 1 });
  });
  after(async () => {
    if (!skip) await embedder.close();
  });

  void it('refuses to start without its files, naming the file and the fetch command', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'no-models-'));
    try {
      copyFileSync(join(modelsDir, 'manifest.json'), join(empty, 'manifest.json'));
      await assert.rejects(createOnnxEmbedder({ modelsDir: empty }), (e: Error) => {
        assert.match(e.message, /all-MiniLM-L6-v2\/model\.onnx \(missing\)/);
        assert.ok(e.message.includes(FETCH_MODELS_COMMAND));
        return true;
      });
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  void it('has a varied reference set: ≥50 texts, some past the token limit, some non-ASCII', () => {
    assert.ok(reference.items.length >= 50);
    assert.ok(reference.items.filter((i) => i.tokens > reference.maxSeqLength).length >= 4);
    assert.ok(reference.items.some((i) => [...i.text].some((ch) => (ch.codePointAt(0) ?? 0) > 127)));
  });

  void it('matches every reference vector with cosine ≥ 0.999 (batch call)', { skip }, async () => {
    const vectors = await embedder.embed(reference.items.map((i) => i.text));
    const cosines = vectors.map((v, k) => dot(v, (reference.items[k] as ReferenceItem).vector));
    const worst = cosines.reduce((m, c, k) => (c < (cosines[m] as number) ? k : m), 0);
    assert.ok(
      (cosines[worst] as number) >= 0.999,
      `text #${worst} cosine ${cosines[worst]}: ${reference.items[worst]?.text}`,
    );
  });

  void it('cuts at the same token count as the reference (256 incl. [CLS]/[SEP])', { skip }, () => {
    for (const item of reference.items) {
      assert.equal(embedder.countTokens(item.text), Math.min(item.tokens, reference.maxSeqLength), item.text);
    }
  });

  void it('gives the same vectors one at a time, concurrently, as in a padded batch', { skip }, async () => {
    const items = reference.items.slice(0, 40);
    const singles = await Promise.all(items.map((i) => embedder.embedOne(i.text)));
    singles.forEach((v, k) => assert.ok(dot(v, (items[k] as ReferenceItem).vector) >= 0.999, items[k]?.text));
  });

  void it('returns unit-length 384-d vectors and an empty list for no texts', { skip }, async () => {
    const [first] = await embedder.embed(['unit length check']);
    const v = first ?? new Float32Array();
    assert.equal(embedder.dimensions, 384);
    assert.equal(v.length, 384);
    assert.ok(Math.abs(dot(v, Array.from(v)) - 1) < 1e-5);
    assert.deepEqual(await embedder.embed([]), []);
  });

  void it('ranks a related text above an unrelated one', { skip }, async () => {
    const [q, related, unrelated] = await embedder.embed([
      'kubernetes devops engineer',
      'Site reliability engineer running Kubernetes clusters and CI/CD pipelines',
      'Pastry chef for a French bakery, croissants and cakes',
    ]);
    const cos = (a: Float32Array, b: Float32Array): number => dot(a, Array.from(b));
    assert.ok(
      cos(q as Float32Array, related as Float32Array) >
        cos(q as Float32Array, unrelated as Float32Array) + 0.2,
    );
  });
});
