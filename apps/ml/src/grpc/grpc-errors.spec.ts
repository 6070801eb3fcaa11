import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { status } from '@grpc/grpc-js';
import { PermanentError, TransientError } from '@app/contracts';
import { GrpcStatusError, mapError } from './grpc-errors';
import {
  optionalTopK,
  optionalVectorWeight,
  requireBatch,
  requireCollection,
  toFilters,
  DEFAULT_ML_LIMITS,
} from './ml-requests';

const code = (fn: () => unknown): status => {
  try {
    fn();
  } catch (e) {
    return mapError(e, 'Test').code;
  }
  assert.fail('expected a throw');
};

describe('mapError', () => {
  it('maps permanent kinds to their statuses and keeps the message', () => {
    const cases: Array<[PermanentError, status]> = [
      [new PermanentError('bad'), status.INVALID_ARGUMENT],
      [new PermanentError('scope', 'forbidden'), status.INVALID_ARGUMENT],
      [new PermanentError('gone', 'not_found'), status.NOT_FOUND],
      [new PermanentError('big', 'too_large'), status.RESOURCE_EXHAUSTED],
    ];
    for (const [e, want] of cases) {
      assert.deepEqual(mapError(e, 'X'), { code: want, message: e.message, internal: false });
    }
  });

  it('hides internal messages and stacks; transient failures are UNAVAILABLE', () => {
    const internal = mapError(new Error('secret path /etc/x at line 3'), 'Embed');
    assert.deepEqual(internal, { code: status.INTERNAL, message: 'Embed: internal error', internal: true });
    const transient = mapError(new TransientError('qdrant down'), 'Search');
    assert.equal(transient.code, status.UNAVAILABLE);
    assert.doesNotMatch(transient.message, /qdrant/);
    assert.equal(mapError(new GrpcStatusError(status.NOT_FOUND, 'nope'), 'X').code, status.NOT_FOUND);
  });
});

describe('request checks', () => {
  it('top_k and vector_weight: 0 is unset, out of range is refused', () => {
    assert.equal(optionalTopK(0, 100), undefined);
    assert.equal(optionalTopK(100, 100), 100);
    assert.equal(
      code(() => optionalTopK(101, 100)),
      status.INVALID_ARGUMENT,
    );
    assert.equal(
      code(() => optionalTopK(-1, 100)),
      status.INVALID_ARGUMENT,
    );
    assert.equal(optionalVectorWeight(0), undefined);
    assert.equal(optionalVectorWeight(1), 1);
    assert.equal(
      code(() => optionalVectorWeight(Number.NaN)),
      status.INVALID_ARGUMENT,
    );
    assert.equal(
      code(() => optionalVectorWeight(-0.1)),
      status.INVALID_ARGUMENT,
    );
  });

  it('batches: empty, too many texts, too many characters', () => {
    assert.deepEqual(requireBatch(['a', 'b'], DEFAULT_ML_LIMITS), ['a', 'b']);
    assert.equal(
      code(() => requireBatch([], DEFAULT_ML_LIMITS)),
      status.INVALID_ARGUMENT,
    );
    const limits = { ...DEFAULT_ML_LIMITS, maxBatchChars: 5 };
    assert.equal(
      code(() => requireBatch(['abc', 'def'], limits)),
      status.RESOURCE_EXHAUSTED,
    );
  });

  it('collections and filters', () => {
    assert.equal(requireCollection('resume_chunks'), 'resume_chunks');
    assert.equal(
      code(() => requireCollection('jobs')),
      status.NOT_FOUND,
    );
    assert.equal(
      code(() => requireCollection('')),
      status.INVALID_ARGUMENT,
    );
    assert.equal(toFilters({}), undefined);
    assert.deepEqual(toFilters({ user_id: 'u1' }), { user_id: 'u1' });
    assert.equal(
      code(() => toFilters({ user_id: '' })),
      status.INVALID_ARGUMENT,
    );
  });
});
