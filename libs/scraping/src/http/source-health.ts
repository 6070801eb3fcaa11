export interface SourceHealth {
  source: string;
  requests: number;
  successes: number;
  failures: number;
  blocks: number;
  jobsFound: number;
  lastSuccessAt: string | null;
  lastError: { message: string; at: string } | null;
  lastBlock: { reason: string; at: string } | null;
}

/** In-memory per-source counters and last events; callers persist or expose the snapshot. */
export class SourceHealthRegistry {
  private readonly sources = new Map<string, SourceHealth>();

  constructor(private readonly now: () => Date = () => new Date()) {}

  recordRequest(source: string): void {
    this.get(source).requests++;
  }

  recordSuccess(source: string): void {
    const h = this.get(source);
    h.successes++;
    h.lastSuccessAt = this.now().toISOString();
  }

  recordError(source: string, error: unknown): void {
    const h = this.get(source);
    h.failures++;
    h.lastError = {
      message: error instanceof Error ? error.message : String(error),
      at: this.now().toISOString(),
    };
  }

  recordBlock(source: string, reason: string): void {
    const h = this.get(source);
    h.blocks++;
    h.lastBlock = { reason, at: this.now().toISOString() };
    h.lastError = { message: `blocked: ${reason}`, at: h.lastBlock.at };
  }

  recordJobs(source: string, count: number): void {
    this.get(source).jobsFound += count;
  }

  /** A copy of one source's record (zeros when never seen). */
  source(source: string): SourceHealth {
    return structuredClone(this.get(source));
  }

  snapshot(): SourceHealth[] {
    return [...this.sources.values()]
      .map((h) => structuredClone(h))
      .sort((a, b) => a.source.localeCompare(b.source));
  }

  private get(source: string): SourceHealth {
    let h = this.sources.get(source);
    if (!h) {
      h = {
        source,
        requests: 0,
        successes: 0,
        failures: 0,
        blocks: 0,
        jobsFound: 0,
        lastSuccessAt: null,
        lastError: null,
        lastBlock: null,
      };
      this.sources.set(source, h);
    }
    return h;
  }
}
