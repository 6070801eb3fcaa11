import { ArgumentsHost, Catch, HttpException, HttpStatus, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { PermanentError, TransientError, type PermanentKind } from '@app/contracts';
import type { Logger } from '@app/logging';

const KIND_STATUS: Record<PermanentKind, number> = {
  invalid: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
};

export interface ErrorBody {
  statusCode: number;
  error: string;
  message: string | string[];
  requestId: string;
}

/**
 * One place that turns errors into responses: permanent → 4xx with its message, transient
 * → 503, anything else → 500 with only the request id. Never a stack trace to the client.
 */
@Catch()
export class HttpExceptionFilter implements ExceptionFilter {
  constructor(private readonly log: Logger) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const reply = ctx.getResponse<FastifyReply>();
    const req = ctx.getRequest<FastifyRequest>();
    const { status, message } = this.describe(exception);
    if (status >= 500) this.log.error({ err: exception, reqId: req.id }, 'request failed');
    if (status === 503) void reply.header('Retry-After', '5');
    const body: ErrorBody = {
      statusCode: status,
      error: reasonPhrase(status),
      message,
      requestId: String(req.id),
    };
    void reply.status(status).send(body);
  }

  private describe(e: unknown): { status: number; message: string | string[] } {
    if (e instanceof HttpException) {
      const res = e.getResponse();
      const message =
        typeof res === 'object' && res && 'message' in res
          ? (res as { message: string | string[] }).message
          : e.message;
      return { status: e.getStatus(), message };
    }
    if (e instanceof PermanentError) return { status: KIND_STATUS[e.kind], message: e.message };
    if (e instanceof TransientError)
      return { status: 503, message: 'temporarily unavailable, try again shortly' };
    const fastifyStatus = (e as { statusCode?: number } | null)?.statusCode;
    if (typeof fastifyStatus === 'number' && fastifyStatus >= 400 && fastifyStatus < 500) {
      return { status: fastifyStatus, message: (e as Error).message };
    }
    return { status: 500, message: 'internal error' };
  }
}

function reasonPhrase(status: number): string {
  const name = Object.entries(HttpStatus).find(([, v]) => (v as number) === status)?.[0];
  return name ? name.toLowerCase().replace(/_/g, ' ') : 'error';
}
