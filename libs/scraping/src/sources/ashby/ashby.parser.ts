import type { LocationType, NormalizedJob, ParseContext, SourceParser } from '../../types';
import { periodFromUnit, salaryFromBounds } from '../../normalize/salary-bounds';
import type { ParsedSalary } from '../../normalize/salary';
import { countryCode } from '../../normalize/places';
import {
  arr,
  at,
  buildJobs,
  firstPathSegment,
  isRecord,
  num,
  parseJson,
  rec,
  shapeError,
  str,
  type Json,
  type RawJob,
} from '../common';

const WORKPLACE: Record<string, LocationType> = { remote: 'remote', hybrid: 'hybrid', onsite: 'onsite' };

/** Board slug: first segment of a jobs.ashbyhq.com URL, or the segment after `job-board` in the API URL. */
function slugFrom(url: string | null | undefined): string | null {
  if (!url) return null;
  const api = /\/job-board\/([^/?#]+)/.exec(url);
  return api?.[1] ? decodeURIComponent(api[1]) : firstPathSegment(url);
}

/** The salary component of `compensation` (structured), else its summary strings. */
function compensation(job: Json): { salary: ParsedSalary | null; text: string | null } {
  const comp = rec(job.compensation);
  const component = arr(comp.summaryComponents)
    .map(rec)
    .find((c) => str(c.compensationType)?.toLowerCase() === 'salary');
  const text = str(comp.scrapeableCompensationSalarySummary) ?? str(comp.compensationTierSummary);
  if (!component) return { salary: null, text };
  const salary = salaryFromBounds({
    min: num(component.minValue),
    max: num(component.maxValue),
    currency: str(component.currencyCode),
    period: periodFromUnit(component.interval),
    text,
  });
  return { salary, text };
}

function toRaw(job: Json, ctx: ParseContext): RawJob {
  const url = str(job.jobUrl);
  const secondary = arr(job.secondaryLocations)
    .map((l) => str(rec(l).location))
    .filter(Boolean);
  const location = [str(job.location), ...secondary].filter(Boolean).join(' / ') || null;
  const workplace =
    str(job.workplaceType)
      ?.toLowerCase()
      .replace(/[^a-z]/g, '') ?? '';
  const country = str(at(job, 'address.postalAddress.addressCountry'));
  const comp = compensation(job);
  return {
    title: str(job.title),
    company: slugFrom(url) ?? slugFrom(ctx.url),
    location,
    locationHints: {
      remote: job.isRemote === true,
      type: WORKPLACE[workplace] ?? null,
      country: country ? countryCode(country) : null,
    },
    salary: comp.salary,
    salaryText: comp.text,
    descriptionHtml: str(job.descriptionHtml),
    descriptionText: str(job.descriptionPlain),
    posted: str(job.publishedAt),
    url,
    applyUrl: str(job.applyUrl),
    externalId: str(job.id),
  };
}

/** Ashby posting API (`/posting-api/job-board/<slug>?includeCompensation=true`): `{ jobs: [...] }`. */
export const ashbyParser: SourceParser = {
  source: 'ashby',
  parse(body: string, ctx: ParseContext): NormalizedJob[] {
    const data = parseJson(body, 'ashby');
    if (!isRecord(data) || !Array.isArray(data.jobs)) throw shapeError('ashby', '{ jobs: [...] }');
    const listed = data.jobs.filter(isRecord).filter((j) => j.isListed !== false);
    return buildJobs(
      'ashby',
      listed.map((j) => toRaw(j, ctx)),
      ctx,
    );
  },
};
