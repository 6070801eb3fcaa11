import type { NormalizedJob, ParseContext, SourceParser } from '../../types';
import {
  buildJobs,
  findJsonLd,
  isRecord,
  jobPostingToRaw,
  loadHtml,
  parseJson,
  readNextData,
  shapeError,
  type RawJob,
} from '../common';
import { fromApolloState, fromGraphql } from './wellfound-listing';

/** Job id from a job page URL (wellfound.com/jobs/2685481-software-engineer). */
function idFromUrl(url: string | null): string | null {
  return url ? (/\/jobs\/(\d+)/.exec(url)?.[1] ?? null) : null;
}

function fromJson(body: string): RawJob[] {
  const data = parseJson(body, 'wellfound');
  if (isRecord(data) && Array.isArray(data.errors) && !data.data) {
    throw shapeError('wellfound', `GraphQL data, got errors: ${JSON.stringify(data.errors).slice(0, 200)}`);
  }
  const raws = isRecord(data) ? fromGraphql(data) : null;
  if (!raws) throw shapeError('wellfound', 'GraphQL data.talent.jobSearchResults.startups.edges');
  return raws;
}

function fromHtml(body: string, ctx: ParseContext): RawJob[] {
  const $ = loadHtml(body, 'wellfound');
  const apollo = fromApolloState(readNextData($));
  if (apollo && apollo.length > 0) return apollo;
  const postings = findJsonLd($, 'JobPosting');
  if (postings.length > 0) {
    return postings.map((ld) => {
      const raw = jobPostingToRaw(ld, ctx.url ?? null);
      return { ...raw, externalId: idFromUrl(raw.url) ?? idFromUrl(ctx.url ?? null) ?? raw.externalId };
    });
  }
  if (apollo) return [];
  throw shapeError('wellfound', 'a page with __NEXT_DATA__ Apollo state or a JSON-LD JobPosting');
}

/**
 * Wellfound: the GraphQL job search response (JSON), role/location pages (`__NEXT_DATA__` Apollo
 * state) and job pages (JSON-LD JobPosting).
 */
export const wellfoundParser: SourceParser = {
  source: 'wellfound',
  parse(body: string, ctx: ParseContext): NormalizedJob[] {
    const raws = /^\s*[[{]/.test(body) ? fromJson(body) : fromHtml(body, ctx);
    return buildJobs('wellfound', raws, ctx);
  },
};
