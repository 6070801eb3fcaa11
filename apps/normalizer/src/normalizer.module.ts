import { Module } from '@nestjs/common';
import { JobsRepository } from '@app/db';
import { JobUniqueConsumer } from './job-unique/job-unique.consumer';
import { JobUniqueService } from './job-unique/job-unique.service';

@Module({ providers: [JobsRepository, JobUniqueService, JobUniqueConsumer] })
export class NormalizerModule {}
