import { periodFromUnit, salaryFromBounds } from '../../normalize/salary-bounds';
import type { ParsedSalary } from '../../normalize/salary';
import { arr, isRecord, num, rec, str, type Json, type RawJob } from '../common';

export const INDEED_ORIGIN = 'https://www.indeed.com';

/** `compensation.baseSalary` (employer-given) or `compensation.estimated.baseSalary` (Indeed's estimate). */
function compensationOf(comp: Json): ParsedSalary | null {
  const estimated = rec(comp.estimated);
  const base = isRecord(comp.baseSalary) ? comp.baseSalary : rec(estimated.baseSalary);
  const range = rec(base.range);
  const exact = num(range.value);
  return salaryFromBounds({
    min: num(range.min) ?? exact,
    max: num(range.max) ?? exact,
    currency: str(comp.currencyCode) ?? str(estimated.currencyCode) ?? 'USD',
    period: periodFromUnit(base.unitOfWork),
  });
}

function locationOf(loc: Json): string | null {
  const formatted = loc.formatted;
  if (typeof formatted === 'string') return str(formatted);
  const f = rec(formatted);
  return (
    str(f.long) ?? str(f.short) ?? ([str(loc.city), str(loc.admin1Code)].filter(Boolean).join(', ') || null)
  );
}

/** Remote / hybrid come as job attributes ("Remote", "Hybrid work") in the GraphQL schema. */
function modeOf(job: Json): string | null {
  const labels = arr(job.attributes).map((a) => str(rec(a).label) ?? '');
  return labels.find((l) => /\b(remote|hybrid)\b/i.test(l)) ?? null;
}

/** One `results[].job` of the mobile app's GraphQL `jobSearch` query → RawJob. */
export function graphqlJobToRaw(job: Json): RawJob {
  const key = str(job.key);
  const loc = rec(job.location);
  const mode = modeOf(job);
  const place = locationOf(loc);
  return {
    title: str(job.title),
    company: str(rec(job.employer).name) ?? str(job.sourceEmployerName),
    location: mode && place ? `${place} (${mode})` : (place ?? mode),
    locationHints: { country: str(loc.countryCode) },
    salary: compensationOf(rec(job.compensation)),
    descriptionHtml: str(rec(job.description).html),
    descriptionText: str(rec(job.description).text),
    posted: num(job.datePublished) ?? num(job.dateOnIndeed),
    url: str(rec(job.recruit).viewJobUrl) ?? (key ? `${INDEED_ORIGIN}/viewjob?jk=${key}` : null),
    externalId: key,
  };
}

/** `data.jobSearch.results[].job`, or null when the body is not that shape. */
export function fromGraphql(data: unknown): RawJob[] | null {
  const results = rec(rec(rec(data).data).jobSearch).results;
  if (!Array.isArray(results)) return null;
  return results
    .map((r) => rec(rec(r).job))
    .filter((j) => Object.keys(j).length > 0)
    .map(graphqlJobToRaw);
}
