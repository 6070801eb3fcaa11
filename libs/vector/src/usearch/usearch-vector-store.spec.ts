import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync, existsSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UsearchVectorStore } from './usearch-vector-store';
import { chunks, cosine, randomVector, rng, vectorStoreContract } from '../testing/vector-store.contract';
import type { VectorPoint } from '../vector-store.port';

const dirs: string[] = [];
const newDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'usearch-store-'));
  dirs.push(d);
  return d;
};
after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

vectorStoreContract('usearch (embedded)', () => {
  const byStore = new WeakMap<object, string>();
  return {
    async fresh() {
      const dir = newDir();
      const s = new UsearchVectorStore({ dataDir: dir, saveDebounceMs: 50 });
      byStore.set(s, dir);
      return s;
    },
    async reopen(store) {
      const dir = byStore.get(store)!;
      await store.close();
      const s = new UsearchVectorStore({ dataDir: dir });
      byStore.set(s, dir);
      return s;
    },
    async cleanup() {},
  };
});

async function* iterate(points: VectorPoint[]): AsyncIterable<VectorPoint> {
  for (const p of points) yield p;
}

void describe('UsearchVectorStore specifics', () => {
  const pts = chunks(10_000, (i) => (i % 3331 === 0 ? 'few' : `user-${i % 97}`), 21);
  const mine = pts.filter((p) => p.payload.user_id === 'few');

  for (const exactScanMax of [4096, 0]) {
    void it(`a user with ${mine.length} chunks among 10,000 gets exactly them (exactScanMax=${exactScanMax})`, async () => {
      const store = new UsearchVectorStore({ hnsw: { exactScanMax } });
      await store.upsert('resume_chunks', pts);
      const hits = await store.search('resume_chunks', randomVector(rng(99)), {
        limit: 10,
        filter: { user_id: 'few' },
      });
      assert.equal(mine.length, 4);
      assert.deepEqual(new Set(hits.map((h) => h.id)), new Set(mine.map((p) => p.id)));
      const q = randomVector(rng(5));
      const expected = pts
        .filter((p) => p.payload.user_id === 'user-3')
        .sort((a, b) => cosine(q, b.vector) - cosine(q, a.vector));
      const top = await store.search('resume_chunks', q, { limit: 5, filter: { user_id: 'user-3' } });
      assert.equal(top[0]!.id, expected[0]!.id);
      await store.close();
    });
  }

  void it('rebuilds the graph from saved vectors when the .hnsw file is gone', async () => {
    const dir = newDir();
    const a = new UsearchVectorStore({ dataDir: dir });
    await a.upsert('resume_chunks', pts.slice(0, 500));
    await a.close();
    unlinkSync(join(dir, 'resume_chunks.hnsw'));
    const b = new UsearchVectorStore({ dataDir: dir });
    const states = await b.ensureCollections();
    assert.equal(states.find((s) => s.collection === 'resume_chunks')!.state, 'loaded');
    const hits = await b.search('resume_chunks', pts[42]!.vector, {
      limit: 1,
      filter: { user_id: pts[42]!.payload.user_id as string },
    });
    assert.equal(hits[0]!.id, pts[42]!.id);
    await b.close();
  });

  void it('treats corrupt files as missing and rebuilds from the source', async () => {
    const dir = newDir();
    const a = new UsearchVectorStore({ dataDir: dir });
    await a.upsert('resume_chunks', pts.slice(0, 50));
    await a.close();
    writeFileSync(join(dir, 'resume_chunks.points.json'), '{not json');
    const b = new UsearchVectorStore({ dataDir: dir });
    const states = await b.ensureCollections({ resume_chunks: () => iterate(pts.slice(100, 120)) });
    assert.deepEqual(
      states.find((s) => s.collection === 'resume_chunks'),
      { collection: 'resume_chunks', state: 'rebuilt', count: 20 },
    );
    assert.equal(await b.count('resume_chunks', { user_id: pts[0]!.payload.user_id as string }), 0);
    await b.close();
  });

  void it('opens once under concurrent first use, and re-ensuring keeps in-memory data', async () => {
    const store = new UsearchVectorStore();
    const p = { id: 'p1', vector: randomVector(rng(8)), payload: { title: 'x' } };
    await Promise.all([store.upsert('job_embeddings', [p]), store.count('job_embeddings')]);
    assert.equal(await store.count('job_embeddings'), 1);
    const states = await store.ensureCollections({ job_embeddings: () => iterate([]) });
    assert.deepEqual(
      states.find((s) => s.collection === 'job_embeddings'),
      { collection: 'job_embeddings', state: 'loaded', count: 1 },
    );
    assert.equal(await store.rebuild('job_embeddings', () => iterate(pts.slice(0, 7))), 7);
    assert.equal(await store.count('job_embeddings'), 7);
  });

  void it('re-ensuring a persisted store saves pending writes first', async () => {
    const dir = newDir();
    const store = new UsearchVectorStore({ dataDir: dir, saveDebounceMs: 60_000 });
    await store.ensureCollections();
    await store.upsert('job_embeddings', [{ id: 'p1', vector: randomVector(rng(9)), payload: {} }]);
    await store.ensureCollections();
    assert.equal(await store.count('job_embeddings'), 1);
    await store.close();
  });

  void it('saves after writes without an explicit flush (debounced)', async () => {
    const dir = newDir();
    const a = new UsearchVectorStore({ dataDir: dir, saveDebounceMs: 20 });
    await a.upsert('job_embeddings', [{ id: 'j1', vector: randomVector(rng(3)), payload: { title: 't' } }]);
    assert.equal(existsSync(join(dir, 'job_embeddings.meta.json')), false);
    await new Promise((r) => setTimeout(r, 200));
    assert.equal(existsSync(join(dir, 'job_embeddings.meta.json')), true);
    const b = new UsearchVectorStore({ dataDir: dir });
    assert.equal(await b.count('job_embeddings'), 1);
    await a.close();
    await b.close();
  });
});
