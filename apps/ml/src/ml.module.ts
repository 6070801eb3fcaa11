import { Module, type DynamicModule } from '@nestjs/common';
import type { Logger } from '@app/logging';
import type { MlLimits } from './grpc/ml-requests';
import { MlGrpcServer } from './grpc/ml-grpc.server';
import { MlEngine, type MlEngineOptions } from './ml-engine';
import { ML_LIMITS, ML_LOGGER } from './ml.tokens';

export interface MlModuleOptions {
  engine: MlEngineOptions;
  logger: Logger;
  limits?: Partial<MlLimits>;
}

/** The ML service: the engine (built once, async: model files are verified first) and its gRPC server. */
@Module({})
export class MlModule {
  static forRoot(opts: MlModuleOptions): DynamicModule {
    return {
      module: MlModule,
      providers: [
        { provide: ML_LOGGER, useValue: opts.logger },
        { provide: ML_LIMITS, useValue: opts.limits ?? {} },
        { provide: MlEngine, useFactory: () => MlEngine.create(opts.engine, opts.logger) },
        MlGrpcServer,
      ],
      exports: [MlGrpcServer],
    };
  }
}
