import type { NormalizedJob, ParseContext, SourceParser } from '../../types';
import { buildJobs, findJsonLd, jobPostingToRaw, loadHtml, shapeError, type RawJob } from '../common';
import { cardToRaw, publishedDates } from './builtin-cards';

/** Job id from a job URL (builtin.com/job/software-engineer/10924284). */
function idFromUrl(url: string | null | undefined): string | null {
  return url ? (/\/job\/[^/]+\/(\d+)/.exec(url)?.[1] ?? null) : null;
}

/**
 * Built In: server-rendered search result cards (`div[id^=job-card-][data-id=job-card]`) and job pages
 * (JSON-LD JobPosting). A results page with no cards (an empty search) gives no jobs.
 */
export const builtinParser: SourceParser = {
  source: 'builtin',
  parse(body: string, ctx: ParseContext): NormalizedJob[] {
    const $ = loadHtml(body, 'builtin');
    const cards = $('div[id^="job-card-"][data-id="job-card"]');
    if (cards.length > 0) {
      const dates = publishedDates(body);
      const raws = cards.map((_, el) => cardToRaw($, $(el), dates)).get();
      return buildJobs('builtin', raws, ctx);
    }
    const postings = findJsonLd($, 'JobPosting');
    if (postings.length > 0) {
      const raws: RawJob[] = postings.map((ld) => {
        const raw = jobPostingToRaw(ld, ctx.url ?? null);
        const id = idFromUrl(raw.url) ?? idFromUrl(ctx.url);
        return { ...raw, externalId: id ?? raw.externalId, salaryOptions: { defaultCurrency: 'USD' } };
      });
      return buildJobs('builtin', raws, ctx);
    }
    if ($('#search-results-top, [data-id="no-results"]').length > 0) return [];
    throw shapeError('builtin', 'job cards (div[data-id="job-card"]) or a JSON-LD JobPosting');
  },
};
