import { Module } from '@nestjs/common';
import { JobListingRepository, JobsRepository, MatchScoresRepository } from '@app/db';
import { JobsController } from './jobs.controller';
import { JobsService } from './jobs.service';

@Module({
  controllers: [JobsController],
  providers: [JobsService, JobListingRepository, JobsRepository, MatchScoresRepository],
})
export class JobsModule {}
