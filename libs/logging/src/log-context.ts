import { AsyncLocalStorage } from 'node:async_hooks';

export interface LogContext {
  requestId?: string;
  correlationId?: string;
  userId?: string;
}

const storage = new AsyncLocalStorage<LogContext>();

/** Fields every log line written inside this async flow carries (request id, correlation id). */
export const logContext = {
  run<T>(ctx: LogContext, fn: () => T): T {
    return storage.run(ctx, fn);
  },
  enter(ctx: LogContext): void {
    storage.enterWith(ctx);
  },
  current(): LogContext | undefined {
    return storage.getStore();
  },
};
