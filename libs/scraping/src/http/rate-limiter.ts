import { sleep } from './duration';

/**
 * Per-key minimum spacing between request starts. Each acquire reserves the next free slot,
 * so concurrent callers for one source queue up in order instead of all firing at once.
 */
export class RateLimiter {
  private readonly intervals = new Map<string, number>();
  private readonly nextSlot = new Map<string, number>();

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

  /** Pushes the key's next slot to at least `ms` from now (a 429's Retry-After holds back every worker). */
  defer(key: string, ms: number): void {
    const until = this.now() + ms;
    if ((this.nextSlot.get(key) ?? 0) < until) this.nextSlot.set(key, until);
  }

  /** Waits for this key's next slot; returns how long it waited. */
  async acquire(key: string, signal?: AbortSignal): Promise<number> {
    const now = this.now();
    const slot = Math.max(now, this.nextSlot.get(key) ?? 0);
    const interval = this.interval(key);
    if (interval > 0 || slot > now) this.nextSlot.set(key, slot + interval);
    const wait = slot - now;
    await sleep(wait, signal);
    return wait;
  }
}
