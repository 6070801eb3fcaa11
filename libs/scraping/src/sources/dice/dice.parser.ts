import type { NormalizedJob, ParseContext, SourceParser } from '../../types';
import {
  arr,
  buildJobs,
  findJsonLd,
  isRecord,
  jobPostingToRaw,
  loadHtml,
  parseJson,
  readNextData,
  rec,
  shapeError,
  str,
  type Json,
  type RawJob,
} from '../common';

export const DICE_ORIGIN = 'https://www.dice.com';

/** The job's guid from a detail URL (www.dice.com/job-detail/<guid>): one id for search and detail. */
function idFromUrl(url: string | null | undefined): string | null {
  return url ? (/\/job-detail\/([^/?#]+)/.exec(url)?.[1] ?? null) : null;
}

function modeText(job: Json): string | null {
  const types = arr(job.workplaceTypes).map(str).filter(Boolean);
  return types.length ? types.join(' / ') : null;
}

/** One search API result (`data[]`) or a `__NEXT_DATA__` job object → RawJob. */
export function diceJobToRaw(job: Json): RawJob {
  const url = str(job.detailsPageUrl) ?? str(job.jobUrl);
  const place = str(rec(job.jobLocation).displayName) ?? str(job.location);
  const mode = modeText(job);
  return {
    title: str(job.title),
    company: str(job.companyName) ?? str(rec(job.company).name),
    location: place && mode ? `${place} (${mode})` : (place ?? mode),
    locationHints: { remote: job.isRemote === true },
    salaryText: str(job.salary) ?? str(job.compensation),
    salaryOptions: { defaultCurrency: 'USD' },
    descriptionHtml: str(job.descriptionHtml) ?? str(job.description),
    descriptionText: str(job.summary),
    posted: str(job.postedDate) ?? str(job.datePosted) ?? str(job.firstActiveDate),
    url,
    applyUrl: str(job.applyUrl) ?? null,
    externalId: idFromUrl(url) ?? str(job.guid) ?? str(job.id),
  };
}

/** Depth-bounded search of a Next.js payload for the job object (title + company + description). */
function findJobObject(node: unknown, depth = 0): Json | null {
  if (depth > 12) return null;
  if (Array.isArray(node)) {
    for (const item of node) {
      const hit = findJobObject(item, depth + 1);
      if (hit) return hit;
    }
    return null;
  }
  if (!isRecord(node)) return null;
  if (str(node.title) && str(node.companyName) && (str(node.description) || str(node.descriptionHtml)))
    return node;
  for (const value of Object.values(node)) {
    const hit = findJobObject(value, depth + 1);
    if (hit) return hit;
  }
  return null;
}

function fromDetailPage(body: string, ctx: ParseContext): RawJob[] {
  const $ = loadHtml(body, 'dice');
  const ld = findJsonLd($, 'JobPosting')[0];
  if (ld) {
    const raw = jobPostingToRaw(ld, ctx.url ?? null);
    return [
      {
        ...raw,
        externalId: idFromUrl(raw.url) ?? idFromUrl(ctx.url) ?? raw.externalId,
        salaryOptions: { defaultCurrency: 'USD' },
      },
    ];
  }
  const job = findJobObject(readNextData($));
  if (!job) throw shapeError('dice', 'a job page with a JSON-LD JobPosting or a __NEXT_DATA__ job');
  const raw = diceJobToRaw(job);
  return [{ ...raw, url: raw.url ?? ctx.url ?? null, externalId: raw.externalId ?? idFromUrl(ctx.url) }];
}

/** Dice: the search API JSON (`{ data: [...], meta }`) and job detail pages (JSON-LD or `__NEXT_DATA__`). */
export const diceParser: SourceParser = {
  source: 'dice',
  parse(body: string, ctx: ParseContext): NormalizedJob[] {
    if (!/^\s*[[{]/.test(body)) return buildJobs('dice', fromDetailPage(body, ctx), ctx);
    const data = parseJson(body, 'dice');
    if (!isRecord(data) || !Array.isArray(data.data))
      throw shapeError('dice', '{ data: [...] } from the search API');
    return buildJobs('dice', data.data.filter(isRecord).map(diceJobToRaw), ctx);
  },
};
