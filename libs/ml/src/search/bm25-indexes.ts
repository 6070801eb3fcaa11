import { join } from 'node:path';
import type { Logger } from '@app/logging';
import type { CollectionName } from '@app/vector';
import { Bm25Index } from './bm25-index';
import type { Bm25Options, DocumentSource } from './bm25.types';

/**
 * Default field weights per collection. Jobs: a query word in the title counts most, then in the
 * skills list, then the company, then the description. Resume chunks: the section name helps a
 * little ("experience", "skills"), the chunk text carries the rest.
 */
export const BM25_DEFAULTS: Record<CollectionName, Omit<Bm25Options, 'path' | 'name'>> = {
  job_embeddings: { fields: { title: 3, skills: 2, company: 1.5, description: 1 } },
  resume_chunks: { fields: { section: 1.5, content: 1 }, requiredFilterKeys: ['user_id'] },
};

export const bm25Path = (dataDir: string, collection: CollectionName): string =>
  join(dataDir, 'bm25', `${collection}.json`);

export interface Bm25IndexesOptions {
  /** Snapshots go to `<dataDir>/bm25/<collection>.json`; without it nothing is persisted. */
  dataDir?: string;
  /** Per-collection overrides (weights, k1, b). */
  overrides?: Partial<Record<CollectionName, Partial<Bm25Options>>>;
  saveDebounceMs?: number;
  logger?: Logger;
}

export type Bm25Indexes = Record<CollectionName, Bm25Index>;

/** One BM25 index per collection, each with its own file. */
export function createBm25Indexes(opts: Bm25IndexesOptions = {}): Bm25Indexes {
  const make = (c: CollectionName): Bm25Index =>
    new Bm25Index(
      {
        ...BM25_DEFAULTS[c],
        ...opts.overrides?.[c],
        name: c,
        path: opts.dataDir ? bm25Path(opts.dataDir, c) : undefined,
        saveDebounceMs: opts.saveDebounceMs,
      },
      opts.logger,
    );
  return { job_embeddings: make('job_embeddings'), resume_chunks: make('resume_chunks') };
}

/** Start-up: load each snapshot, or rebuild it from its source (PostgreSQL rows) when missing. */
export async function loadOrRebuildBm25(
  indexes: Bm25Indexes,
  sources: Record<CollectionName, DocumentSource>,
): Promise<Record<CollectionName, 'loaded' | 'rebuilt'>> {
  return {
    job_embeddings: await indexes.job_embeddings.loadOrRebuild(undefined, sources.job_embeddings),
    resume_chunks: await indexes.resume_chunks.loadOrRebuild(undefined, sources.resume_chunks),
  };
}
