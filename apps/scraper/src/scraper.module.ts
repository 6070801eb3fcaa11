import { Module } from '@nestjs/common';
import { ScrapeTasksRepository } from '@app/db';
import { ScrapeRequestedConsumer } from './scrape-requested/scrape-requested.consumer';
import { ScrapeRequestedService } from './scrape-requested/scrape-requested.service';
import { ScraperRuntime } from './scraper-runtime';

@Module({
  providers: [ScraperRuntime, ScrapeTasksRepository, ScrapeRequestedService, ScrapeRequestedConsumer],
})
export class ScraperModule {}
