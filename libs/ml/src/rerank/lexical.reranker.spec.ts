import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LexicalReranker } from './lexical.reranker';
import { terms } from './lexical-text';
import { createReranker } from './reranker.factory';

const ids = (xs: { id: string }[]): string[] => xs.map((x) => x.id);

void describe('LexicalReranker', () => {
  const r = new LexicalReranker();

  void it('lifts the candidate that covers the query terms over higher first-stage scores', async () => {
    const out = await r.rerank('senior kubernetes engineer', [
      {
        id: 'only-engineer',
        content: 'Software engineer for our billing team, Java and Spring.',
        score: 0.9,
      },
      {
        id: 'scattered',
        content: 'Kubernetes experience helps. We need an engineer who also writes docs.',
        score: 0.6,
      },
      { id: 'exact', content: 'Senior Kubernetes Engineer to run our clusters on GKE.', score: 0.5 },
    ]);
    assert.deepEqual(ids(out), ['exact', 'scattered', 'only-engineer']);
    assert.deepEqual(
      out.map((x) => x.rank),
      [1, 2, 3],
    );
    assert.ok(out.every((x) => x.score >= 0 && x.score <= 1));
  });

  void it('prefers the query words as a phrase over the same words apart', async () => {
    const out = await r.rerank('machine learning', [
      { id: 'apart', content: 'learning to operate a packaging machine safely', score: 0.5 },
      { id: 'phrase', content: 'machine learning platform team', score: 0.5 },
    ]);
    assert.deepEqual(ids(out), ['phrase', 'apart']);
  });

  void it('weights rare query terms above terms every candidate has (IDF over the pool)', async () => {
    const out = await r.rerank('python developer', [
      { id: 'common-only', content: 'developer developer developer wanted', score: 0.5 },
      { id: 'rare', content: 'python scripting for analysts', score: 0.5 },
      { id: 'filler', content: 'developer for our frontend', score: 0.5 },
    ]);
    assert.equal(out[0]?.id, 'rare');
  });

  void it('falls back to the first-stage order when the query has no usable terms, and honours topK', async () => {
    const out = await r.rerank(
      'the and of',
      [
        { id: 'b', content: 'anything', score: 0.2 },
        { id: 'a', content: 'something', score: 0.8 },
        { id: 'c', content: 'nothing', score: 0.1 },
      ],
      2,
    );
    assert.deepEqual(ids(out), ['a', 'b']);
  });

  void it('matches word forms through stemming and keeps tech tokens whole', () => {
    assert.deepEqual(terms('Engineers engineering engineered'), ['engineer', 'engineer', 'engineer']);
    assert.deepEqual(terms('C++, C# and Node.js.'), ['c++', 'c#', 'node.js']);
  });

  void it('returns an empty list for no candidates', async () => {
    assert.deepEqual(await r.rerank('anything', []), []);
  });
});

void describe('createReranker', () => {
  void it('picks the lexical reranker when the manifest lists no cross-encoder', async () => {
    const rr = await createReranker({ modelsDir: join(process.cwd(), 'models') });
    assert.equal(rr.kind, 'lexical');
  });

  void it('falls back to lexical when a listed cross-encoder has missing files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rerank-factory-'));
    try {
      const files = [{ path: 'model.onnx', sha256: '0'.repeat(64), size: 1 }];
      const models = {
        'ms-marco-MiniLM-L-6-v2': { modelId: 'x', role: 'cross-encoder', weights: 't', source: {}, files },
      };
      writeFileSync(
        join(dir, 'manifest.json'),
        JSON.stringify({ schemaVersion: 1, fetchCommand: 'x', models }),
      );
      assert.equal((await createReranker({ modelsDir: dir })).kind, 'lexical');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
