/**
 * MLService over gRPC, end to end: the compiled ML app runs as a child process on 127.0.0.1
 * and this process calls it with a real gRPC client. Prints latency p50/p95 (ms) and rates for
 * Embed, EmbedBatch(32), IndexDocuments, Search (hybrid and vector, 1 and 4 in flight) and
 * ExtractSkills, and the server's RSS. Numbers include serialisation and loopback transport.
 *
 *   npx tsc -p tsconfig.build.json --outDir dist-grpc && node node_modules/tsc-alias/dist/bin/index.js \
 *     -p tsconfig.build.json --outDir dist-grpc && node dist-grpc/test/bench/ml-grpc.bench.js
 * Env: BENCH_JOBS (500 jobs indexed), BENCH_CALLS (200 per scenario), ML_THREADS (ONNX threads).
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { MlGrpcClient } from '../../apps/ml/src/grpc/ml.grpc-client';
import { freePort, spawnMl } from '../../apps/ml/src/testing/ml-process';
import { removeDir, tempDir } from '../../apps/ml/src/testing/ml-test-setup';
import { benchTexts } from './embedding-bench.texts';
import { BENCH_QUERIES, generateJobs } from './search-jobs.generator';

const JOBS = Number(process.env.BENCH_JOBS ?? '500');
const CALLS = Number(process.env.BENCH_CALLS ?? '200');

const pct = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
};

/** Runs `calls` calls with `inFlight` workers; prints p50/p95 per call and calls/s. */
async function measure(name: string, calls: number, inFlight: number, fn: (i: number) => Promise<unknown>) {
  const lat: number[] = [];
  let next = 0;
  const t0 = performance.now();
  const worker = async (): Promise<void> => {
    while (next < calls) {
      const i = next++;
      const s = performance.now();
      await fn(i);
      lat.push(performance.now() - s);
    }
  };
  await Promise.all(Array.from({ length: inFlight }, worker));
  const secs = (performance.now() - t0) / 1000;
  const line = `${name.padEnd(44)} in-flight ${inFlight}  p50 ${pct(lat, 50).toFixed(1)} ms  p95 ${pct(lat, 95).toFixed(1)} ms  ${(calls / secs).toFixed(1)} calls/s`;
  process.stdout.write(`${line}\n`);
  return calls / secs;
}

function rssMb(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
}

async function main(): Promise<void> {
  const dataDir = tempDir('ml-grpc-bench-');
  const port = await freePort();
  const proc = spawnMl({
    DATA_DIR: dataDir,
    ML_SERVICE_HOST: '127.0.0.1',
    ML_SERVICE_PORT: String(port),
    LOG_LEVEL: 'info',
  });
  const client = new MlGrpcClient(`127.0.0.1:${port}`, 120_000);
  try {
    await proc.waitFor('ml gRPC server listening', 120_000);
    process.stdout.write(
      `ml gRPC bench: ${JOBS} jobs, ${CALLS} calls per scenario, server pid ${proc.child.pid}\n`,
    );
    const queries = benchTexts('query', 64);
    const bullets = benchTexts('bullet', 32);
    await client.call('EmbedBatch', { texts: bullets }); // warm-up
    await measure('Embed (short query)', CALLS, 1, (i) =>
      client.call('Embed', { text: queries[i % queries.length] }),
    );
    await measure('Embed (short query)', CALLS, 4, (i) =>
      client.call('Embed', { text: queries[i % queries.length] }),
    );
    const batches = Math.max(5, Math.floor(CALLS / 10));
    const rate = await measure('EmbedBatch (32 resume bullets)', batches, 1, () =>
      client.call('EmbedBatch', { texts: bullets }),
    );
    process.stdout.write(`  = ${(rate * 32).toFixed(0)} texts/s\n`);
    const docs = generateJobs(JOBS, 42).map((j) => ({
      id: j.id,
      content: j.description,
      metadata: {
        title: j.title,
        company: j.company,
        source: j.source,
        location_type: j.locationType,
        skills: j.skills.join(','),
      },
    }));
    const t0 = performance.now();
    for (let i = 0; i < docs.length; i += 64) {
      await client.call('IndexDocuments', { collection: 'job_embeddings', documents: docs.slice(i, i + 64) });
    }
    process.stdout.write(
      `IndexDocuments: ${JOBS} jobs in ${((performance.now() - t0) / 1000).toFixed(1)} s (batches of 64)\n`,
    );
    const search = (use_hybrid: boolean) => (i: number) =>
      client.call('Search', {
        query: BENCH_QUERIES[i % BENCH_QUERIES.length],
        collection: 'job_embeddings',
        top_k: 10,
        use_hybrid,
      });
    await measure('Search hybrid+rerank top_k 10', CALLS, 1, search(true));
    await measure('Search hybrid+rerank top_k 10', CALLS, 4, search(true));
    await measure('Search vector+rerank top_k 10', CALLS, 1, search(false));
    const jd = benchTexts('jd', 16);
    await measure('ExtractSkills (job description)', CALLS, 1, (i) =>
      client.call('ExtractSkills', { text: jd[i % jd.length] }),
    );
    process.stdout.write(`server RSS after the run: ${rssMb(proc.child.pid!).toFixed(0)} MB\n`);
  } finally {
    client.close();
    proc.child.kill('SIGTERM');
    await proc.exited;
    removeDir(dataDir);
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
