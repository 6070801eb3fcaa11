import { sleep } from './duration';

/**
 * Per-key minimum spacing between request starts. Callers of one key queue in order, and each
 * waits until `interval` after the previous caller actually started, re-checking after every
 * sleep, so late timers under load cannot bunch two starts together.
 */
export class RateLimiter {
  private readonly intervals = new Map<string, number>();
  private readonly lastStart = new Map<string, number>();
  private readonly holdUntil = new Map<string, number>();
  private readonly queues = new Map<string, Promise<void>>();

  constructor(
    intervalsMs: Readonly<Record<string, number>> = {},
    private readonly now: () => number = Date.now,
  ) {
    for (const [key, ms] of Object.entries(intervalsMs)) this.setInterval(key, ms);
  }

  setInterval(key: string, ms: number): void {
    this.intervals.set(key, Math.max(0, ms));
  }

  /** Raises (never lowers) a key's spacing, e.g. to a robots.txt Crawl-delay. */
  raiseInterval(key: string, ms: number): void {
    if (ms > this.interval(key)) this.intervals.set(key, ms);
  }

  interval(key: string): number {
    return this.intervals.get(key) ?? 0;
  }

  /** Holds the key back for at least `ms` from now (a 429's Retry-After holds back every worker). */
  defer(key: string, ms: number): void {
    const until = this.now() + ms;
    if ((this.holdUntil.get(key) ?? 0) < until) this.holdUntil.set(key, until);
  }

  /** Waits for this key's turn; returns how long it waited. */
  async acquire(key: string, signal?: AbortSignal): Promise<number> {
    const started = this.now();
    const previous = this.queues.get(key) ?? Promise.resolve();
    let release!: () => void;
    const mine = new Promise<void>((resolve) => (release = resolve));
    this.queues.set(
      key,
      previous.then(() => mine),
    );
    try {
      await previous;
      for (;;) {
        const last = this.lastStart.get(key);
        const earliest = Math.max(
          last === undefined ? 0 : last + this.interval(key),
          this.holdUntil.get(key) ?? 0,
        );
        const wait = earliest - this.now();
        if (wait <= 0) break;
        await sleep(wait, signal);
      }
      this.lastStart.set(key, this.now());
      return this.now() - started;
    } finally {
      release();
    }
  }
}
