import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { ConfigError, loadConfig } from './load-config';
import { parseDuration } from './duration';

const defaultFile = resolve(process.cwd(), 'deploy/config/config.yaml');

describe('loadConfig', () => {
  it('loads the shipped config with ${VAR:-default} fallbacks and typed values', () => {
    const config = loadConfig({ file: defaultFile, env: {} });
    assert.equal(config.server.port, 8080);
    assert.equal(config.server.read_timeout, 30_000);
    assert.equal(config.database.postgres.port, 55432);
    assert.equal(config.nats.retention, 7 * 86_400_000);
    assert.equal(config.scraper.rate_limit.indeed, 5000);
    assert.equal(config.rate_limit.enabled, true);
    assert.equal(config.llm.groq.api_key, undefined);
  });

  it('interpolates ${VAR} from the environment', () => {
    const config = loadConfig({ file: defaultFile, env: { SERVER_PORT: '9191', GROQ_API_KEY: 'gsk_x' } });
    assert.equal(config.server.port, 9191);
    assert.equal(config.llm.groq.api_key, 'gsk_x');
  });

  it('applies RR_<SECTION>__<KEY> environment overrides over the file', () => {
    const config = loadConfig({
      file: defaultFile,
      env: { RR_RATE_LIMIT__BURST: '42', RR_CORS__ALLOWED_ORIGINS: '["https://a.example"]' },
    });
    assert.equal(config.rate_limit.burst, 42);
    assert.deepEqual(config.cors.allowed_origins, ['https://a.example']);
  });

  it('names every bad key at once', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cfg-'));
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, '');
    const err = catchConfigError(() =>
      loadConfig({
        file: defaultFile,
        env: { SERVER_PORT: 'eighty', RR_RATE_LIMIT__BURST: '-1', RR_SERVER__READ_TIMEOUT: 'soon' },
        overrides: { database: { postgres: { password: '' } }, bogus: 1 },
      }),
    );
    const text = err.problems.join('\n');
    for (const key of [
      'server.port',
      'server.read_timeout',
      'rate_limit.burst',
      'database.postgres.password',
      'bogus',
    ]) {
      assert.match(text, new RegExp(key.replace('.', '\\.')), `missing ${key} in:\n${text}`);
    }
    assert.equal(catchConfigError(() => loadConfig({ file: bad, env: {} })).problems.length > 3, true);
  });

  it('says which file is missing', () => {
    const err = catchConfigError(() => loadConfig({ file: '/nonexistent/config.yaml', env: {} }));
    assert.match(err.message, /nonexistent\/config\.yaml/);
  });
});

describe('parseDuration', () => {
  it('parses units and compounds, rejects junk', () => {
    assert.equal(parseDuration('250ms'), 250);
    assert.equal(parseDuration('1h30m'), 5_400_000);
    assert.equal(parseDuration('7d'), 604_800_000);
    assert.equal(parseDuration('1500'), 1500);
    assert.throws(() => parseDuration('5 minutes'), /not a duration/);
    assert.throws(() => parseDuration(''), /not a duration/);
  });
});

function catchConfigError(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ConfigError) return e;
    throw e;
  }
  assert.fail('expected a ConfigError');
}
