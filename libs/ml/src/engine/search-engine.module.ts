import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { JobsRepository, ResumesRepository } from '@app/db';
import { LOGGER, type Logger } from '@app/logging';
import { chunkDocument, jobDocument } from './search-documents';
import { SearchEngine } from './search-engine';

/** One SearchEngine per process, rebuilt from PostgreSQL when its files are missing. */
@Global()
@Module({
  providers: [
    {
      provide: SearchEngine,
      inject: [APP_CONFIG, LOGGER, DataSource],
      useFactory: (config: AppConfig, log: Logger, ds: DataSource) => {
        const jobs = new JobsRepository(ds);
        const resumes = new ResumesRepository(ds);
        return SearchEngine.open({
          config,
          log: log.child({ component: 'search-engine' }),
          expectedCounts: {
            job_embeddings: () => jobs.countIndexed(),
            resume_chunks: () => resumes.countIndexedChunks(),
          },
          feeds: {
            job_embeddings: async function* () {
              for await (const job of jobs.streamIndexed()) yield jobDocument(job);
            },
            resume_chunks: async function* () {
              for await (const chunk of resumes.streamChunks()) yield chunkDocument(chunk);
            },
          },
        });
      },
    },
  ],
  exports: [SearchEngine],
})
export class SearchEngineModule implements OnApplicationShutdown {
  constructor(@Inject(SearchEngine) private readonly engine: SearchEngine) {}

  async onApplicationShutdown(): Promise<void> {
    await this.engine.close();
  }
}
