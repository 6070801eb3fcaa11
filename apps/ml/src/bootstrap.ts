import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { AppConfig } from '@app/config';
import { PinoNestLogger, type Logger } from '@app/logging';
import type { MlLimits } from './grpc/ml-requests';
import { MlGrpcServer } from './grpc/ml-grpc.server';
import { mlEngineOptions, type MlEngineOptions } from './ml-engine';
import { MlModule } from './ml.module';

export interface MlAppOverrides {
  /** Replaces single engine options (tests: a temporary data dir). */
  engine?: Partial<MlEngineOptions>;
  limits?: Partial<MlLimits>;
}

/**
 * Builds the ML app (no transport yet). Fails, with the reason in the error, when the model
 * files are missing or corrupt: the message names the file and `bash deploy/local/fetch-models.sh`.
 */
export async function createMlApp(
  config: AppConfig,
  log: Logger,
  overrides: MlAppOverrides = {},
): Promise<INestApplicationContext> {
  const engine = { ...mlEngineOptions(config), ...overrides.engine };
  // abortOnError off: a failed start reaches the caller (main prints it and exits, a test asserts it).
  return NestFactory.createApplicationContext(
    MlModule.forRoot({ engine, logger: log, limits: overrides.limits }),
    {
      logger: new PinoNestLogger(log),
      abortOnError: false,
    },
  );
}

/** Connects the gRPC transport; port 0 picks a free one. Returns the bound port. */
export function listenMl(app: INestApplicationContext, host: string, port: number): Promise<number> {
  return app.get(MlGrpcServer).listen(host, port);
}

/** SIGTERM/SIGINT: drain calls, save indexes, release models, exit 0 (1 if closing failed). */
export function closeOnSignals(app: INestApplicationContext, log: Logger): void {
  let closing = false;
  const onSignal = (signal: NodeJS.Signals): void => {
    if (closing) return;
    closing = true;
    log.info({ signal }, 'ml service shutting down');
    app.close().then(
      () => process.exit(0),
      (e: unknown) => {
        log.error({ err: e }, 'ml service shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', onSignal);
  process.once('SIGINT', onSignal);
}
