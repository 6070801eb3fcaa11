export type CheckState = 'ok' | 'degraded' | 'down' | 'missing';

export interface CheckResult {
  state: CheckState;
  detail?: string | Record<string, unknown>;
  latency_ms?: number;
}

/** One dependency the API needs; readiness runs them all in parallel with a timeout. */
export interface ReadinessCheck {
  readonly name: string;
  /** A non-critical check reports its state but does not fail readiness. */
  readonly critical: boolean;
  check(): Promise<CheckResult>;
}

export const READINESS_CHECKS = Symbol('READINESS_CHECKS');

export async function runChecks(checks: readonly ReadinessCheck[], timeoutMs = 3000) {
  const entries = await Promise.all(
    checks.map(async (c): Promise<[string, CheckResult & { critical: boolean }]> => {
      const started = Date.now();
      try {
        const result = await Promise.race([
          c.check(),
          new Promise<CheckResult>((res) =>
            setTimeout(() => res({ state: 'down', detail: `timed out after ${timeoutMs} ms` }), timeoutMs),
          ),
        ]);
        return [c.name, { ...result, latency_ms: Date.now() - started, critical: c.critical }];
      } catch (e) {
        return [
          c.name,
          {
            state: 'down',
            detail: (e as Error).message,
            latency_ms: Date.now() - started,
            critical: c.critical,
          },
        ];
      }
    }),
  );
  const ready = entries.every(([, r]) => !r.critical || r.state === 'ok' || r.state === 'degraded');
  return { status: ready ? 'ready' : 'not_ready', checks: Object.fromEntries(entries) };
}
