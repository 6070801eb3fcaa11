/**
 * Runs the ONNX embedder on its own thread. onnxruntime-node's run() executes on the calling
 * thread, so on the main thread a batch would stall every request and consumer for seconds.
 * Requests that arrive while a batch runs queue up here and form the next batch.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createOnnxEmbedder, type OnnxEmbedderOptions } from '../embedding/onnx-embedder';
import type { WorkerReply, WorkerRequest } from './worker-protocol';

async function main(): Promise<void> {
  const port = parentPort!;
  const embedder = await createOnnxEmbedder(workerData as OnnxEmbedderOptions);
  const dim = embedder.dimensions;
  port.on('message', (req: WorkerRequest) => {
    embedder.embed(req.texts).then(
      (vectors) => {
        const flat = new Float32Array(vectors.length * dim);
        vectors.forEach((v, i) => flat.set(v, i * dim));
        port.postMessage({ type: 'result', id: req.id, flat } satisfies WorkerReply, [flat.buffer]);
      },
      (e: unknown) =>
        port.postMessage({ type: 'error', id: req.id, message: (e as Error).message } satisfies WorkerReply),
    );
  });
  port.postMessage({ type: 'ready', dimensions: dim, modelId: embedder.modelId } satisfies WorkerReply);
}

main().catch((e: unknown) =>
  parentPort?.postMessage({ type: 'fatal', message: (e as Error).message } satisfies WorkerReply),
);
