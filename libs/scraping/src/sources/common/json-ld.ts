import type { CheerioAPI } from 'cheerio';
import { periodFromUnit, salaryFromBounds } from '../../normalize/salary-bounds';
import type { ParsedSalary } from '../../normalize/salary';
import { countryCode } from '../../normalize/places';
import type { RawJob } from './job-builder';
import { arr, isRecord, num, rec, str, type Json } from './values';

function typeMatches(node: Json, type: string): boolean {
  const t = node['@type'];
  return t === type || (Array.isArray(t) && t.includes(type));
}

function collect(node: unknown, type: string, out: Json[]): void {
  if (Array.isArray(node)) {
    for (const item of node) collect(item, type, out);
  } else if (isRecord(node)) {
    if (typeMatches(node, type)) out.push(node);
    if (node['@graph']) collect(node['@graph'], type, out);
  }
}

/** Every JSON-LD object of a type in the page (top level, arrays and @graph). Broken blocks are skipped. */
export function findJsonLd($: CheerioAPI, type: string): Json[] {
  const out: Json[] = [];
  $('script[type="application/ld+json"]').each((_, el) => {
    const text = $(el).text();
    try {
      collect(JSON.parse(text) as unknown, type, out);
    } catch {
      // Pages sometimes carry a malformed block next to a good one; the good one is enough.
    }
  });
  return out;
}

function addressText(address: unknown): { text: string | null; country: string | null } {
  if (typeof address === 'string') return { text: str(address), country: null };
  const a = rec(address);
  const countryRaw = isRecord(a.addressCountry) ? str(a.addressCountry.name) : str(a.addressCountry);
  const parts = [str(a.addressLocality), str(a.addressRegion), countryRaw].filter((p): p is string => !!p);
  const unique = parts.filter((p, i) => parts.indexOf(p) === i);
  return {
    text: unique.length ? unique.join(', ') : null,
    country: countryRaw ? countryCode(countryRaw) : null,
  };
}

/** "New York, New York, US; Austin, TX" from one or many Places. */
export function jobLocationText(jobLocation: unknown): { text: string | null; country: string | null } {
  const places = Array.isArray(jobLocation) ? jobLocation : jobLocation ? [jobLocation] : [];
  const read = places.map((p) => addressText(rec(p).address ?? p));
  const texts = read.map((r) => r.text).filter((t): t is string => !!t);
  return { text: texts.length ? texts.join('; ') : null, country: read[0]?.country ?? null };
}

/** schema.org MonetaryAmount → salary ("value" may be a number or a QuantitativeValue). */
export function baseSalary(value: unknown): ParsedSalary | null {
  const s = rec(value);
  const v = s.value;
  const q = rec(v);
  const single = num(v) ?? num(q.value);
  return salaryFromBounds({
    min: num(q.minValue) ?? single,
    max: num(q.maxValue) ?? single,
    currency: str(s.currency) ?? str(q.currency),
    period: periodFromUnit(q.unitText ?? s.unitText),
  });
}

/** A JobPosting object → RawJob (the same for every board that publishes JSON-LD). */
export function jobPostingToRaw(ld: Json, pageUrl: string | null): RawJob {
  const org = ld.hiringOrganization;
  const loc = jobLocationText(ld.jobLocation);
  const telecommute = str(ld.jobLocationType)?.toUpperCase() === 'TELECOMMUTE';
  const applicant = arr(ld.applicantLocationRequirements)
    .map((r) => str(rec(r).name))
    .filter(Boolean);
  const identifier = isRecord(ld.identifier) ? str(ld.identifier.value) : str(ld.identifier);
  const url = str(ld.url) ?? pageUrl;
  return {
    title: str(ld.title),
    company: isRecord(org) ? str(org.name) : str(org),
    location: loc.text ?? (applicant.length ? applicant.join(', ') : null),
    locationHints: { remote: telecommute, country: loc.country },
    salary: baseSalary(ld.baseSalary ?? ld.estimatedSalary),
    descriptionHtml: str(ld.description),
    posted: str(ld.datePosted),
    url,
    externalId: identifier ?? url,
  };
}
