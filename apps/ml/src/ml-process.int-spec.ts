import 'reflect-metadata';
import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  copyFileSync,
  existsSync,
  readdirSync,
  statSync,
  symlinkSync,
  writeFileSync,
  mkdirSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { status, type ServiceError } from '@grpc/grpc-js';
import { createLogger } from '@app/logging';
import { createMlApp } from './bootstrap';
import { MlGrpcClient } from './grpc/ml.grpc-client';
import { MlEngine } from './ml-engine';
import { freePort, spawnMl } from './testing/ml-process';
import { modelSkipReason, removeDir, startMl, tempDir, testConfig } from './testing/ml-test-setup';

const MODELS = resolve(process.cwd(), 'models');
const MODEL = 'all-MiniLM-L6-v2';
const dirs: string[] = [];
const temp = (prefix: string): string => {
  const d = tempDir(prefix);
  dirs.push(d);
  return d;
};
after(() => dirs.forEach(removeDir));

/** A models dir holding only the manifest: every weight file is missing. */
function modelsWithoutFiles(): string {
  const dir = temp('ml-models-empty-');
  copyFileSync(join(MODELS, 'manifest.json'), join(dir, 'manifest.json'));
  return dir;
}

describe('ml app start-up and shutdown', () => {
  it('a missing model file stops main.js with the file and the fetch command', async () => {
    const proc = spawnMl({
      MODELS_DIR: modelsWithoutFiles(),
      DATA_DIR: temp('ml-data-'),
      ML_SERVICE_PORT: String(await freePort()),
    });
    assert.equal(await proc.exited, 1, proc.output());
    assert.match(proc.output(), /ml service failed to start/);
    assert.match(proc.output(), /all-MiniLM-L6-v2\/model\.onnx \(missing\)/);
    assert.match(proc.output(), /bash deploy\/local\/fetch-models\.sh/);
  });

  it('a corrupt model file stops the app naming that file', { skip: modelSkipReason() }, async () => {
    const models = temp('ml-models-bad-');
    copyFileSync(join(MODELS, 'manifest.json'), join(models, 'manifest.json'));
    mkdirSync(join(models, MODEL));
    for (const f of readdirSync(join(MODELS, MODEL))) {
      if (f !== 'tokenizer_config.json') symlinkSync(join(MODELS, MODEL, f), join(models, MODEL, f));
    }
    const size = statSync(join(MODELS, MODEL, 'tokenizer_config.json')).size;
    writeFileSync(join(models, MODEL, 'tokenizer_config.json'), 'x'.repeat(size)); // same size, other bytes
    const log = createLogger({ service: 'ml-test', level: 'silent' });
    const data = temp('ml-data-');
    await assert.rejects(
      createMlApp(testConfig(data), log, { engine: { modelsDir: models, dataDir: data } }),
      (e: Error) => {
        assert.match(e.message, /tokenizer_config\.json \(checksum mismatch\)/);
        assert.match(e.message, /bash deploy\/local\/fetch-models\.sh/);
        return true;
      },
    );
  });

  it('an internal failure answers INTERNAL without details', { skip: modelSkipReason() }, async () => {
    const ml = await startMl(temp('ml-data-'));
    try {
      await ml.client.call('Embed', { text: 'works before' });
      await ml.app.get(MlEngine).embedder.close(); // the ONNX session is gone: every Embed now fails inside
      await assert.rejects(ml.client.call('Embed', { text: 'fails after' }), (e: ServiceError) => {
        assert.equal(e.code, status.INTERNAL);
        assert.equal(e.details, 'Embed: internal error');
        return true;
      });
    } finally {
      await ml.stop();
    }
  });

  it(
    'main.js serves, drains on SIGTERM (exit 0), and finds its indexes again after a restart',
    { skip: modelSkipReason() },
    async () => {
      const env = {
        DATA_DIR: temp('ml-data-'),
        ML_SERVICE_HOST: '127.0.0.1',
        ML_SERVICE_PORT: String(await freePort()),
        LOG_LEVEL: 'info',
      };
      const doc = {
        id: 'job-1',
        content: 'Maintain our Rust services and Kafka consumers.',
        metadata: { title: 'Rust Engineer', source: 'lever' },
      };
      const query = { query: 'rust kafka engineer', collection: 'job_embeddings', top_k: 5 };
      for (const round of [1, 2]) {
        const proc = spawnMl(env);
        const client = new MlGrpcClient(`127.0.0.1:${env.ML_SERVICE_PORT}`, 30_000);
        try {
          await proc.waitFor('ml gRPC server listening');
          if (round === 1)
            await client.call('IndexDocuments', { collection: 'job_embeddings', documents: [doc] });
          for (const use_hybrid of [true, false]) {
            const res = await client.call<{ results: Array<{ id: string }> }>('Search', {
              ...query,
              use_hybrid,
            });
            assert.deepEqual(
              res.results.map((r) => r.id),
              ['job-1'],
              `round ${round}, use_hybrid=${use_hybrid}`,
            );
          }
        } finally {
          client.close();
          proc.child.kill('SIGTERM');
        }
        assert.equal(await proc.exited, 0, proc.output());
        assert.match(proc.output(), /ml gRPC server draining/);
        assert.match(proc.output(), /ml service stopped/);
        // Saved on shutdown, in the service's own folder (not the pipeline's <data_dir>/bm25).
        const own = join(env.DATA_DIR, 'ml-service');
        assert.ok(existsSync(join(own, 'bm25', 'job_embeddings.json')), 'bm25 snapshot saved');
        assert.ok(existsSync(join(own, 'vectors')), 'vectors saved');
        assert.ok(!existsSync(join(env.DATA_DIR, 'bm25')), 'pipeline folder untouched');
      }
    },
  );
});
