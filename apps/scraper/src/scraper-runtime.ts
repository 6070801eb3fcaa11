import { join } from 'node:path';
import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { LOGGER, type Logger } from '@app/logging';
import {
  BrowserClient,
  createFetchers,
  getParser,
  ScrapeHttpClient,
  ScrapeWorkerPool,
  SourceHealthRegistry,
  type SourceFetcher,
  type SourceName,
} from '@app/scraping';

/**
 * The scraper's long-lived parts: one HTTP client (rate limits, cookies, proxies, robots), one
 * browser that starts only when a page needs it, the fetchers and the worker pool.
 */
@Injectable()
export class ScraperRuntime implements OnApplicationShutdown {
  readonly health = new SourceHealthRegistry();
  readonly http: ScrapeHttpClient;
  readonly browser: BrowserClient;
  readonly fetchers: Record<SourceName, SourceFetcher>;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) log: Logger,
  ) {
    const s = config.scraper;
    const logger = log.child({ component: 'scraper' });
    this.http = new ScrapeHttpClient({
      userAgent: s.user_agent,
      rateLimits: s.rate_limit,
      retry: { maxAttempts: s.retry.max_attempts, baseDelayMs: s.retry.backoff },
      proxies: s.proxies,
      respectRobots: s.respect_robots,
      cookieDir: join(config.data_dir, 'cookies'),
      health: this.health,
      logger,
    });
    this.browser = new BrowserClient({
      maxPages: s.browser_pages,
      proxy: s.proxies[0],
      admit: (source, url, signal) => this.http.admit(source, url, signal),
      cookieJar: (source) => this.http.jar(source),
      health: this.health,
      logger,
    });
    this.fetchers = createFetchers({
      http: this.http,
      browser: this.browser,
      baseUrls: s.base_urls,
    });
  }

  pool(onOutcome: ConstructorParameters<typeof ScrapeWorkerPool>[0]['onOutcome']): ScrapeWorkerPool {
    return new ScrapeWorkerPool({
      concurrency: this.config.scraper.concurrency,
      fetchers: this.fetchers,
      parse: (source, body, scrapedAt) => getParser(source).parse(body.body, { url: body.url, scrapedAt }),
      health: this.health,
      onOutcome,
      taskTimeoutMs: 10 * 60_000,
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.browser.close();
  }
}
