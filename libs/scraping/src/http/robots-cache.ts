import { ALLOW_ALL, DISALLOW_ALL, parseRobots, type RobotsPolicy } from './robots';

export type RobotsFetch = (url: URL) => Promise<{ status: number; body: string }>;

interface Entry {
  policy: RobotsPolicy;
  expires: number;
}

/**
 * One robots.txt per origin, fetched once and kept for `ttlMs` (RFC 9309 asks for at most a day).
 * 4xx means no rules; 5xx means "unreachable", which RFC 9309 treats as disallow-all, cached briefly.
 * A network failure is thrown (the caller retries) and not cached.
 */
export class RobotsCache {
  private readonly entries = new Map<string, Entry>();
  private readonly inflight = new Map<string, Promise<RobotsPolicy>>();

  constructor(
    private readonly fetchRobots: RobotsFetch,
    private readonly userAgent: string,
    private readonly ttlMs = 24 * 3_600_000,
    private readonly unreachableTtlMs = 5 * 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  async policy(url: URL): Promise<RobotsPolicy> {
    const origin = url.origin;
    const hit = this.entries.get(origin);
    if (hit && hit.expires > this.now()) return hit.policy;
    let pending = this.inflight.get(origin);
    if (!pending) {
      pending = this.load(origin).finally(() => this.inflight.delete(origin));
      this.inflight.set(origin, pending);
    }
    return pending;
  }

  private async load(origin: string): Promise<RobotsPolicy> {
    const res = await this.fetchRobots(new URL('/robots.txt', origin));
    let policy: RobotsPolicy;
    let ttl = this.ttlMs;
    if (res.status >= 200 && res.status < 300) policy = parseRobots(res.body, this.userAgent);
    else if (res.status >= 400 && res.status < 500) policy = ALLOW_ALL;
    else {
      policy = DISALLOW_ALL;
      ttl = this.unreachableTtlMs;
    }
    this.entries.set(origin, { policy, expires: this.now() + ttl });
    return policy;
  }
}
