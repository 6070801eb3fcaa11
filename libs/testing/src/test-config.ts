import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadConfig, type AppConfig } from '@app/config';

/** A unique lower-case prefix for one test file's streams and subjects. */
export const uniquePrefix = (label = 't'): string =>
  `${label.replace(/[^a-z0-9]/g, '').slice(0, 8)}${randomBytes(4).toString('hex')}`;

/**
 * The shipped config with the environment applied, plus a private NATS prefix and data dir
 * for this test file, plus any overrides.
 */
export function testConfig(overrides: Record<string, unknown> = {}, label = 't'): AppConfig {
  const base = loadConfig({
    file: resolve(process.cwd(), 'deploy/config/config.yaml'),
    overrides: {
      env: 'test',
      data_dir: mkdtempSync(join(tmpdir(), 'rr-test-')),
      nats: { prefix: uniquePrefix(label) },
      logging: { level: process.env.TEST_LOG_LEVEL ?? 'silent' },
      ...overrides,
    },
  });
  return base;
}
