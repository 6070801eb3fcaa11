import type { AppConfig } from '@app/config';
import type { Logger } from '@app/logging';
import { BrowserClient } from '../browser/browser-client';
import { createFetchers } from '../fetchers/fetcher-registry';
import type { FetcherDeps, SourceFetcher } from '../fetchers/fetcher.types';
import { ScrapeHttpClient } from '../http/scrape-http-client';
import { SourceHealthRegistry } from '../http/source-health';
import { SOURCE_NAMES, type SourceName } from '../types';
import { ScrapeWorkerPool, type ScrapePoolOptions } from './scrape-worker-pool';

export type ScraperConfig = AppConfig['scraper'];

export interface ScrapingRuntimeOptions {
  logger?: Logger;
  /** Where per-source cookie jars persist between runs. */
  cookieDir?: string;
  apiKeys?: FetcherDeps['apiKeys'];
  useBrowser?: FetcherDeps['useBrowser'];
  parse?: ScrapePoolOptions['parse'];
  onOutcome?: ScrapePoolOptions['onOutcome'];
  taskTimeoutMs?: number;
  /** Backoff cap and the longest Retry-After honoured (defaults 60 s and 120 s). */
  maxDelayMs?: number;
  maxRetryAfterMs?: number;
}

export interface ScrapingRuntime {
  http: ScrapeHttpClient;
  browser: BrowserClient;
  fetchers: Record<SourceName, SourceFetcher>;
  pool: ScrapeWorkerPool;
  health: SourceHealthRegistry;
  /** Saves cookies and closes the browser (if it was ever started). */
  close(): Promise<void>;
}

/**
 * Wires the scraper from the config's `scraper` section: one HTTP client (rate limits, retries,
 * proxies, robots, user agent), one lazily started browser sharing its robots/rate-limit admission,
 * cookies and health, every source's fetcher (base_urls honoured) and the worker pool.
 */
export function createScrapingRuntime(
  cfg: ScraperConfig,
  opts: ScrapingRuntimeOptions = {},
): ScrapingRuntime {
  const health = new SourceHealthRegistry();
  const http = new ScrapeHttpClient({
    userAgent: cfg.user_agent,
    rateLimits: cfg.rate_limit,
    retry: {
      maxAttempts: cfg.retry.max_attempts,
      baseDelayMs: cfg.retry.backoff,
      maxDelayMs: opts.maxDelayMs ?? 60_000,
      maxRetryAfterMs: opts.maxRetryAfterMs ?? 120_000,
    },
    proxies: cfg.proxies,
    respectRobots: cfg.respect_robots,
    cookieDir: opts.cookieDir,
    health,
    logger: opts.logger,
  });
  const browser = new BrowserClient({
    maxPages: cfg.browser_pages,
    userAgent: cfg.user_agent,
    proxy: cfg.proxies[0],
    admit: (source, url, signal) => http.admit(source, url, signal),
    cookieJar: (source) => http.jar(source),
    health,
    logger: opts.logger,
  });
  const baseUrls: Partial<Record<SourceName, string>> = {};
  for (const [source, url] of Object.entries(cfg.base_urls)) {
    if (!(SOURCE_NAMES as readonly string[]).includes(source))
      throw new Error(`scraper.base_urls: unknown source ${source}`);
    baseUrls[source as SourceName] = url;
  }
  const fetchers = createFetchers({
    http,
    browser,
    baseUrls,
    apiKeys: opts.apiKeys,
    useBrowser: opts.useBrowser,
  });
  const pool = new ScrapeWorkerPool({
    concurrency: cfg.concurrency,
    fetchers,
    health,
    parse: opts.parse,
    onOutcome: opts.onOutcome,
    taskTimeoutMs: opts.taskTimeoutMs,
    logger: opts.logger,
  });
  return {
    http,
    browser,
    fetchers,
    pool,
    health,
    close: async () => {
      await http.saveCookies();
      await browser.close();
    },
  };
}
