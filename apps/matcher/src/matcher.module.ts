import { Module } from '@nestjs/common';
import { JobsRepository, MatchScoresRepository, ResumesRepository } from '@app/db';
import { JobIndexedConsumer } from './job-indexed/job-indexed.consumer';
import { JobIndexedService } from './job-indexed/job-indexed.service';
import { MatchScoringService } from './match-scoring.service';
import { ResumeIndexedConsumer } from './resume-indexed/resume-indexed.consumer';
import { ResumeIndexedService } from './resume-indexed/resume-indexed.service';

@Module({
  providers: [
    JobsRepository,
    ResumesRepository,
    MatchScoresRepository,
    MatchScoringService,
    JobIndexedService,
    JobIndexedConsumer,
    ResumeIndexedService,
    ResumeIndexedConsumer,
  ],
})
export class MatcherModule {}
