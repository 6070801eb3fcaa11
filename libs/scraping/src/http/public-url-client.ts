import { ScrapeHttpClient } from './scrape-http-client';
import type { ScrapeHttpOptions } from './scrape-http.types';
import { SsrfGuard } from './ssrf-guard';

export interface PublicUrlClientOptions extends Omit<ScrapeHttpOptions, 'ssrf' | 'proxies' | 'proxyPool'> {
  /** Defaults to a strict guard (public addresses only); tests pass one with allowOrigins. */
  guard?: SsrfGuard;
}

/**
 * The client for user-supplied URLs ("import one job by URL"): every URL and every redirect hop is
 * checked, sockets connect only to checked public addresses, and no proxy is used (a proxy would
 * resolve the name itself, out of the guard's sight).
 */
export function createPublicUrlClient(opts: PublicUrlClientOptions = {}): ScrapeHttpClient {
  const { guard, ...rest } = opts;
  return new ScrapeHttpClient({ maxRedirects: 5, ...rest, ssrf: guard ?? new SsrfGuard() });
}
