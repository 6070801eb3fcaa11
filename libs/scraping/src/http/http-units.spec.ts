import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { backoffDelay, parseRetryAfter } from './backoff';
import { parseDurationMs } from './duration';
import { ProxyPool } from './proxy-pool';
import { RateLimiter } from './rate-limiter';
import { SourceHealthRegistry } from './source-health';

void describe('backoff and Retry-After', () => {
  void it('doubles per attempt, caps, and jitters within [d/2, d]', () => {
    const opts = { baseDelayMs: 1000, maxDelayMs: 5000 };
    assert.equal(
      backoffDelay(1, opts, () => 0),
      500,
    );
    assert.equal(
      backoffDelay(1, opts, () => 1),
      1000,
    );
    assert.equal(
      backoffDelay(2, opts, () => 1),
      2000,
    );
    assert.equal(
      backoffDelay(3, opts, () => 0.5),
      3000,
    );
    assert.equal(
      backoffDelay(10, opts, () => 1),
      5000,
    );
  });

  void it('reads delta-seconds and HTTP dates', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    assert.equal(parseRetryAfter('7', now), 7000);
    assert.equal(parseRetryAfter('Thu, 01 Jan 2026 00:00:30 GMT', now), 30_000);
    assert.equal(parseRetryAfter('Wed, 31 Dec 2025 23:00:00 GMT', now), 0);
    assert.equal(parseRetryAfter('soon', now), null);
    assert.equal(parseRetryAfter(undefined, now), null);
  });

  void it('parses config durations', () => {
    assert.equal(parseDurationMs('5s'), 5000);
    assert.equal(parseDurationMs('250ms'), 250);
    assert.equal(parseDurationMs('2m'), 120_000);
    assert.equal(parseDurationMs(0), 0);
    assert.equal(parseDurationMs(undefined, 9), 9);
    assert.throws(() => parseDurationMs('fast'));
  });
});

void describe('RateLimiter', () => {
  void it('spaces concurrent acquires of one key and leaves other keys alone', async () => {
    // Waits are measured by the limiter from each caller's own start, so machine load can only
    // lengthen them: the assertions hold however late the timers fire.
    const limiter = new RateLimiter({ slow: 80 });
    const waits = (await Promise.all([1, 2, 3].map(() => limiter.acquire('slow')))).sort((a, b) => a - b);
    assert.ok(waits[0]! < 80, `first caller waited ${waits[0]}`);
    assert.ok(waits[1]! >= 79, `second caller waited ${waits[1]}`);
    assert.ok(waits[2]! >= 158, `third caller waited ${waits[2]}`);
    const waited = await limiter.acquire('other');
    assert.equal(waited, 0);
  });

  void it('raises but never lowers an interval; defer holds the key back', async () => {
    const limiter = new RateLimiter({ a: 100 });
    limiter.raiseInterval('a', 50);
    assert.equal(limiter.interval('a'), 100);
    limiter.raiseInterval('a', 300);
    assert.equal(limiter.interval('a'), 300);
    limiter.defer('b', 60);
    const waited = await limiter.acquire('b');
    assert.ok(waited >= 50, `waited ${waited}`);
  });
});

void describe('ProxyPool', () => {
  void it('rotates round robin, rests a proxy after N failures and brings it back after the cooldown', () => {
    let now = 0;
    const pool = new ProxyPool(
      ['http://p1:1', 'http://p2:2', 'http://p3:3'],
      { maxFailures: 2, cooldownMs: 1000 },
      () => now,
    );
    assert.deepEqual(
      [pool.next(), pool.next(), pool.next(), pool.next()],
      ['http://p1:1/', 'http://p2:2/', 'http://p3:3/', 'http://p1:1/'],
    );
    pool.reportFailure('http://p2:2/');
    pool.reportFailure('http://p2:2/');
    const seen = Array.from({ length: 6 }, () => pool.next());
    assert.ok(!seen.includes('http://p2:2/'), `rested proxy used: ${seen.join(',')}`);
    now = 1001;
    const later = Array.from({ length: 3 }, () => pool.next());
    assert.ok(later.includes('http://p2:2/'));
  });

  void it('a success resets the failure count; all resting falls back to the soonest', () => {
    let now = 0;
    const pool = new ProxyPool(['http://a:1', 'http://b:1'], { maxFailures: 2, cooldownMs: 500 }, () => now);
    pool.reportFailure('http://a:1/');
    pool.reportSuccess('http://a:1/');
    pool.reportFailure('http://a:1/');
    assert.equal(pool.snapshot()[0]!.restingUntil, null);
    pool.reportFailure('http://a:1/');
    now = 10;
    pool.reportFailure('http://b:1/');
    pool.reportFailure('http://b:1/');
    assert.equal(pool.next(), 'http://a:1/');
    assert.equal(new ProxyPool([]).next(), null);
    assert.throws(() => new ProxyPool(['socks5://x:1']));
  });
});

void describe('SourceHealthRegistry', () => {
  void it('keeps counters and last events per source', () => {
    const health = new SourceHealthRegistry(() => new Date('2026-01-01T00:00:00Z'));
    health.recordRequest('dice');
    health.recordSuccess('dice');
    health.recordJobs('dice', 12);
    health.recordRequest('indeed');
    health.recordBlock('indeed', 'HTTP 403 forbidden');
    health.recordError('lever', new Error('boom'));
    const [dice, indeed, lever] = health.snapshot();
    assert.deepEqual([dice!.source, dice!.requests, dice!.successes, dice!.jobsFound], ['dice', 1, 1, 12]);
    assert.equal(dice!.lastSuccessAt, '2026-01-01T00:00:00.000Z');
    assert.equal(indeed!.blocks, 1);
    assert.equal(indeed!.lastBlock!.reason, 'HTTP 403 forbidden');
    assert.equal(lever!.lastError!.message, 'boom');
    assert.equal(health.source('remoteok').requests, 0);
  });
});
