import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { TokenBucketLimiter } from './rate-limiter';

describe('TokenBucketLimiter', () => {
  it('allows a burst, then refills at the per-minute rate', () => {
    const limiter = new TokenBucketLimiter(60, 3);
    const t0 = 1_000_000;
    assert.deepEqual(
      [0, 1, 2].map(() => limiter.take('a', t0)),
      [0, 0, 0],
    );
    assert.equal(limiter.take('a', t0), 1, 'fourth request waits one second');
    assert.equal(limiter.take('b', t0), 0, 'other clients have their own bucket');
    assert.equal(limiter.take('a', t0 + 1000), 0, 'one token back after a second');
    assert.equal(limiter.take('a', t0 + 1000), 1);
  });

  it('says how long to wait when the rate is slow', () => {
    const limiter = new TokenBucketLimiter(6, 1);
    assert.equal(limiter.take('k', 0), 0);
    assert.equal(limiter.take('k', 0), 10);
    assert.equal(limiter.take('k', 5000), 5);
  });
});
