import { join } from 'node:path';
import { PermanentError, TransientError } from '@app/contracts';
import { backoffDelay, parseRetryAfter } from './backoff';
import { detectBlock } from './block-detector';
import { CookieJar } from './cookie-jar';
import { sleep } from './duration';
import {
  HttpStatusError,
  ProxyError,
  RetriesExhaustedError,
  RobotsDisallowedError,
  SourceBlockedError,
} from './errors';
import { ProxyPool } from './proxy-pool';
import { RateLimiter } from './rate-limiter';
import { RobotsCache } from './robots-cache';
import { SourceHealthRegistry } from './source-health';
import { decodeBody, NetworkError, sendRequest } from './transport';

import {
  DEFAULT_USER_AGENT,
  type RetryOptions,
  type ScrapeHttpOptions,
  type ScrapeRequestInit,
  type ScrapeResponse,
} from './scrape-http.types';

const RETRYABLE_STATUS = new Set([408, 425, 429, 500, 502, 503, 504]);
const REDIRECT_STATUS = new Set([301, 302, 303, 307, 308]);

/**
 * The scraper's HTTP client: per-source rate limits, robots.txt, cookies per source, proxy
 * rotation, retries with backoff honouring Retry-After, block detection and per-source health.
 */
export class ScrapeHttpClient {
  readonly limiter: RateLimiter;
  readonly proxies: ProxyPool;
  readonly health: SourceHealthRegistry;
  private readonly retry: RetryOptions;
  private readonly robots: RobotsCache;
  private readonly jars = new Map<string, Promise<CookieJar>>();
  private readonly userAgent: string;

  constructor(private readonly opts: ScrapeHttpOptions = {}) {
    this.userAgent = opts.userAgent ?? DEFAULT_USER_AGENT;
    this.limiter = new RateLimiter(opts.rateLimits ?? {});
    this.proxies = new ProxyPool(opts.ssrf ? [] : (opts.proxies ?? []), opts.proxyPool);
    this.health = opts.health ?? new SourceHealthRegistry();
    this.retry = {
      maxAttempts: 3,
      baseDelayMs: 2000,
      maxDelayMs: 60_000,
      maxRetryAfterMs: 120_000,
      ...opts.retry,
    };
    this.robots = new RobotsCache((u) => this.fetchRobots(u), this.userAgent);
  }

  /** GETs (or sends) `url` for `source`; throws SourceBlockedError, RobotsDisallowedError, HttpStatusError or RetriesExhaustedError. */
  async fetch(source: string, url: string | URL, init: ScrapeRequestInit = {}): Promise<ScrapeResponse> {
    this.health.recordRequest(source);
    try {
      const res = await this.withRetries(source, new URL(url), init);
      this.health.recordSuccess(source);
      return res;
    } catch (e) {
      if (e instanceof SourceBlockedError) this.health.recordBlock(source, e.reason);
      else this.health.recordError(source, e);
      throw e;
    }
  }

  /** robots.txt check then the source's rate-limit slot; the browser client calls this before each navigation. */
  async admit(source: string, url: URL, signal?: AbortSignal): Promise<void> {
    if (this.opts.respectRobots !== false) {
      const policy = await this.robots.policy(url);
      if (!policy.isAllowed(url.pathname + url.search)) throw new RobotsDisallowedError(url.href);
      if (policy.crawlDelayMs !== null) this.limiter.raiseInterval(source, policy.crawlDelayMs);
    }
    await this.limiter.acquire(source, signal);
  }

  /** The source's cookie jar (loaded from cookieDir on first use). */
  jar(source: string): Promise<CookieJar> {
    let jar = this.jars.get(source);
    if (!jar) {
      const fresh = new CookieJar();
      const dir = this.opts.cookieDir;
      jar = dir ? fresh.loadFromFile(this.cookieFile(dir, source)).then(() => fresh) : Promise.resolve(fresh);
      this.jars.set(source, jar);
    }
    return jar;
  }

  /** Writes every jar to cookieDir (no-op without one). */
  async saveCookies(): Promise<void> {
    const dir = this.opts.cookieDir;
    if (!dir) return;
    for (const [source, jar] of this.jars) await (await jar).saveToFile(this.cookieFile(dir, source));
  }

  private cookieFile(dir: string, source: string): string {
    return join(dir, `${source.replace(/[^\w-]/g, '_')}.json`);
  }

  private async withRetries(source: string, url: URL, init: ScrapeRequestInit): Promise<ScrapeResponse> {
    for (let attempt = 1; ; attempt++) {
      let wait = backoffDelay(attempt, this.retry, this.opts.random);
      let why: string;
      let status: number | undefined;
      let cause: unknown;
      try {
        const res = await this.followRedirects(source, url, init);
        const blocked = detectBlock(res);
        if (blocked) throw new SourceBlockedError(source, blocked, res.url, res.status);
        if (res.status >= 200 && res.status < 300) return res;
        if (!RETRYABLE_STATUS.has(res.status)) throw new HttpStatusError(res.url, res.status);
        status = res.status;
        why = `HTTP ${res.status}`;
        const retryAfter =
          res.status === 429 || res.status === 503 ? parseRetryAfter(res.headers['retry-after']) : null;
        if (retryAfter !== null) {
          if (retryAfter > this.retry.maxRetryAfterMs) {
            throw new RetriesExhaustedError(
              `${source}: ${url.href} asked to retry after ${retryAfter} ms, more than the ${this.retry.maxRetryAfterMs} ms allowed`,
              url.href,
              attempt,
              res.status,
            );
          }
          wait = retryAfter;
          // Every worker of this source waits, not only this request.
          this.limiter.defer(source, wait);
        }
      } catch (e) {
        // RetriesExhaustedError here is the over-long Retry-After: final, although transient for the caller.
        if (e instanceof RetriesExhaustedError || !isRetryable(e)) throw e;
        why = e instanceof Error ? e.message : String(e);
        cause = e;
      }
      if (attempt >= this.retry.maxAttempts) {
        throw new RetriesExhaustedError(
          `${source}: ${url.href} failed after ${attempt} attempts (${why})`,
          url.href,
          attempt,
          status,
          cause,
        );
      }
      this.opts.logger?.debug({ source, url: url.href, attempt, wait, why }, 'retrying');
      await sleep(wait, init.signal);
    }
  }

  private async followRedirects(
    source: string,
    start: URL,
    init: ScrapeRequestInit,
  ): Promise<ScrapeResponse> {
    let url = start;
    let method = init.method ?? 'GET';
    let body = init.body;
    const jar = await this.jar(source);
    for (let hop = 0; ; hop++) {
      if (this.opts.ssrf) url = this.opts.ssrf.checkUrl(url);
      await this.admit(source, url, init.signal);
      const headers: Record<string, string> = {
        'user-agent': this.userAgent,
        accept: 'text/html,application/json;q=0.9,*/*;q=0.8',
        'accept-language': 'en-US,en;q=0.9',
        ...init.headers,
      };
      const cookie = jar.cookieHeader(url);
      if (cookie) headers.cookie = headers.cookie ? `${headers.cookie}; ${cookie}` : cookie;
      const raw = await this.send(url, method, headers, body, init.signal);
      jar.setCookies(url, raw.headers['set-cookie']);
      const location = raw.headers.location;
      if (REDIRECT_STATUS.has(raw.status) && location) {
        if (hop >= (this.opts.maxRedirects ?? 5))
          throw new PermanentError(`too many redirects from ${start.href}`, 'invalid');
        url = new URL(location, url);
        if (raw.status === 303 || ((raw.status === 301 || raw.status === 302) && method === 'POST')) {
          method = 'GET';
          body = undefined;
        }
        continue;
      }
      const contentType = raw.headers['content-type'] ?? null;
      return {
        url: url.href,
        status: raw.status,
        headers: raw.headers,
        body: decodeBody(raw.body, contentType ?? undefined),
        contentType,
      };
    }
  }

  private async send(
    url: URL,
    method: string,
    headers: Record<string, string>,
    body: string | undefined,
    signal?: AbortSignal,
  ) {
    const proxy = this.proxies.next();
    try {
      const res = await sendRequest({
        url,
        method,
        headers,
        body,
        proxy,
        signal,
        lookup: this.opts.ssrf?.lookupFor(url),
        timeoutMs: this.opts.timeoutMs,
        maxBodyBytes: this.opts.maxBodyBytes,
        ca: this.opts.ca,
      });
      if (proxy) this.proxies.reportSuccess(proxy);
      return res;
    } catch (e) {
      if (proxy && e instanceof ProxyError) this.proxies.reportFailure(proxy);
      throw e;
    }
  }

  /** robots.txt through the same proxies and guard, redirects followed, no rate-limit slot. */
  private async fetchRobots(start: URL): Promise<{ status: number; body: string }> {
    let url = start;
    for (let hop = 0; hop < 5; hop++) {
      if (this.opts.ssrf) url = this.opts.ssrf.checkUrl(url);
      const raw = await this.send(
        url,
        'GET',
        { 'user-agent': this.userAgent, accept: 'text/plain,*/*' },
        undefined,
      );
      const location = raw.headers.location;
      if (!(REDIRECT_STATUS.has(raw.status) && location))
        return { status: raw.status, body: raw.body.toString('utf8') };
      url = new URL(location, url);
    }
    return { status: 404, body: '' };
  }
}

function isRetryable(e: unknown): boolean {
  if (e instanceof PermanentError) return false;
  return e instanceof TransientError || e instanceof NetworkError || e instanceof ProxyError;
}
