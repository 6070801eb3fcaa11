/** Test helpers for parser specs (not exported from the library). */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { NormalizedJob, ParseContext } from '../types';

/** Real captures live beside the repository; tests skip with this message when they are absent. */
export const REAL_DIR = resolve(process.cwd(), '../shared/fixtures/real');
export const HAVE_REAL = existsSync(REAL_DIR);
export const NO_REAL = HAVE_REAL
  ? false
  : `real captures not found at ${REAL_DIR}; skipping real-capture test`;

export function real(path: string): string {
  return readFileSync(resolve(REAL_DIR, path), 'utf8');
}

/** This repository's own fixtures (test/fixtures/scraping/<source>/...). */
export function own(path: string): string {
  return readFileSync(resolve(process.cwd(), 'test/fixtures/scraping', path), 'utf8');
}

export function ctx(url?: string, scrapedAt = '2026-09-25T12:00:00Z'): ParseContext {
  return url ? { url, scrapedAt: new Date(scrapedAt) } : { scrapedAt: new Date(scrapedAt) };
}

/** The fields a test compares, without the long description. */
export function brief(job: NormalizedJob | undefined): Partial<NormalizedJob> {
  if (!job) return {};
  const { description: _d, ...rest } = job;
  return rest;
}
