import { periodFromUnit, salaryFromBounds } from '../../normalize/salary-bounds';
import type { ParsedSalary } from '../../normalize/salary';
import { absoluteUrl, arr, isRecord, num, rec, str, type Json, type RawJob } from '../common';
import { INDEED_ORIGIN } from './indeed-graphql';

export const JOBCARDS_MARKER = 'window.mosaic.providerData["mosaic-provider-jobcards"]';

/** `extractedSalary { min, max, type: 'yearly' | 'hourly' | … }`, or null when the card has none. */
function extractedSalary(card: Json): ParsedSalary | null {
  const s = rec(card.extractedSalary);
  const snippet = rec(card.salarySnippet);
  return salaryFromBounds({
    min: num(s.min),
    max: num(s.max),
    currency: str(snippet.currency) ?? 'USD',
    period: periodFromUnit(s.type),
    text: str(snippet.text),
  });
}

/** One `mosaicProviderJobCardsModel.results[]` card → RawJob. */
export function jobcardToRaw(card: Json, base: string): RawJob {
  const key = str(card.jobkey);
  const snippet = rec(card.salarySnippet);
  const remoteModel = str(rec(card.remoteWorkModel).text);
  return {
    title: str(card.displayTitle) ?? str(card.title),
    company: str(card.company) ?? str(card.truncatedCompany),
    location: str(card.formattedLocation),
    locationHints: {
      remote: card.remoteLocation === true,
      type: remoteModel && /hybrid/i.test(remoteModel) ? 'hybrid' : null,
    },
    salary: extractedSalary(card),
    salaryText: str(snippet.text),
    descriptionHtml: str(card.snippet),
    // pubDate is epoch ms; formattedRelativeTime ("Just posted") is the fallback.
    posted: num(card.pubDate) ?? str(card.formattedRelativeTime),
    url: key ? `${INDEED_ORIGIN}/viewjob?jk=${key}` : absoluteUrl(str(card.link), base),
    externalId: key,
  };
}

/** `{ metaData: { mosaicProviderJobCardsModel: { results } } }` → RawJob[], or null when absent. */
export function fromJobcards(data: unknown, base: string): RawJob[] | null {
  const model = rec(rec(rec(data).metaData).mosaicProviderJobCardsModel);
  if (!Array.isArray(model.results)) return null;
  return arr(model.results)
    .filter(isRecord)
    .map((c) => jobcardToRaw(c, base));
}
