import { DynamicModule, Module, type Type } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfigModule, type AppConfig } from '@app/config';
import { DbModule } from '@app/db';
import { LoggingModule, type Logger } from '@app/logging';
import { MessagingModule, NatsClient } from '@app/messaging';
import { SearchEngine } from '@app/ml';
import { modelFilesCheck, vectorStoreCheck } from './health/ml.checks';
import { ApplicationsModule } from './applications/applications.module';
import { AuthModule } from './auth/auth.module';
import { HealthController } from './health/health.controller';
import { ImportUrlModule } from './import-url/import-url.module';
import { JobsModule } from './jobs/jobs.module';
import { ResumesModule } from './resumes/resumes.module';
import { ScrapeModule } from './scrape/scrape.module';
import { natsCheck, postgresCheck, streamsCheck } from './health/infrastructure.checks';
import { READINESS_CHECKS } from './health/readiness';
import { MetricsController } from './metrics/metrics.controller';

export interface ApiModuleOptions {
  config: AppConfig;
  logger?: Logger;
  /** Consumer modules booted in the same process (the all-in-one entry). */
  features?: Array<Type | DynamicModule>;
}

/** The HTTP front door: REST under /api, health, metrics, OpenAPI. */
@Module({})
export class ApiModule {
  static register({ config, logger, features = [] }: ApiModuleOptions): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        AppConfigModule.forRoot(config),
        LoggingModule.forRoot('api', logger),
        DbModule,
        MessagingModule.forRoot({ connectionName: 'api' }),
        AuthModule,
        ApplicationsModule,
        JobsModule,
        ResumesModule,
        ScrapeModule,
        ImportUrlModule,
        ...features,
      ],
      controllers: [HealthController, MetricsController],
      providers: [
        {
          provide: READINESS_CHECKS,
          inject: [DataSource, NatsClient, APP_CONFIG, { token: SearchEngine, optional: true }],
          useFactory: (ds: DataSource, nats: NatsClient, cfg: AppConfig, engine?: SearchEngine) => [
            postgresCheck(ds),
            natsCheck(nats),
            streamsCheck(nats),
            vectorStoreCheck(engine),
            modelFilesCheck(cfg),
          ],
        },
      ],
    };
  }
}
