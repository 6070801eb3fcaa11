import { createHash } from 'node:crypto';
import { normalizeCompanyName } from '../normalize/company';
import { parseLocation } from '../normalize/location';
import type { NormalizedJob, SourceName } from '../types';

const TITLE_WORDS: Record<string, string> = {
  sr: 'senior',
  snr: 'senior',
  jr: 'junior',
  eng: 'engineer',
  engr: 'engineer',
  dev: 'developer',
  mgr: 'manager',
  swe: 'software engineer',
  ml: 'machine learning',
  ii: '2',
  iii: '3',
  iv: '4',
};

/** Title reduced to what identifies the role: "Sr. Software Eng (Remote)" → "senior software engineer". */
export function normalizeTitle(title: string): string {
  return title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\((?:remote|hybrid|on-?site|contract|full[- ]time|part[- ]time)[^)]*\)/g, ' ')
    .replace(/[^a-z0-9+#]+/g, ' ')
    .trim()
    .split(/\s+/)
    .map((w) => TITLE_WORDS[w] ?? w)
    .join(' ');
}

/** Place reduced to city/region/country, or "remote"; mode words and formatting dropped. */
export function normalizeLocationKey(location: string | null, locationType: string | null): string {
  const parsed = parseLocation(location ?? '');
  const type = locationType ?? parsed.location_type;
  const place = [parsed.city, parsed.region, parsed.country].filter(Boolean).join(' ').toLowerCase();
  if (place) return place.replace(/[^a-z0-9]+/g, ' ').trim();
  return type === 'remote'
    ? 'remote'
    : (parsed.location ?? '')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, ' ')
        .trim();
}

/** company | title | location: the same posting seen on two boards gets the same key. */
export function canonicalJobKey(
  job: Pick<NormalizedJob, 'company' | 'title' | 'location' | 'location_type'>,
): string {
  return [
    normalizeCompanyName(job.company),
    normalizeTitle(job.title),
    normalizeLocationKey(job.location, job.location_type),
  ].join('|');
}

const squash = (s: string | null | undefined) => (s ?? '').toLowerCase().replace(/\s+/g, ' ').trim();

/** 32 hex chars over the fields a reader sees; a changed description gives a new hash. */
export function jobContentHash(
  job: Pick<NormalizedJob, 'title' | 'company' | 'location' | 'description' | 'salary_text'>,
): string {
  return createHash('md5')
    .update(
      [job.title, job.company, job.location, job.salary_text, job.description].map(squash).join('\u0000'),
    )
    .digest('hex');
}

/** Sources whose URL is the employer's own applicant-tracking page. */
const EMPLOYER_SOURCES: ReadonlySet<SourceName> = new Set(['greenhouse', 'lever', 'ashby']);
const BOARD_HOSTS =
  /(indeed|dice|wellfound|angel|ycombinator|workatastartup|builtin|remoteok|news\.ycombinator|linkedin|glassdoor)\./i;

/** The employer's own apply link for a posting, when one is known. */
export function employerApplyUrl(job: Pick<NormalizedJob, 'source' | 'url' | 'apply_url'>): string | null {
  if (job.apply_url && !BOARD_HOSTS.test(hostOf(job.apply_url))) return job.apply_url;
  if (EMPLOYER_SOURCES.has(job.source)) return job.apply_url ?? job.url;
  return null;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}
