/**
 * The two error families. Permanent: retrying cannot help (invalid input, not found,
 * conflict) → HTTP 4xx, or dead letter + term for a message. Transient: worth a retry
 * (a dependency down, a timeout) → HTTP 503, or nak with a growing delay.
 */
export type PermanentKind = 'invalid' | 'not_found' | 'conflict' | 'unauthorized' | 'forbidden' | 'too_large';

export class PermanentError extends Error {
  override readonly name: string = 'PermanentError';
  constructor(
    message: string,
    readonly kind: PermanentKind = 'invalid',
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}

export class TransientError extends Error {
  override readonly name: string = 'TransientError';
  constructor(
    message: string,
    override readonly cause?: unknown,
  ) {
    super(message);
  }
}

export const isPermanent = (e: unknown): e is PermanentError => e instanceof PermanentError;
export const isTransient = (e: unknown): e is TransientError => e instanceof TransientError;
