import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import { loadConfig } from '@app/config';
import { createLogger } from '@app/logging';
import { FETCH_MODELS_COMMAND } from '@app/ml';
import { createMlApp, listenMl, type MlAppOverrides } from '../bootstrap';
import { MlGrpcClient } from '../grpc/ml.grpc-client';

const MODEL_FILES = ['model.onnx', 'tokenizer.json', 'config.json'];

/** A reason to skip when the MiniLM files are not in models/ (tests with the model need them). */
export function modelSkipReason(): string | false {
  const dir = resolve(process.cwd(), 'models', 'all-MiniLM-L6-v2');
  const missing = MODEL_FILES.filter((f) => !existsSync(join(dir, f)));
  return missing.length === 0
    ? false
    : `model files absent in ${dir} (${missing.join(', ')}); run \`${FETCH_MODELS_COMMAND}\``;
}

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Config from deploy/config with a temporary data dir, the embedded store and no log output. */
export function testConfig(dataDir: string) {
  return loadConfig({
    overrides: { data_dir: dataDir, logging: { level: 'silent' }, database: { qdrant: { url: '' } } },
  });
}

export interface RunningMl {
  app: INestApplicationContext;
  client: MlGrpcClient;
  port: number;
  stop(): Promise<void>;
}

/** Starts the ML app in this process on 127.0.0.1 with an ephemeral port, plus a client for it. */
export async function startMl(dataDir: string, overrides: MlAppOverrides = {}): Promise<RunningMl> {
  const config = testConfig(dataDir);
  const log = createLogger({ service: 'ml-test', level: process.env.TEST_LOG_LEVEL ?? 'silent' });
  const app = await createMlApp(config, log, { ...overrides, engine: { dataDir, ...overrides.engine } });
  const port = await listenMl(app, '127.0.0.1', 0);
  const client = new MlGrpcClient(`127.0.0.1:${port}`, 30_000);
  return {
    app,
    client,
    port,
    stop: async () => {
      client.close();
      await app.close();
    },
  };
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

export function norm(v: readonly number[]): number {
  return Math.sqrt(v.reduce((s, x) => s + x * x, 0));
}

export function cosine(a: readonly number[], b: readonly number[]): number {
  let dot = 0;
  for (let i = 0; i < a.length; i++) dot += a[i]! * b[i]!;
  return dot / (norm(a) * norm(b));
}
