import type { IncomingHttpHeaders } from 'node:http';
import type { Logger } from '@app/logging';
import type { ProxyPoolOptions } from './proxy-pool';
import type { SourceHealthRegistry } from './source-health';
import type { SsrfGuard } from './ssrf-guard';

export const DEFAULT_USER_AGENT =
  'ResumeRagBot/0.1 (+https://github.com/resume-rag; job search for one person)';

export interface RetryOptions {
  /** Attempts in all, the first included (config scraper.retry.max_attempts). */
  maxAttempts: number;
  /** First backoff delay; doubles per attempt (config scraper.retry.backoff). */
  baseDelayMs: number;
  maxDelayMs: number;
  /** A Retry-After longer than this fails the request now instead of waiting. */
  maxRetryAfterMs: number;
}

export interface ScrapeHttpOptions {
  userAgent?: string;
  /** Minimum spacing between requests per source in ms (config scraper.rate_limit); 0 or absent = none. */
  rateLimits?: Readonly<Record<string, number>>;
  retry?: Partial<RetryOptions>;
  /** http:// proxy URLs used round robin; empty = direct. */
  proxies?: readonly string[];
  proxyPool?: ProxyPoolOptions;
  /** Defaults to true; only tests against servers without robots.txt semantics turn it off. */
  respectRobots?: boolean;
  /** When set, each source's cookies persist in `<cookieDir>/<source>.json` (saveCookies / loaded lazily). */
  cookieDir?: string;
  timeoutMs?: number;
  maxRedirects?: number;
  maxBodyBytes?: number;
  /** Extra trusted CA (tests with a self-signed https server). */
  ca?: string | Buffer;
  /** Every URL and redirect is checked, and sockets connect only to checked public addresses. Disables proxies. */
  ssrf?: SsrfGuard;
  health?: SourceHealthRegistry;
  logger?: Logger;
  random?: () => number;
}

export interface ScrapeRequestInit {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  signal?: AbortSignal;
}

export interface ScrapeResponse {
  /** The final URL, after redirects. */
  url: string;
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
  contentType: string | null;
}
