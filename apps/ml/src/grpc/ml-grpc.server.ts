import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { Server, ServerCredentials } from '@grpc/grpc-js';
import type { Logger } from '@app/logging';
import { MlEngine } from '../ml-engine';
import { ML_LIMITS, ML_LOGGER } from '../ml.tokens';
import type { MlLimits } from './ml-requests';
import { loadMlService, mlProtoPath } from './ml-proto';
import { MlGrpcService } from './ml.grpc-service';

/** In-flight calls get this long to finish on shutdown before they are cancelled. */
export const DRAIN_TIMEOUT_MS = 10_000;

/**
 * The gRPC transport: a plain @grpc/grpc-js server (it reports the bound port, so tests can use
 * an ephemeral one) serving the seed's MLService. On app shutdown it drains calls, then closes
 * the engine, so nothing is embedding while the ONNX sessions are released.
 */
@Injectable()
export class MlGrpcServer implements OnApplicationShutdown {
  private server: Server | undefined;
  private boundPort: number | undefined;

  constructor(
    private readonly engine: MlEngine,
    @Inject(ML_LOGGER) private readonly log: Logger,
    @Inject(ML_LIMITS) private readonly limits: Partial<MlLimits>,
  ) {}

  get port(): number | undefined {
    return this.boundPort;
  }

  /** Binds and starts serving; port 0 picks a free one. Returns the bound port. */
  async listen(host: string, port: number): Promise<number> {
    if (this.server) throw new Error('ml gRPC server is already listening');
    const protoPath = mlProtoPath();
    const service = loadMlService(protoPath);
    const server = new Server({ 'grpc.max_receive_message_length': 8 * 1024 * 1024 });
    server.addService(
      service.service,
      new MlGrpcService(this.engine, this.log, this.limits).implementation(),
    );
    const address = `${host.includes(':') ? `[${host}]` : host}:${port}`;
    this.boundPort = await new Promise<number>((resolve, reject) =>
      server.bindAsync(address, ServerCredentials.createInsecure(), (err, bound) =>
        err ? reject(new Error(`cannot listen on ${address}: ${err.message}`)) : resolve(bound),
      ),
    );
    this.server = server;
    this.log.info({ host, port: this.boundPort, proto: protoPath }, 'ml gRPC server listening');
    return this.boundPort;
  }

  async onApplicationShutdown(signal?: string): Promise<void> {
    await this.drain(signal);
    await this.engine.close();
    this.log.info({ signal }, 'ml service stopped');
  }

  private async drain(signal?: string): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    this.log.info({ signal }, 'ml gRPC server draining');
    let timer: NodeJS.Timeout | undefined;
    const drained = new Promise<boolean>((resolve) => server.tryShutdown(() => resolve(true)));
    const timedOut = new Promise<boolean>(
      (resolve) => (timer = setTimeout(() => resolve(false), DRAIN_TIMEOUT_MS)),
    );
    const clean = await Promise.race([drained, timedOut]);
    clearTimeout(timer);
    if (!clean) {
      this.log.warn({ timeoutMs: DRAIN_TIMEOUT_MS }, 'ml gRPC calls still running; cancelling them');
      server.forceShutdown();
    }
  }
}
