export interface MicroBatcherOptions {
  /** Most items handed to one run. */
  maxBatch: number;
  /**
   * How long the first item of a batch waits for company before the batch runs anyway. 0 means
   * "until the current I/O callbacks are done" (setImmediate): requests read in the same event-loop
   * turn, e.g. those that piled up while the previous batch ran, still share a batch.
   */
  maxWaitMs: number;
}

interface Pending<I, O> {
  item: I;
  resolve: (value: O) => void;
  reject: (error: unknown) => void;
}

/**
 * Coalesces concurrent requests into batches: items queue up until maxBatch are waiting or the
 * oldest has waited maxWaitMs, then one run takes them. Runs never overlap (on two cores a second
 * concurrent inference only steals threads from the first); what arrives during a run forms the
 * next batch, which starts as soon as the run ends.
 */
export class MicroBatcher<I, O> {
  private readonly queue: Pending<I, O>[] = [];
  /** Cancels the pending wake-up (a timeout, or an immediate when maxWaitMs is 0). */
  private timer: (() => void) | undefined;
  private running = false;

  constructor(
    private readonly run: (items: I[]) => Promise<O[]>,
    private readonly options: MicroBatcherOptions,
  ) {
    if (!(options.maxBatch >= 1)) throw new RangeError('maxBatch must be at least 1');
    if (!(options.maxWaitMs >= 0)) throw new RangeError('maxWaitMs must be >= 0');
  }

  submit(item: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      this.schedule();
    });
  }

  /** Items keep their order in the queue, so a caller can pre-sort them (e.g. by length). */
  submitAll(items: readonly I[]): Promise<O[]> {
    return Promise.all(items.map((item) => this.submit(item)));
  }

  get queued(): number {
    return this.queue.length;
  }

  private schedule(): void {
    if (this.running) return; // the running batch drains the queue when it ends
    if (this.queue.length >= this.options.maxBatch) {
      this.clearTimer();
      setImmediate(() => void this.drain());
    } else if (!this.timer) {
      const drain = (): void => void this.drain();
      if (this.options.maxWaitMs === 0) {
        const handle = setImmediate(drain);
        this.timer = () => clearImmediate(handle);
      } else {
        const handle = setTimeout(drain, this.options.maxWaitMs);
        this.timer = () => clearTimeout(handle);
      }
    }
  }

  private clearTimer(): void {
    this.timer?.();
    this.timer = undefined;
  }

  private async drain(): Promise<void> {
    this.clearTimer();
    if (this.running || this.queue.length === 0) return;
    this.running = true;
    const batch = this.queue.splice(0, this.options.maxBatch);
    try {
      const results = await this.run(batch.map((p) => p.item));
      if (results.length !== batch.length) {
        throw new Error(`batch run returned ${results.length} results for ${batch.length} items`);
      }
      batch.forEach((p, i) => p.resolve(results[i] as O));
    } catch (error) {
      for (const p of batch) p.reject(error);
    } finally {
      this.running = false;
    }
    // Items that arrived during the run have already waited: run them at once.
    if (this.queue.length > 0) setImmediate(() => void this.drain());
  }
}
