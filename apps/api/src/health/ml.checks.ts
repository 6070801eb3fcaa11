import { resolve } from 'node:path';
import type { AppConfig } from '@app/config';
import { checkModelFiles, FETCH_MODELS_COMMAND, type SearchEngine } from '@app/ml';
import type { CheckResult, ReadinessCheck } from './readiness';

/** Model files against the manifest; a missing or corrupt one is named with the fetch command. */
export const modelFilesCheck = (config: AppConfig): ReadinessCheck => ({
  name: 'models',
  critical: true,
  async check(): Promise<CheckResult> {
    const report = await checkModelFiles({
      modelsDir: resolve(config.models.dir),
      models: [config.models.embedding],
    });
    if (report.ok)
      return {
        state: 'ok',
        detail: report.files.map((f) => `${f.model}/${f.path.split('/').pop()}`).join(', '),
      };
    const bad = report.files.filter((f) => f.state !== 'ok').map((f) => `${f.path}: ${f.state}`);
    return { state: 'missing', detail: `${bad.join('; ') || report.message}; run: ${FETCH_MODELS_COMMAND}` };
  },
});

/** The vector store answers and holds both collections. */
export const vectorStoreCheck = (engine: SearchEngine | undefined): ReadinessCheck => ({
  name: 'vector_store',
  critical: true,
  async check(): Promise<CheckResult> {
    if (!engine) return { state: 'down', detail: 'not opened: the ML parts did not start (see models)' };
    const [jobs, chunks] = await Promise.all([
      engine.vectors.count('job_embeddings'),
      engine.vectors.count('resume_chunks', undefined),
    ]);
    return {
      state: 'ok',
      detail: {
        backend: engine.vectors.kind,
        job_embeddings: jobs,
        resume_chunks: chunks,
        reranker: engine.reranker.kind,
      },
    };
  },
});
