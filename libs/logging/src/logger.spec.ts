import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { createLogger } from './logger';
import { logContext } from './log-context';

function capture(): { lines: Array<Record<string, unknown>>; stream: Writable } {
  const lines: Array<Record<string, unknown>> = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const l of chunk.toString().split('\n').filter(Boolean))
        lines.push(JSON.parse(l) as Record<string, unknown>);
      done();
    },
  });
  return { lines, stream };
}

describe('createLogger', () => {
  it('writes JSON with service and version, and redacts secrets at any depth', () => {
    const { lines, stream } = capture();
    const log = createLogger({ service: 'svc', version: '9.9.9', destination: stream });
    log.info(
      { password: 'hunter2', user: { token: 'rr_abc', name: 'ada' }, headers: { authorization: 'Bearer x' } },
      'signed in',
    );
    const line = lines[0]!;
    assert.equal(line.service, 'svc');
    assert.equal(line.version, '9.9.9');
    assert.equal(line.level, 'info');
    assert.equal(line.password, '[redacted]');
    assert.deepEqual(line.user, { token: '[redacted]', name: 'ada' });
    assert.deepEqual(line.headers, { authorization: '[redacted]' });
    assert.doesNotMatch(JSON.stringify(lines), /hunter2|rr_abc|Bearer x/);
  });

  it('puts the request and correlation ids of the current flow on every line', async () => {
    const { lines, stream } = capture();
    const log = createLogger({ service: 'svc', destination: stream });
    await logContext.run({ requestId: 'req-1', correlationId: 'corr-1' }, async () => {
      log.info('first');
      await new Promise((r) => setTimeout(r, 1));
      log.child({ component: 'x' }).warn('second, after an await');
    });
    log.info('outside');
    assert.deepEqual(
      lines.map((l) => [l.msg, l.requestId, l.correlationId]),
      [
        ['first', 'req-1', 'corr-1'],
        ['second, after an await', 'req-1', 'corr-1'],
        ['outside', undefined, undefined],
      ],
    );
  });
});
