import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { createOnnxEmbedder } from '../embedding/onnx-embedder';
import { WorkerEmbedder } from './worker-embedder';

const modelsDir = resolve(process.cwd(), 'models');
const present = existsSync(resolve(modelsDir, 'all-MiniLM-L6-v2/model.onnx'));

describe(
  'WorkerEmbedder',
  { skip: present ? false : 'model files absent: run bash deploy/local/fetch-models.sh' },
  () => {
    it('gives the same vectors as the in-thread embedder and keeps the event loop free', async () => {
      const worker = await WorkerEmbedder.start({ modelsDir, threads: 1 });
      const local = await createOnnxEmbedder({ modelsDir, threads: 1 });
      try {
        const texts = [
          'Senior Go engineer, remote',
          'Kubernetes and PostgreSQL on AWS',
          'Pâtissier à Lyon ☕',
        ];
        const [a, b] = await Promise.all([worker.embed(texts), local.embed(texts)]);
        assert.equal(a.length, 3);
        for (let i = 0; i < 3; i++) {
          assert.equal(a[i]!.length, 384);
          const dot = a[i]!.reduce((s, v, k) => s + v * b[i]![k]!, 0);
          assert.ok(dot > 0.9999, `cosine ${dot}`);
        }
        let ticks = 0;
        const timer = setInterval(() => ticks++, 5);
        const started = Date.now();
        await worker.embed(
          Array.from({ length: 32 }, (_, i) => `${'distributed systems engineer '.repeat(40)} ${i}`),
        );
        clearInterval(timer);
        const elapsed = Date.now() - started;
        // In-thread inference would leave the timer at ~0 ticks for the whole batch.
        assert.ok(ticks >= elapsed / 5 / 4, `${ticks} ticks in ${elapsed} ms: the event loop was blocked`);
      } finally {
        await worker.close();
      }
    });

    it("reports a missing model with the loader's message", async () => {
      await assert.rejects(WorkerEmbedder.start({ modelsDir: '/nonexistent-models' }), /manifest|missing/i);
    });
  },
);
