import type { NormalizedJob, ParseContext, SourceParser } from '../../types';
import { buildJobs, isRecord, jsonAfter, loadHtml, parseJson, shapeError } from '../common';
import { fromGraphql, INDEED_ORIGIN } from './indeed-graphql';
import { fromJobcards, JOBCARDS_MARKER } from './indeed-jobcards';

function parseJsonBody(body: string, ctx: ParseContext): NormalizedJob[] {
  const data = parseJson(body, 'indeed');
  if (isRecord(data) && Array.isArray(data.errors) && !isRecord(data.data)) {
    throw shapeError('indeed', `GraphQL data, got errors: ${JSON.stringify(data.errors).slice(0, 200)}`);
  }
  // A saved job-cards object on its own is accepted too.
  const raws = fromGraphql(data) ?? fromJobcards(data, ctx.url ?? INDEED_ORIGIN);
  if (!raws) throw shapeError('indeed', 'GraphQL data.jobSearch.results[].job or mosaic job-cards JSON');
  return buildJobs('indeed', raws, ctx);
}

/**
 * Indeed: the GraphQL `jobSearch` response the mobile app gets (JSON), and as a fallback the results
 * page, whose job cards are embedded as `window.mosaic.providerData["mosaic-provider-jobcards"]`.
 */
export const indeedParser: SourceParser = {
  source: 'indeed',
  parse(body: string, ctx: ParseContext): NormalizedJob[] {
    if (/^\s*[[{]/.test(body)) return parseJsonBody(body, ctx);
    const $ = loadHtml(body, 'indeed');
    const script = $('script')
      .map((_, el) => $(el).text())
      .get()
      .find((text) => text.includes(JOBCARDS_MARKER));
    const raws = script ? fromJobcards(jsonAfter(script, JOBCARDS_MARKER), ctx.url ?? INDEED_ORIGIN) : null;
    if (!raws) throw shapeError('indeed', `a results page with ${JOBCARDS_MARKER}`);
    return buildJobs('indeed', raws, ctx);
  },
};
