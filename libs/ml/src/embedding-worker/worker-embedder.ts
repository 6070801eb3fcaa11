import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { TransientError } from '@app/contracts';
import type { OnnxEmbedderOptions } from '../embedding/onnx-embedder';
import type { TextEmbedder } from '../embedding/text-embedder';
import type { WorkerReply, WorkerRequest } from './worker-protocol';

interface Pending {
  resolve(v: Float32Array[]): void;
  reject(e: Error): void;
  count: number;
}

/**
 * A TextEmbedder whose model runs on a worker thread, so embedding never blocks the event loop
 * (HTTP requests, health checks and other consumers keep moving while a batch runs).
 */
export class WorkerEmbedder implements TextEmbedder {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private failure: Error | undefined;

  private constructor(
    private readonly worker: Worker,
    readonly dimensions: number,
    readonly modelId: string,
  ) {
    worker.on('message', (m: WorkerReply) => this.onReply(m));
    worker.on('error', (e) => this.failAll(e));
    worker.on('exit', (code) => this.failAll(new Error(`embedder worker exited (${code})`)));
  }

  /** Starts the worker and waits until its model is loaded; rejects with the loader's message. */
  static async start(opts: OnnxEmbedderOptions): Promise<WorkerEmbedder> {
    const worker = new Worker(join(__dirname, 'embedder.worker.js'), { workerData: opts });
    let onMessage!: (m: WorkerReply) => void;
    let onError!: (e: Error) => void;
    let onExit!: (code: number) => void;
    const ready = await new Promise<{ dimensions: number; modelId: string }>((resolve, reject) => {
      onMessage = (m) => {
        if (m.type === 'ready') resolve(m);
        else if (m.type === 'fatal') reject(new Error(m.message));
      };
      onError = reject;
      onExit = (code) => reject(new Error(`embedder worker exited during start (${code})`));
      worker.on('message', onMessage).once('error', onError).once('exit', onExit);
    })
      .catch(async (e: unknown) => {
        await worker.terminate();
        throw e;
      })
      .finally(() => {
        // Only our listeners: Node's own (which keep the port referenced) must stay.
        worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      });
    return new WorkerEmbedder(worker, ready.dimensions, ready.modelId);
  }

  async embed(texts: readonly string[]): Promise<Float32Array[]> {
    if (texts.length === 0) return [];
    if (this.failure) throw new TransientError(`embedder unavailable: ${this.failure.message}`, this.failure);
    const id = this.nextId++;
    return new Promise<Float32Array[]>((resolve, reject) => {
      this.pending.set(id, { resolve, reject, count: texts.length });
      this.worker.postMessage({ id, texts: [...texts] } satisfies WorkerRequest);
    });
  }

  async embedOne(text: string): Promise<Float32Array> {
    return (await this.embed([text]))[0]!;
  }

  async close(): Promise<void> {
    this.failure ??= new Error('embedder closed');
    await this.worker.terminate();
  }

  private onReply(m: WorkerReply): void {
    if (m.type !== 'result' && m.type !== 'error') return;
    const p = this.pending.get(m.id);
    if (!p) return;
    this.pending.delete(m.id);
    if (m.type === 'error') return p.reject(new Error(m.message));
    const out: Float32Array[] = [];
    for (let i = 0; i < p.count; i++)
      out.push(m.flat.subarray(i * this.dimensions, (i + 1) * this.dimensions));
    p.resolve(out);
  }

  private failAll(e: Error): void {
    this.failure ??= e;
    for (const p of this.pending.values()) p.reject(new TransientError(`embedder failed: ${e.message}`, e));
    this.pending.clear();
  }
}
