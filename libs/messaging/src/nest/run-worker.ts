import 'reflect-metadata';
import { Module, type DynamicModule, type Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppConfigModule, loadConfig } from '@app/config';
import { DbModule } from '@app/db';
import { createLogger, LoggingModule, PinoNestLogger } from '@app/logging';
import { MessagingModule } from './messaging.module';

@Module({})
class WorkerRootModule {
  static register(service: string, features: Array<Type | DynamicModule>): DynamicModule {
    return {
      module: WorkerRootModule,
      imports: [
        AppConfigModule.forRoot(),
        LoggingModule.forRoot(service),
        DbModule,
        MessagingModule.forRoot({ connectionName: service }),
        ...features,
      ],
    };
  }
}

/**
 * Entry of a consumer app: config, logger, database, JetStream, then the feature modules,
 * whose @ConsumeEvent handlers start pulling. SIGTERM drains in-flight messages first.
 */
export async function runWorker(service: string, features: Array<Type | DynamicModule>): Promise<void> {
  try {
    const config = loadConfig();
    const log = createLogger({ service, level: config.logging.level });
    const app = await NestFactory.createApplicationContext(WorkerRootModule.register(service, features), {
      logger: new PinoNestLogger(log),
    });
    app.enableShutdownHooks();
    await app.init();
    log.info('worker running');
  } catch (err) {
    process.stderr.write(`${service} failed to start: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  }
}
