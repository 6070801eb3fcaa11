import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { JobScrapedV1, PermanentError } from '@app/contracts';
import { ScrapeTasksRepository } from '@app/db';
import { addToOutbox, OutboxRelay } from '@app/messaging';
import {
  createPublicUrlClient,
  detectSource,
  getParser,
  SsrfGuard,
  type ScrapeHttpClient,
} from '@app/scraping';
import type { ImportUrlDto } from './dto/import-url.dto';
import { sourceOfUrl } from './source-of-url';

/**
 * Imports the job(s) on one user-supplied page. The URL is untrusted: the fetch goes through the
 * SSRF guard (public addresses only, checked after DNS resolution and on every redirect), and the
 * jobs enter the pipeline as a one-source scrape task, through the outbox.
 */
@Injectable()
export class ImportUrlService {
  private readonly http: ScrapeHttpClient;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(DataSource) private readonly ds: DataSource,
    @Inject(ScrapeTasksRepository) private readonly tasks: ScrapeTasksRepository,
    @Inject(OutboxRelay) private readonly relay: OutboxRelay,
  ) {
    this.http = createPublicUrlClient({
      guard: new SsrfGuard({ allowOrigins: config.scraper.import_allow_origins }),
      userAgent: config.scraper.user_agent,
      respectRobots: config.scraper.respect_robots,
      retry: { maxAttempts: 2, baseDelayMs: 500 },
    });
  }

  async import(userId: string, dto: ImportUrlDto) {
    const url = new URL(dto.url);
    const guessed = dto.source ?? sourceOfUrl(url);
    const res = await this.http.fetch(guessed ?? 'import', url.href);
    const source = guessed ?? detectSource(res.body);
    if (!source) throw new PermanentError(`cannot tell which job board ${url.hostname} is; pass "source"`);
    const jobs = getParser(source).parse(res.body, { url: res.url, scrapedAt: new Date() });
    if (jobs.length === 0) throw new PermanentError(`no job posting found at ${res.url}`);
    const scrapedAt = new Date().toISOString();
    const taskId = await this.ds.transaction(async (tx) => {
      const id = await this.tasks.create(tx, userId, { keywords: '', import_url: url.href }, [source]);
      for (const job of jobs)
        await addToOutbox(tx, JobScrapedV1, { task_id: id, scraped_at: scrapedAt, job });
      return id;
    });
    await this.tasks.sourceDone(taskId, source, {
      status: 'ok',
      jobs_found: jobs.length,
      finished_at: scrapedAt,
    });
    await this.tasks.finish(taskId, 'completed', null);
    this.relay.kick();
    return {
      task_id: taskId,
      source,
      jobs: jobs.map((j) => ({ title: j.title, company: j.company, url: j.url })),
    };
  }
}
