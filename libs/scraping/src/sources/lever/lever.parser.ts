import type { NormalizedJob, ParseContext, SourceParser } from '../../types';
import { periodFromUnit, salaryFromBounds } from '../../normalize/salary-bounds';
import { countryCode } from '../../normalize/places';
import {
  arr,
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

const WORKPLACE: Record<string, 'remote' | 'hybrid' | 'onsite'> = {
  remote: 'remote',
  hybrid: 'hybrid',
  'on-site': 'onsite',
  onsite: 'onsite',
};

/** Lever's HTML sections (description, each list, additional) joined in page order. */
function descriptionHtml(p: Json): string | null {
  const lists = arr(p.lists).map((l) => {
    const list = rec(l);
    const heading = str(list.text);
    const content = str(list.content) ?? '';
    return `${heading ? `<h3>${heading}</h3>` : ''}<ul>${content}</ul>`;
  });
  const parts = [str(p.description) ?? str(p.descriptionBody), ...lists, str(p.additional)];
  const html = parts.filter(Boolean).join('\n');
  return html || null;
}

/** Board slug: after `/postings/` in the API URL, else the first segment of a jobs.lever.co URL. */
function slugFrom(url: string | null | undefined): string | null {
  if (!url) return null;
  const api = /\/postings\/([^/?#]+)/.exec(url);
  return api?.[1] ? decodeURIComponent(api[1]) : firstPathSegment(url);
}

function toRaw(p: Json, ctx: ParseContext): RawJob {
  const cats = rec(p.categories);
  const url = str(p.hostedUrl);
  const range = rec(p.salaryRange);
  const workplace = str(p.workplaceType)?.toLowerCase() ?? '';
  const all = arr(cats.allLocations)
    .map(str)
    .filter((s): s is string => !!s);
  return {
    title: str(p.text),
    // Lever has no company field: the board slug is the company.
    company: slugFrom(url) ?? slugFrom(ctx.url),
    location: all.length > 1 ? all.join(' / ') : str(cats.location),
    locationHints: {
      type: WORKPLACE[workplace] ?? null,
      country: str(p.country) ? countryCode(str(p.country) ?? '') : null,
    },
    salary: salaryFromBounds({
      min: num(range.min),
      max: num(range.max),
      currency: str(range.currency),
      period: periodFromUnit(range.interval),
      text: str(p.salaryDescriptionPlain),
    }),
    descriptionHtml: descriptionHtml(p),
    descriptionText: str(p.descriptionPlain),
    posted: num(p.createdAt),
    url,
    applyUrl: str(p.applyUrl),
    externalId: str(p.id),
  };
}

/** Lever postings API: a JSON array of postings (`/v0/postings/<slug>`), or one posting object. */
export const leverParser: SourceParser = {
  source: 'lever',
  parse(body: string, ctx: ParseContext): NormalizedJob[] {
    const data = parseJson(body, 'lever');
    let postings: unknown[];
    if (Array.isArray(data)) postings = data;
    else if (isRecord(data) && data.text !== undefined && data.hostedUrl !== undefined) postings = [data];
    else throw shapeError('lever', 'an array of postings or one posting with text and hostedUrl');
    return buildJobs(
      'lever',
      postings.filter(isRecord).map((p) => toRaw(p, ctx)),
      ctx,
    );
  },
};
