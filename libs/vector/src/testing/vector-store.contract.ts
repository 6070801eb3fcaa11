import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { PermanentError } from '@app/contracts';
import type { CollectionName, VectorPoint, VectorStore } from '../vector-store.port';

/** What the contract needs from an adapter: fresh stores, and optionally reopening the same storage. */
export interface VectorStoreHarness {
  /** A store on fresh, empty storage; ensureCollections() NOT yet called. */
  fresh(): Promise<VectorStore>;
  /** Closes `store` and opens the same storage again (ensureCollections not called). */
  reopen(store: VectorStore): Promise<VectorStore>;
  cleanup(): Promise<void>;
}

const DIMS = 384;

/** Deterministic PRNG so failures reproduce. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function randomVector(next: () => number): Float32Array {
  const v = new Float32Array(DIMS);
  for (let i = 0; i < DIMS; i++) v[i] = next() * 2 - 1;
  return v;
}

export function cosine(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let d = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    d += a[i]! * b[i]!;
    na += a[i]! * a[i]!;
    nb += b[i]! * b[i]!;
  }
  return d / Math.sqrt(na * nb);
}

function jobs(n: number, seed: number): VectorPoint[] {
  const next = rng(seed);
  const sources = ['linkedin', 'indeed', 'dice'];
  return Array.from({ length: n }, (_, i) => ({
    id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    vector: randomVector(next),
    payload: {
      job_id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      title: `Job ${i}`,
      company: `Co${i % 5}`,
      source: sources[i % 3]!,
      location_type: i % 2 ? 'remote' : 'onsite',
    },
  }));
}

export function chunks(n: number, users: (i: number) => string, seed: number): VectorPoint[] {
  const next = rng(seed);
  return Array.from({ length: n }, (_, i) => ({
    id: `chunk-${i}`,
    vector: randomVector(next),
    payload: {
      user_id: users(i),
      resume_id: `r-${users(i)}-${i % 2}`,
      chunk_id: `chunk-${i}`,
      section: 'experience',
      doc_type: 'resume',
      content: `text ${i}`,
    },
  }));
}

const rejectsForbidden = (p: Promise<unknown>) =>
  assert.rejects(p, (e: unknown) => e instanceof PermanentError && e.kind === 'forbidden');

async function* iterate(points: VectorPoint[]): AsyncIterable<VectorPoint> {
  for (const p of points) yield p;
}

/** The one behaviour suite every VectorStore adapter must pass. */
export function vectorStoreContract(
  name: string,
  harness: () => VectorStoreHarness | undefined,
  skipReason?: string,
): void {
  void describe(`VectorStore contract: ${name}`, { skip: skipReason }, () => {
    let h: VectorStoreHarness;
    let store: VectorStore;
    const J: CollectionName = 'job_embeddings';
    const R: CollectionName = 'resume_chunks';
    const data = jobs(60, 7);

    before(async () => {
      h = harness()!;
      store = await h.fresh();
      await store.ensureCollections();
      await store.upsert(J, data);
    });
    after(async () => {
      await store?.close();
      await h?.cleanup();
    });

    void it('orders hits by cosine similarity, the stored vector first', async () => {
      const q = data[17]!.vector as Float32Array;
      const hits = await store.search(J, q, { limit: 10 });
      const expected = [...data].sort((a, b) => cosine(q, b.vector) - cosine(q, a.vector)).slice(0, 10);
      assert.deepEqual(
        hits.map((x) => x.id),
        expected.map((x) => x.id),
      );
      assert.ok(Math.abs(hits[0]!.score - 1) < 1e-4);
      for (let i = 1; i < hits.length; i++) assert.ok(hits[i - 1]!.score >= hits[i]!.score);
      assert.ok(Math.abs(hits[3]!.score - cosine(q, expected[3]!.vector)) < 1e-4);
      assert.equal(hits[0]!.payload.title, 'Job 17');
    });

    void it('applies equality and any-of payload filters', async () => {
      const q = data[0]!.vector;
      const bySource = await store.search(J, q, { limit: 100, filter: { source: 'dice' } });
      assert.equal(bySource.length, 20);
      assert.ok(bySource.every((x) => x.payload.source === 'dice'));
      const both = await store.search(J, q, {
        limit: 100,
        filter: { source: 'dice', location_type: 'remote', company: ['Co1', 'Co3'] },
      });
      const want = data.filter(
        (p) =>
          p.payload.source === 'dice' &&
          p.payload.location_type === 'remote' &&
          ['Co1', 'Co3'].includes(p.payload.company as string),
      );
      assert.deepEqual(new Set(both.map((x) => x.id)), new Set(want.map((x) => x.id)));
      assert.equal(await store.count(J, { source: 'linkedin' }), 20);
      assert.deepEqual(await store.search(J, q, { limit: 5, filter: { source: 'nowhere' } }), []);
    });

    void it('refuses resume_chunks search and delete without a user_id filter', async () => {
      const q = data[0]!.vector;
      await rejectsForbidden(store.search(R, q, { limit: 5 }));
      await rejectsForbidden(store.search(R, q, { limit: 5, filter: { section: 'experience' } }));
      await rejectsForbidden(store.search(R, q, { limit: 5, filter: { user_id: ['a', 'b'] } }));
      await rejectsForbidden(store.delete(R, ['chunk-1']));
      await rejectsForbidden(store.deleteByFilter(R, { resume_id: 'r-u1-0' }));
    });

    void it('returns exactly the chunks of a user, even among many others', async () => {
      const pts = chunks(2000, (i) => (i % 667 === 5 ? 'needle' : `u${i % 40}`), 11);
      await store.upsert(R, pts);
      const mine = pts.filter((p) => p.payload.user_id === 'needle');
      assert.equal(mine.length, 3);
      const hits = await store.search(R, pts[0]!.vector, { limit: 10, filter: { user_id: 'needle' } });
      assert.deepEqual(new Set(hits.map((x) => x.id)), new Set(mine.map((x) => x.id)));
      assert.ok(hits.every((x) => x.payload.user_id === 'needle'));
      const top = await store.search(R, mine[1]!.vector, { limit: 1, filter: { user_id: 'needle' } });
      assert.equal(top[0]!.id, mine[1]!.id);
    });

    void it('deletes by id only within the user scope, and by filter', async () => {
      const [a, b] = [`chunk-5`, `chunk-672`]; // both belong to 'needle'
      await store.delete(R, [a], { user_id: 'intruder' });
      assert.equal(await store.count(R, { user_id: 'needle' }), 3);
      await store.delete(R, [a], { user_id: 'needle' });
      assert.equal(await store.count(R, { user_id: 'needle' }), 2);
      const n = await store.deleteByFilter(R, { user_id: 'needle', resume_id: `r-needle-0` });
      const left = await store.search(R, randomVector(rng(1)), { limit: 10, filter: { user_id: 'needle' } });
      assert.equal(n + left.length, 2);
      assert.ok(!left.some((x) => x.id === a));
      assert.ok(left.every((x) => x.payload.resume_id !== 'r-needle-0'));
      assert.ok(b);
      await store.delete(J, [data[59]!.id]);
      assert.equal(await store.count(J), 59);
    });

    void it('upserting the same id again replaces it (idempotent)', async () => {
      const p = data[3]!;
      const moved = { ...p, vector: data[40]!.vector, payload: { ...p.payload, title: 'Moved' } };
      await store.upsert(J, [moved]);
      await store.upsert(J, [moved]);
      assert.equal(await store.count(J), 59);
      const hits = await store.search(J, data[40]!.vector, { limit: 2 });
      assert.deepEqual(new Set(hits.map((x) => x.id)), new Set([p.id, data[40]!.id]));
      assert.equal(hits.find((x) => x.id === p.id)!.payload.title, 'Moved');
    });

    void it('rejects vectors of the wrong size or all zeros', async () => {
      await assert.rejects(store.upsert(J, [{ id: 'x', vector: [1, 2, 3], payload: {} }]), PermanentError);
      await assert.rejects(
        store.upsert(J, [{ id: 'x', vector: new Float32Array(DIMS), payload: {} }]),
        PermanentError,
      );
      await assert.rejects(store.search(J, [1, 0], { limit: 3 }), PermanentError);
    });

    void it('keeps its data across close and reopen', async () => {
      await store.flush();
      store = await h.reopen(store);
      const states = await store.ensureCollections();
      assert.equal(states.find((s) => s.collection === J)!.state, 'loaded');
      assert.equal(await store.count(J), 59);
      const hits = await store.search(J, data[17]!.vector, { limit: 1 });
      assert.equal(hits[0]!.id, data[17]!.id);
      assert.equal(await store.count(R, { user_id: 'u7' }), 50);
    });

    void it('rebuilds from the source when its storage is missing', async () => {
      const fresh = await h.fresh();
      try {
        const src = chunks(30, (i) => `u${i % 3}`, 5);
        const states = await fresh.ensureCollections({
          resume_chunks: () => iterate(src),
          job_embeddings: () => iterate(data.slice(0, 10)),
        });
        assert.deepEqual(states.map((s) => [s.collection, s.state, s.count]).sort(), [
          ['job_embeddings', 'rebuilt', 10],
          ['resume_chunks', 'rebuilt', 30],
        ]);
        const hits = await fresh.search(R, src[4]!.vector, { limit: 3, filter: { user_id: 'u1' } });
        assert.equal(hits[0]!.id, src[4]!.id);
        await fresh.clear(J);
        assert.equal(await fresh.count(J), 0);
      } finally {
        await fresh.close();
      }
    });
  });
}
