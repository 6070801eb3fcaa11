import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { MicroBatcher } from './micro-batcher';

void describe('MicroBatcher', () => {
  void it('coalesces concurrent submissions into batches of at most maxBatch, in order', async () => {
    const batches: number[][] = [];
    const b = new MicroBatcher<number, number>(
      async (xs) => {
        batches.push(xs);
        return xs.map((x) => x * 10);
      },
      { maxBatch: 4, maxWaitMs: 5 },
    );
    const out = await Promise.all([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((x) => b.submit(x)));
    assert.deepEqual(out, [10, 20, 30, 40, 50, 60, 70, 80, 90, 100]);
    assert.deepEqual(batches, [
      [1, 2, 3, 4],
      [5, 6, 7, 8],
      [9, 10],
    ]);
  });

  void it('runs a lone item after maxWaitMs, and never two runs at once', async () => {
    let active = 0;
    let maxActive = 0;
    const sizes: number[] = [];
    const b = new MicroBatcher<string, string>(
      async (xs) => {
        active++;
        maxActive = Math.max(maxActive, active);
        sizes.push(xs.length);
        await new Promise((r) => setTimeout(r, 10));
        active--;
        return xs.map((x) => x.toUpperCase());
      },
      { maxBatch: 8, maxWaitMs: 3 },
    );
    const first = b.submit('a');
    await new Promise((r) => setTimeout(r, 5)); // first batch is now running
    const rest = await Promise.all(['b', 'c', 'd'].map((x) => b.submit(x)));
    assert.equal(await first, 'A');
    assert.deepEqual(rest, ['B', 'C', 'D']);
    assert.equal(maxActive, 1);
    assert.deepEqual(sizes, [1, 3]);
  });

  void it('with maxWaitMs 0 batches what was submitted in the same turn, without a timer', async () => {
    const sizes: number[] = [];
    const b = new MicroBatcher<number, number>(
      (xs) => {
        sizes.push(xs.length);
        return Promise.resolve(xs);
      },
      { maxBatch: 32, maxWaitMs: 0 },
    );
    const first = await Promise.all([1, 2, 3].map((x) => b.submit(x)));
    const second = await b.submit(4);
    assert.deepEqual(first, [1, 2, 3]);
    assert.equal(second, 4);
    assert.deepEqual(sizes, [3, 1]);
  });

  void it('rejects every item of a failed batch and keeps serving later ones', async () => {
    let fail = true;
    const b = new MicroBatcher<number, number>(
      async (xs) => {
        if (fail) throw new Error('boom');
        return xs;
      },
      { maxBatch: 2, maxWaitMs: 1 },
    );
    const results = await Promise.allSettled([b.submit(1), b.submit(2)]);
    assert.deepEqual(
      results.map((r) => r.status),
      ['rejected', 'rejected'],
    );
    fail = false;
    assert.equal(await b.submit(3), 3);
  });

  void it('refuses a run that returns the wrong number of results', async () => {
    const b = new MicroBatcher<number, number>(async () => [1], { maxBatch: 2, maxWaitMs: 1 });
    await assert.rejects(Promise.all([b.submit(1), b.submit(2)]), /1 results for 2 items/);
  });
});
