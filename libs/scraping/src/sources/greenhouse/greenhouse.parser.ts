import type { NormalizedJob, ParseContext, SourceParser } from '../../types';
import { salaryFromBounds } from '../../normalize/salary-bounds';
import type { ParsedSalary } from '../../normalize/salary';
import { decodeEntities } from '../../normalize/text';
import {
  arr,
  buildJobs,
  isRecord,
  num,
  parseJson,
  rec,
  shapeError,
  str,
  type Json,
  type RawJob,
} from '../common';

/** Board slug from a job URL (job-boards.greenhouse.io/vercel/jobs/1) or the API URL (…/boards/vercel/jobs). */
function slugFrom(url: string | null | undefined): string | null {
  if (!url) return null;
  const m = /\/boards\/([^/?#]+)/.exec(url) ?? /greenhouse\.io\/([^/?#]+)\/jobs/.exec(url);
  return m?.[1] ? decodeURIComponent(m[1]) : null;
}

/** Pay transparency ranges (`?pay_transparency=true`) are in cents. */
function payRange(job: Json): ParsedSalary | null {
  const range = rec(arr(job.pay_input_ranges)[0]);
  const min = num(range.min_cents);
  const max = num(range.max_cents);
  if (min === null && max === null) return null;
  return salaryFromBounds({
    min: min === null ? null : min / 100,
    max: max === null ? null : max / 100,
    currency: str(range.currency_type),
    period: 'year',
  });
}

function toRaw(job: Json, ctx: ParseContext): RawJob {
  const url = str(job.absolute_url);
  const office = str(rec(arr(job.offices)[0]).location) ?? str(rec(arr(job.offices)[0]).name);
  const content = str(job.content);
  return {
    title: str(job.title),
    company: str(job.company_name) ?? slugFrom(url) ?? slugFrom(ctx.url),
    location: str(rec(job.location).name) ?? office,
    salary: payRange(job),
    // The boards API escapes the HTML once more (`&lt;p&gt;`).
    descriptionHtml: content ? decodeEntities(content) : null,
    posted: str(job.first_published) ?? str(job.updated_at),
    url,
    externalId: str(job.id),
  };
}

/** Greenhouse job board API: `{ jobs: [...] }` (list, `?content=true`) or one job object (detail). */
export const greenhouseParser: SourceParser = {
  source: 'greenhouse',
  parse(body: string, ctx: ParseContext): NormalizedJob[] {
    const data = parseJson(body, 'greenhouse');
    let jobs: unknown[];
    if (isRecord(data) && Array.isArray(data.jobs)) jobs = data.jobs;
    else if (isRecord(data) && data.title !== undefined && data.absolute_url !== undefined) jobs = [data];
    else throw shapeError('greenhouse', '{ jobs: [...] } or a job object with title and absolute_url');
    return buildJobs(
      'greenhouse',
      jobs.filter(isRecord).map((j) => toRaw(j, ctx)),
      ctx,
    );
  },
};
