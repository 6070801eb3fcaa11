// Speed of job analysis, resume analysis/chunking and scoring on a ~5,000-char posting and a
// one-page resume. Run after a build, from the repository root:
//   node dist/test/bench/matching.bench.js
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { chunkResume } from '../../libs/ml/src/chunking';
import { analyzeJob, analyzeResume, scoreMatch } from '../../libs/ml/src/matching';

const fixture = (name: string): string =>
  readFileSync(resolve(process.cwd(), 'test/fixtures/matching', name), 'utf8');

/** A ~5,000-char posting: the backend fixture plus realistic filler paragraphs. */
function longJob(): string {
  const extra = [
    "About us\nWe run the logistics platform behind thousands of restaurants across Europe. Our engineers own their services, write design documents, and review each other's code with care.",
    'What you will do\n- Break a legacy Django monolith into services with clear contracts.\n- Tune PostgreSQL queries and design partitioning for tables with billions of rows.\n- Build event-driven pipelines on Apache Kafka and keep consumer lag low.\n- Improve observability with Prometheus, Grafana and OpenTelemetry.\n- Automate infrastructure with Terraform on AWS.',
    'Our stack\nPython 3.12, FastAPI, Go, PostgreSQL, Redis, Kafka, Kubernetes (EKS), Docker, GitHub Actions, Terraform, Datadog.',
    'How we work\nSmall teams of four to six engineers, a product manager and a designer. We ship several times a day behind feature flags and practise blameless postmortems.',
    'Benefits\n- 30 days of paid vacation\n- Learning budget of 2,000 EUR a year\n- Hybrid work from our Berlin office or remote within the EU\n- Company pension scheme and public transport ticket',
  ];
  let text = fixture('job-backend.txt');
  for (let i = 0; text.length < 5000; i++) text += `\n\n${extra[i % extra.length]}`;
  return text.slice(0, 5200);
}

function msPerOp(fn: () => unknown, minMs = 1500): { ms: number; runs: number } {
  for (let i = 0; i < 5; i++) fn();
  let runs = 0;
  const start = performance.now();
  while (performance.now() - start < minMs) {
    fn();
    runs++;
  }
  return { ms: (performance.now() - start) / runs, runs };
}

const job = longJob();
const resumeText = `${fixture('resume-markdown.md')}\n${fixture('resume-caps.txt').split('WORK EXPERIENCE')[1] ?? ''}`;
const now = new Date('2026-11-24T00:00:00Z');
const jobAnalysis = analyzeJob(job, 'Senior Backend Engineer');
const resumeAnalysis = analyzeResume(resumeText, undefined, { now });

console.log(`job chars: ${job.length}, resume chars: ${resumeText.length}`);
const rows: Array<[string, () => unknown]> = [
  ['analyzeJob', () => analyzeJob(job, 'Senior Backend Engineer')],
  ['chunkResume', () => chunkResume(resumeText, { format: 'markdown' })],
  ['analyzeResume', () => analyzeResume(resumeText, undefined, { now })],
  ['scoreMatch', () => scoreMatch(jobAnalysis, resumeAnalysis)],
];
for (const [name, fn] of rows) {
  const { ms, runs } = msPerOp(fn);
  console.log(`${name.padEnd(14)} ${ms.toFixed(3)} ms/op  (${runs} runs)`);
}
