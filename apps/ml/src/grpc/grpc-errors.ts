import { Metadata, status, type ServiceError } from '@grpc/grpc-js';
import { isPermanent, isTransient, type PermanentKind } from '@app/contracts';

/** An error that already carries its gRPC status; handlers throw it for bad requests. */
export class GrpcStatusError extends Error {
  override readonly name = 'GrpcStatusError';
  constructor(
    readonly code: status,
    message: string,
  ) {
    super(message);
  }
}

export const invalidArgument = (message: string): GrpcStatusError =>
  new GrpcStatusError(status.INVALID_ARGUMENT, message);

export const resourceExhausted = (message: string): GrpcStatusError =>
  new GrpcStatusError(status.RESOURCE_EXHAUSTED, message);

/**
 * Our error families to gRPC codes. 'forbidden' from the ML libraries only means a query on user
 * data without its user_id filter: a malformed request to this internal service, not an auth
 * failure, so it is INVALID_ARGUMENT.
 */
const PERMANENT_CODES: Record<PermanentKind, status> = {
  invalid: status.INVALID_ARGUMENT,
  forbidden: status.INVALID_ARGUMENT,
  not_found: status.NOT_FOUND,
  conflict: status.ALREADY_EXISTS,
  unauthorized: status.UNAUTHENTICATED,
  too_large: status.RESOURCE_EXHAUSTED,
};

export interface MappedError {
  code: status;
  message: string;
  /** Whether the cause is ours (log at error level with the stack) rather than the caller's. */
  internal: boolean;
}

/** Status and a caller-safe message; internal failures never expose messages or stacks. */
export function mapError(e: unknown, rpc: string): MappedError {
  if (e instanceof GrpcStatusError) return { code: e.code, message: e.message, internal: false };
  if (isPermanent(e))
    return { code: PERMANENT_CODES[e.kind] ?? status.INVALID_ARGUMENT, message: e.message, internal: false };
  if (isTransient(e))
    return {
      code: status.UNAVAILABLE,
      message: `${rpc}: temporarily unavailable, retry later`,
      internal: true,
    };
  return { code: status.INTERNAL, message: `${rpc}: internal error`, internal: true };
}

export function toServiceError(mapped: MappedError): Partial<ServiceError> {
  return { code: mapped.code, details: mapped.message, message: mapped.message, metadata: new Metadata() };
}
