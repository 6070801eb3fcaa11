import { credentials, type Client, type ServiceError } from '@grpc/grpc-js';
import { loadMlService, mlProtoPath } from './ml-proto';

/** The MLService RPC names, as in the proto. */
export const ML_RPCS = [
  'Embed',
  'EmbedBatch',
  'Rerank',
  'Search',
  'ExtractSkills',
  'IndexDocuments',
  'ClearIndex',
] as const;
export type MlRpc = (typeof ML_RPCS)[number];

type Callback = (err: ServiceError | null, res: unknown) => void;
type UnaryMethod = (req: unknown, options: { deadline: Date }, cb: Callback) => void;

/**
 * A promise-style client for the seed's MLService (snake_case messages, as in the proto).
 * Rejections are grpc ServiceErrors: `code` is the status, `details` the server's message.
 */
export class MlGrpcClient {
  private readonly client: Client;

  constructor(
    address: string,
    private readonly timeoutMs = 10_000,
    protoPath: string = mlProtoPath(),
  ) {
    const Service = loadMlService(protoPath);
    this.client = new Service(address, credentials.createInsecure());
  }

  call<Res = Record<string, unknown>>(rpc: MlRpc, request: object): Promise<Res> {
    const method = (this.client as unknown as Record<string, UnaryMethod>)[rpc]!;
    const deadline = new Date(Date.now() + this.timeoutMs);
    return new Promise<Res>((resolve, reject) =>
      method.call(this.client, request, { deadline }, (err, res) =>
        err ? reject(err) : resolve(res as Res),
      ),
    );
  }

  close(): void {
    this.client.close();
  }
}
