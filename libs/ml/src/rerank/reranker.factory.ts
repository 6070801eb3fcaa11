import { join } from 'node:path';
import type { Logger } from '@app/logging';
import { checkModelFiles, defaultModelsDir, loadManifest } from '../models';
import { createCrossEncoderReranker } from './cross-encoder.reranker';
import { LexicalReranker } from './lexical.reranker';
import type { Reranker } from './reranker';

export interface RerankerFactoryOptions {
  modelsDir?: string;
  /** A cross-encoder by manifest name; default: the first model with role "cross-encoder". */
  crossEncoder?: string;
  /** Force the weights-free reranker even when a cross-encoder is installed. */
  lexicalOnly?: boolean;
  maxTokens?: number;
  threads?: number;
  logger?: Logger;
}

/**
 * The cross-encoder when one is listed in models/manifest.json and its files verify; otherwise
 * the lexical reranker. `reranker.kind` tells callers which one runs (it goes into search_mode).
 */
export async function createReranker(opts: RerankerFactoryOptions = {}): Promise<Reranker> {
  const modelsDir = opts.modelsDir ?? defaultModelsDir();
  const name = opts.lexicalOnly ? undefined : (opts.crossEncoder ?? firstCrossEncoder(modelsDir));
  if (name) {
    const report = await checkModelFiles({ modelsDir, models: [name] });
    if (report.ok) {
      opts.logger?.info({ model: name }, 'reranker: cross-encoder');
      return createCrossEncoderReranker({
        modelDir: join(modelsDir, name),
        maxTokens: opts.maxTokens,
        threads: opts.threads,
      });
    }
    opts.logger?.warn(
      { model: name, problem: report.message },
      'reranker: cross-encoder files not usable, using lexical',
    );
  } else {
    opts.logger?.info('reranker: no cross-encoder installed, using lexical');
  }
  return new LexicalReranker();
}

function firstCrossEncoder(modelsDir: string): string | undefined {
  try {
    const manifest = loadManifest(modelsDir);
    return Object.entries(manifest.models).find(([, m]) => m.role === 'cross-encoder')?.[0];
  } catch {
    return undefined;
  }
}
