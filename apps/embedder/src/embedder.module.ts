import { Module } from '@nestjs/common';
import { JobsRepository, ResumesRepository } from '@app/db';
import { JobNormalizedConsumer } from './job-normalized/job-normalized.consumer';
import { JobNormalizedService } from './job-normalized/job-normalized.service';
import { ResumeUploadedConsumer } from './resume-uploaded/resume-uploaded.consumer';
import { ResumeUploadedService } from './resume-uploaded/resume-uploaded.service';

/** Needs SearchEngineModule in the process (the worker entry and the all-in-one import it). */
@Module({
  providers: [
    JobsRepository,
    ResumesRepository,
    JobNormalizedService,
    JobNormalizedConsumer,
    ResumeUploadedService,
    ResumeUploadedConsumer,
  ],
})
export class EmbedderModule {}
