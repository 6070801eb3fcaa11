import { DynamicModule, Global, Module } from '@nestjs/common';
import { ConfigModule as NestConfigModule } from '@nestjs/config';
import type { AppConfig } from './config.schema';
import { loadConfig, type LoadConfigOptions } from './load-config';

/** Injection token for the validated, typed configuration object. */
export const APP_CONFIG = Symbol('APP_CONFIG');

/**
 * Loads and validates the configuration once, at start-up; a bad value stops the app with
 * a message naming every bad key. Feature code injects APP_CONFIG, never reads process.env.
 */
@Global()
@Module({})
export class AppConfigModule {
  static forRoot(source: AppConfig | LoadConfigOptions = {}): DynamicModule {
    const config = 'server' in source ? source : loadConfig(source);
    return {
      module: AppConfigModule,
      imports: [NestConfigModule.forRoot({ ignoreEnvFile: true, load: [() => config], isGlobal: true })],
      providers: [{ provide: APP_CONFIG, useValue: config }],
      exports: [APP_CONFIG],
    };
  }
}
