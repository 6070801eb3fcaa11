import type { StreamName } from '@app/contracts';

/**
 * Maps logical names to the server's: an optional prefix (one per test file, empty in
 * production) goes in front of every subject and stream, so runs never see each other.
 */
export class Namespace {
  constructor(readonly prefix: string = '') {}

  subject(subject: string): string {
    return this.prefix ? `${this.prefix}.${subject}` : subject;
  }

  /** The logical subject of a server subject (prefix removed). */
  strip(subject: string): string {
    const p = `${this.prefix}.`;
    return this.prefix && subject.startsWith(p) ? subject.slice(p.length) : subject;
  }

  stream(name: StreamName): string {
    return this.prefix ? `${this.prefix.toUpperCase()}_${name}` : name;
  }

  durable(name: string): string {
    return this.prefix ? `${this.prefix}_${name}` : name;
  }
}

/** Replayed copies for one consumer travel on <domain>.replay.<durable> inside the same stream. */
export const replaySubject = (stream: StreamName, durable: string): string =>
  `${stream.toLowerCase()}.replay.${durable}`;

export const dlqSubject = (stage: string): string => `dlq.${stage}`;
