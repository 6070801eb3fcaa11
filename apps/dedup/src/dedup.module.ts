import { Module } from '@nestjs/common';
import { JobsRepository } from '@app/db';
import { JobScrapedConsumer } from './job-scraped/job-scraped.consumer';
import { JobScrapedService } from './job-scraped/job-scraped.service';

@Module({ providers: [JobsRepository, JobScrapedService, JobScrapedConsumer] })
export class DedupModule {}
