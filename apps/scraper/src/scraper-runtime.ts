import { join } from 'node:path';
import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { LOGGER, type Logger } from '@app/logging';
import {
  createScrapingRuntime,
  getParser,
  ScrapeWorkerPool,
  type ScrapePoolOptions,
  type ScrapingRuntime,
} from '@app/scraping';

/**
 * The scraper's long-lived parts (one HTTP client with rate limits, cookies, proxies and robots;
 * one browser started on first need; the fetchers), and a worker pool per task so each task
 * gets its own progress callback.
 */
@Injectable()
export class ScraperRuntime implements OnApplicationShutdown {
  private readonly runtime: ScrapingRuntime;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) log: Logger,
  ) {
    this.runtime = createScrapingRuntime(config.scraper, {
      logger: log.child({ component: 'scraper' }),
      cookieDir: join(config.data_dir, 'cookies'),
    });
  }

  pool(onOutcome: ScrapePoolOptions['onOutcome']): ScrapeWorkerPool {
    return new ScrapeWorkerPool({
      concurrency: this.config.scraper.concurrency,
      fetchers: this.runtime.fetchers,
      parse: (source, body, scrapedAt) => getParser(source).parse(body.body, { url: body.url, scrapedAt }),
      health: this.runtime.health,
      onOutcome,
      taskTimeoutMs: 10 * 60_000,
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.runtime.close();
  }
}
