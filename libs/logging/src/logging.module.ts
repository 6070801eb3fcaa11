import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { createLogger, type Logger } from './logger';

/** Injection token for the process's root pino logger. */
export const LOGGER = Symbol('LOGGER');

@Global()
@Module({})
export class LoggingModule {
  static forRoot(service: string, logger?: Logger): DynamicModule {
    return {
      module: LoggingModule,
      providers: [
        {
          provide: LOGGER,
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => logger ?? createLogger({ service, level: config.logging.level }),
        },
      ],
      exports: [LOGGER],
    };
  }
}
