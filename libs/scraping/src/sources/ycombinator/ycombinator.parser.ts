import type { CheerioAPI } from 'cheerio';
import type { NormalizedJob, ParseContext, SourceParser } from '../../types';
import {
  absoluteUrl,
  arr,
  buildJobs,
  findJsonLd,
  isRecord,
  jobPostingToRaw,
  loadHtml,
  rec,
  shapeError,
  str,
  type Json,
  type RawJob,
} from '../common';

const ORIGIN = 'https://www.ycombinator.com';

/** The Inertia page object: `div[data-page]` holds `{ component, props, url }` as entity-encoded JSON. */
function readInertia($: CheerioAPI): Json | null {
  const raw = $('[data-page]').first().attr('data-page');
  if (!raw) return null;
  try {
    const page = JSON.parse(raw) as unknown;
    return isRecord(page) ? page : null;
  } catch {
    return null;
  }
}

/** List entries carry no description: summarise their structured fields so the job is still searchable. */
function listSummary(job: Json, company: Json): string {
  const skills = arr(job.skills)
    .map((k) => (isRecord(k) ? str(k.name) : str(k)))
    .filter(Boolean);
  const role = [str(job.prettyRole), str(job.roleSpecificType)].filter(Boolean).join(', ');
  const lines = [
    str(company.one_liner) ?? str(job.companyOneLiner),
    role && `Role: ${role}`,
    str(job.type) && `Type: ${str(job.type)}`,
    str(job.minExperience) && `Experience: ${str(job.minExperience)}`,
    skills.length > 0 && `Skills: ${skills.join(', ')}`,
    str(job.visa) && `Visa: ${str(job.visa)}`,
  ];
  return lines.filter((l): l is string => typeof l === 'string' && l !== '').join('\n');
}

function postingToRaw(job: Json, company: Json, base: string): RawJob {
  return {
    title: str(job.title),
    company: str(company.name) ?? str(job.companyName),
    location: str(job.location),
    salaryText: str(job.salaryRange),
    salaryOptions: { defaultPeriod: 'year' },
    // Markdown on the page object; job pages replace it with the JSON-LD HTML.
    descriptionText: str(job.description) ?? listSummary(job, company),
    // "8 months", "about 1 year": relative to when the page was fetched.
    posted: str(job.createdAt),
    url: absoluteUrl(str(job.url), base),
    externalId: str(job.id),
  };
}

/** Job page: the page object gives the id and salary text, JSON-LD the HTML description and exact date. */
function mergeWithLd(page: RawJob | null, ld: Json | undefined, ctx: ParseContext): RawJob[] {
  if (!ld) return page ? [page] : [];
  const fromLd = jobPostingToRaw(ld, ctx.url ?? null);
  if (!page) return [fromLd];
  return [
    {
      ...page,
      salary: fromLd.salary ?? null,
      descriptionHtml: fromLd.descriptionHtml ?? null,
      posted: fromLd.posted ?? page.posted ?? null,
      url: fromLd.url ?? page.url,
    },
  ];
}

function baseUrl(ctx: ParseContext): string {
  return ctx.url && /(ycombinator|workatastartup)\.com/.test(ctx.url) ? ctx.url : ORIGIN;
}

/**
 * Y Combinator / Work at a Startup: company jobs pages (Inertia `WaasShowJobsPage`, `props.jobPostings`)
 * and job pages (`WaasShowJobPage`, `props.job`, plus a JSON-LD JobPosting).
 */
export const ycombinatorParser: SourceParser = {
  source: 'ycombinator',
  parse(body: string, ctx: ParseContext): NormalizedJob[] {
    const $ = loadHtml(body, 'ycombinator');
    const page = readInertia($);
    const props = rec(page?.props);
    const company = rec(props.company);
    const ld = findJsonLd($, 'JobPosting')[0];
    if (Array.isArray(props.jobPostings)) {
      const raws = arr(props.jobPostings)
        .filter(isRecord)
        .map((j) => postingToRaw(j, company, baseUrl(ctx)));
      return buildJobs('ycombinator', raws, ctx);
    }
    const job = isRecord(props.job) ? postingToRaw(props.job, company, baseUrl(ctx)) : null;
    if (!job && !ld)
      throw shapeError('ycombinator', 'a data-page with jobPostings or job, or a JSON-LD JobPosting');
    return buildJobs('ycombinator', mergeWithLd(job, ld, ctx), ctx);
  },
};
