import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadPackageDefinition, type GrpcObject, type ServiceClientConstructor } from '@grpc/grpc-js';
import { loadSync, type Options } from '@grpc/proto-loader';

/** The seed's proto, relative to the repo root (apps run from there: `node dist/apps/ml/src/main.js`). */
export const ML_PROTO_RELATIVE = 'proto/ml/ml.proto';

/**
 * Field names as written in the proto (snake_case), absent scalars as their proto3 defaults, so
 * handlers and clients see exactly the seed's messages.
 */
export const PROTO_LOADER_OPTIONS: Options = {
  keepCase: true,
  longs: String,
  enums: String,
  defaults: true,
  arrays: true,
  objects: true,
  oneofs: true,
};

export function mlProtoPath(root: string = process.cwd()): string {
  const path = process.env.ML_PROTO_PATH ?? resolve(root, ML_PROTO_RELATIVE);
  if (!existsSync(path)) {
    throw new Error(`gRPC definition ${path} not found: run from the repository root or set ML_PROTO_PATH`);
  }
  return path;
}

/** The MLService constructor (service definition for servers, client class for callers). */
export function loadMlService(protoPath: string = mlProtoPath()): ServiceClientConstructor {
  const pkg = loadPackageDefinition(loadSync(protoPath, PROTO_LOADER_OPTIONS));
  const ml = pkg.ml as GrpcObject | undefined;
  const svc = ml?.MLService as ServiceClientConstructor | undefined;
  if (!svc?.service) throw new Error(`${protoPath} does not define ml.MLService`);
  return svc;
}

// The seed's messages as the loader hands them over (keepCase, defaults filled in).
export interface EmbedRequest {
  text: string;
}
export interface EmbedBatchRequest {
  texts: string[];
}
export interface ProtoDocument {
  id: string;
  content: string;
  score: number;
}
export interface RerankRequest {
  query: string;
  documents: ProtoDocument[];
  top_k: number;
}
export interface SearchRequest {
  query: string;
  top_k: number;
  collection: string;
  filters: Record<string, string>;
  use_hybrid: boolean;
  vector_weight: number;
}
export interface ExtractSkillsRequest {
  text: string;
}
export interface IndexRequest {
  documents: Array<{ id: string; content: string; metadata: Record<string, string> }>;
  collection: string;
}
export interface ClearIndexRequest {
  collection: string;
}
