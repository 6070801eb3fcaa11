import { collectDefaultMetrics, Histogram, register } from 'prom-client';

let started = false;

/** Process metrics plus one request-duration histogram labelled by route and status. */
export function httpMetrics(): Histogram<'method' | 'route' | 'status'> {
  if (!started) {
    collectDefaultMetrics({ prefix: 'resume_rag_' });
    started = true;
  }
  const existing = register.getSingleMetric('resume_rag_http_request_duration_seconds');
  return (
    (existing as Histogram<'method' | 'route' | 'status'> | undefined) ??
    new Histogram({
      name: 'resume_rag_http_request_duration_seconds',
      help: 'HTTP request duration by route and status',
      labelNames: ['method', 'route', 'status'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.3, 1, 3, 10],
    })
  );
}
