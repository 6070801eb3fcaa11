import { existsSync, readFileSync, statSync } from 'node:fs';
import { getParser, isSourceName, SOURCE_NAMES, type NormalizedJob } from '@app/scraping';
import { stringFlag, UsageError, type ParsedArgs } from './cli-args';

/** The keys `parse` prints, in this order (the documented JSON-lines format). */
export const OUTPUT_KEYS = [
  'title',
  'company',
  'location',
  'location_type',
  'salary_min',
  'salary_max',
  'salary_currency',
  'salary_period',
  'salary_text',
  'description',
  'posted_date',
  'url',
  'source',
  'external_id',
] as const;

export type OutputRecord = Pick<NormalizedJob, (typeof OUTPUT_KEYS)[number]>;

export interface ParseOptions {
  source: string;
  /** A path, or "-" for standard input. */
  file: string;
  url?: string;
  scrapedAt: Date;
}

export function parseOptions(args: ParsedArgs): ParseOptions {
  const source = stringFlag(args, 'source', true);
  if (!isSourceName(source))
    throw new UsageError(`unknown source "${source}" (known: ${SOURCE_NAMES.join(', ')})`);
  const file = stringFlag(args, 'file', true);
  const at = stringFlag(args, 'scraped-at');
  const scrapedAt = at === undefined ? new Date() : new Date(at);
  if (Number.isNaN(scrapedAt.getTime())) throw new UsageError(`--scraped-at "${at}" is not an ISO date`);
  const url = stringFlag(args, 'url');
  return url === undefined ? { source, file, scrapedAt } : { source, file, url, scrapedAt };
}

/** Reads the saved page or response; a missing file or a directory is a usage error. */
export function readBody(file: string): string {
  if (file === '-') return readFileSync(0, 'utf8');
  if (!existsSync(file)) throw new UsageError(`file not found: ${file}`, false);
  if (statSync(file).isDirectory()) throw new UsageError(`not a file: ${file}`, false);
  return readFileSync(file, 'utf8');
}

export function toOutputRecord(job: NormalizedJob): OutputRecord {
  const out: Record<string, unknown> = {};
  for (const key of OUTPUT_KEYS) out[key] = job[key];
  return out as OutputRecord;
}

/** `parse`: saved page or response → normalized jobs, one JSON object per line. Returns the count. */
export function runParse(opts: ParseOptions, write: (line: string) => void): number {
  const parser = getParser(opts.source);
  const body = readBody(opts.file);
  const ctx =
    opts.url === undefined ? { scrapedAt: opts.scrapedAt } : { url: opts.url, scrapedAt: opts.scrapedAt };
  const jobs = parser.parse(body, ctx);
  for (const job of jobs) write(`${JSON.stringify(toOutputRecord(job))}\n`);
  return jobs.length;
}
