import { PermanentError, TransientError } from '@app/contracts';

/** A source answered with a block (403, a challenge or captcha page): retrying soon cannot help. */
export class SourceBlockedError extends PermanentError {
  override readonly name: string = 'SourceBlockedError';
  constructor(
    readonly source: string,
    readonly reason: string,
    readonly url: string,
    readonly status?: number,
  ) {
    super(`${source} blocked the request: ${reason}`, 'forbidden', { source, reason, url, status });
  }
}

/** robots.txt disallows the URL for our user agent; the URL is never fetched. */
export class RobotsDisallowedError extends PermanentError {
  override readonly name: string = 'RobotsDisallowedError';
  constructor(readonly url: string) {
    super(`blocked by robots.txt: ${url}`, 'forbidden', { url });
  }
}

/** A user-supplied URL points at (or redirects to) a non-public address or scheme. */
export class SsrfBlockedError extends PermanentError {
  override readonly name: string = 'SsrfBlockedError';
  constructor(
    readonly url: string,
    readonly reason: string,
  ) {
    super(`refused to fetch ${url}: ${reason}`, 'forbidden', { url, reason });
  }
}

/** A non-retryable HTTP status (404, 400, ...), with the status kept for callers. */
export class HttpStatusError extends PermanentError {
  override readonly name: string = 'HttpStatusError';
  constructor(
    readonly url: string,
    readonly status: number,
  ) {
    super(
      `HTTP ${status} from ${url}`,
      status === 404 || status === 410 ? 'not_found' : status === 401 ? 'unauthorized' : 'invalid',
      {
        url,
        status,
      },
    );
  }
}

/** Retries ran out (or the server asked us to wait longer than we allow). */
export class RetriesExhaustedError extends TransientError {
  override readonly name: string = 'RetriesExhaustedError';
  constructor(
    message: string,
    readonly url: string,
    readonly attempts: number,
    readonly status?: number,
    cause?: unknown,
  ) {
    super(message, cause);
  }
}

/** A proxy could not be reached or refused the tunnel; counts against that proxy. */
export class ProxyError extends TransientError {
  override readonly name: string = 'ProxyError';
}
