export interface ProxyPoolOptions {
  /** Consecutive failures after which a proxy is rested. */
  maxFailures?: number;
  /** How long a rested proxy is skipped. */
  cooldownMs?: number;
}

export interface ProxyState {
  url: string;
  failures: number;
  restingUntil: number | null;
  uses: number;
}

/** Round-robin over proxy URLs; a proxy that fails `maxFailures` times in a row is skipped for a cooldown. */
export class ProxyPool {
  private readonly proxies: ProxyState[];
  private cursor = 0;
  private readonly maxFailures: number;
  private readonly cooldownMs: number;

  constructor(
    urls: readonly string[],
    opts: ProxyPoolOptions = {},
    private readonly now: () => number = Date.now,
  ) {
    this.proxies = urls.map((url) => {
      const u = new URL(url);
      if (u.protocol !== 'http:') throw new Error(`only http:// proxies are supported: ${url}`);
      return { url: u.href, failures: 0, restingUntil: null, uses: 0 };
    });
    this.maxFailures = opts.maxFailures ?? 3;
    this.cooldownMs = opts.cooldownMs ?? 60_000;
  }

  get size(): number {
    return this.proxies.length;
  }

  /**
   * The next usable proxy, or null when the pool is empty (go direct). When every proxy is
   * resting, the one whose rest ends first is used rather than failing the request outright.
   */
  next(): string | null {
    if (this.proxies.length === 0) return null;
    const now = this.now();
    for (let i = 0; i < this.proxies.length; i++) {
      const p = this.proxies[(this.cursor + i) % this.proxies.length]!;
      if (p.restingUntil !== null && p.restingUntil <= now) p.restingUntil = null;
      if (p.restingUntil === null) {
        this.cursor = (this.cursor + i + 1) % this.proxies.length;
        p.uses++;
        return p.url;
      }
    }
    const soonest = [...this.proxies].sort((a, b) => (a.restingUntil ?? 0) - (b.restingUntil ?? 0))[0]!;
    soonest.uses++;
    return soonest.url;
  }

  reportSuccess(url: string): void {
    const p = this.find(url);
    if (p) p.failures = 0;
  }

  reportFailure(url: string): void {
    const p = this.find(url);
    if (!p) return;
    p.failures++;
    if (p.failures >= this.maxFailures) {
      p.restingUntil = this.now() + this.cooldownMs;
      p.failures = 0;
    }
  }

  snapshot(): ProxyState[] {
    return this.proxies.map((p) => ({ ...p }));
  }

  private find(url: string): ProxyState | undefined {
    return this.proxies.find((p) => p.url === url);
  }
}
