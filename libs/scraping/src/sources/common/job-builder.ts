import type { NormalizedJob, ParseContext, SourceName } from '../../types';
import { parseLocation, type LocationHints } from '../../normalize/location';
import { parseSalary, type ParsedSalary, type SalaryOptions } from '../../normalize/salary';
import { resolvePostedDate } from '../../normalize/posted-date';
import { cleanText, htmlToText } from '../../normalize/text';

/** What a parser reads off one posting before normalisation. */
export interface RawJob {
  title: string | null;
  company: string | null;
  location?: string | null;
  locationHints?: LocationHints;
  /** A salary already read from structured fields; wins over `salaryText`. */
  salary?: ParsedSalary | null;
  salaryText?: string | null;
  salaryOptions?: SalaryOptions;
  descriptionHtml?: string | null;
  descriptionText?: string | null;
  posted?: string | number | null;
  url: string | null;
  applyUrl?: string | null;
  externalId: string | null;
}

function salaryOf(raw: RawJob): { parsed: ParsedSalary | null; text: string | null } {
  const text = raw.salaryText ? cleanText(raw.salaryText) || null : null;
  const parsed = raw.salary ?? (text ? parseSalary(text, raw.salaryOptions) : null);
  return { parsed, text: text ?? parsed?.text ?? null };
}

/**
 * Normalises one raw posting. Returns null when the posting lacks what every job needs (a title
 * and an id or URL); callers drop those rather than failing the whole page.
 */
export function buildJob(source: SourceName, raw: RawJob, ctx: ParseContext): NormalizedJob | null {
  const title = cleanText(raw.title);
  const externalId = raw.externalId ?? raw.url;
  if (!title || !externalId) return null;
  const loc = parseLocation(raw.location ? cleanText(raw.location) : null, raw.locationHints);
  const { parsed, text } = salaryOf(raw);
  const description = raw.descriptionHtml ? htmlToText(raw.descriptionHtml) : cleanText(raw.descriptionText);
  const job: NormalizedJob = {
    title,
    company: cleanText(raw.company) || 'Unknown',
    location: loc.location,
    location_type: loc.location_type,
    salary_min: parsed?.min ?? null,
    salary_max: parsed?.max ?? null,
    salary_currency: parsed?.currency ?? null,
    salary_period: parsed?.period ?? null,
    salary_text: text,
    description,
    posted_date: resolvePostedDate(raw.posted ?? null, ctx.scrapedAt),
    url: raw.url ?? ctx.url ?? '',
    source,
    external_id: externalId,
  };
  if (raw.applyUrl) job.apply_url = raw.applyUrl;
  return job;
}

/** Builds every posting and drops the unusable ones. */
export function buildJobs(source: SourceName, raws: RawJob[], ctx: ParseContext): NormalizedJob[] {
  const out: NormalizedJob[] = [];
  for (const raw of raws) {
    const job = buildJob(source, raw, ctx);
    if (job) out.push(job);
  }
  return out;
}
