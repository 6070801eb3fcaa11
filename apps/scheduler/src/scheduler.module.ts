import { Module } from '@nestjs/common';
import { SavedSearchesRepository, ScrapeTasksRepository } from '@app/db';
import { CacheExpiryJob } from './cache-expiry/cache-expiry.job';
import { SavedSearchesJob } from './saved-searches/saved-searches.job';
import { SchedulerService } from './scheduler.service';

@Module({
  providers: [
    SavedSearchesRepository,
    ScrapeTasksRepository,
    SavedSearchesJob,
    CacheExpiryJob,
    SchedulerService,
  ],
  exports: [SchedulerService],
})
export class SchedulerModule {}
