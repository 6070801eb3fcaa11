import type { Cheerio, CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import { detectLocationType } from '../../normalize/location';
import { absoluteUrl, type RawJob } from '../common';

export const BUILTIN_ORIGIN = 'https://builtin.com';

/** The text next to a Font Awesome icon: cards lay out `<div><i class="fa-…"></i></div><span>text</span>`. */
function besideIcon(card: Cheerio<Element>, icon: string): Cheerio<Element> | null {
  const i = card.find(`i.${icon}`).first();
  if (i.length === 0) return null;
  const next = i.parent().next();
  const span = next.is('span') ? next : next.find('span').first();
  return span.length ? span : null;
}

/** Absolute publish times from the page's `logBuiltinTrackEvent('job_board_view', …)` call. */
export function publishedDates(html: string): Map<string, string> {
  const dates = new Map<string, string>();
  for (const m of html.matchAll(/'id':\s*(\d+),\s*'published_date':\s*'([^']+)'/g)) {
    if (m[1] && m[2]) dates.set(m[1], m[2]);
  }
  return dates;
}

/** "N Locations": the list sits in the tooltip's `data-bs-title` as escaped `<div>` elements. */
function locationOf($: CheerioAPI, span: Cheerio<Element> | null): string | null {
  if (!span) return null;
  const tooltip = span.attr('data-bs-title');
  if (tooltip) {
    const places = $.load(tooltip)('div')
      .map((_, el) => $(el).text().trim())
      .get()
      .filter(Boolean);
    if (places.length > 0) return places.join(' / ');
  }
  return span.text().trim() || null;
}

function descriptionOf($: CheerioAPI, id: string): string {
  const drop = $(`#drop-data-${id}`);
  const summary = drop.find('div.fs-sm.fw-regular').first().text().trim();
  const industries = drop.find('div.fs-xs.fw-bold').first().text().trim();
  const skills = drop
    .find('span.fs-xs.text-gray-04.mx-sm')
    .map((_, el) => $(el).text().trim())
    .get();
  const parts = [
    summary,
    industries && `Industries: ${industries}`,
    skills.length > 0 && `Top skills: ${skills.join(', ')}`,
  ];
  return parts.filter((p): p is string => typeof p === 'string' && p !== '').join('\n\n');
}

/** One search-result card → RawJob. */
export function cardToRaw($: CheerioAPI, card: Cheerio<Element>, dates: Map<string, string>): RawJob {
  const id = (card.attr('id') ?? '').replace(/^job-card-/, '') || null;
  const titleLink = card.find('a[data-id="job-card-title"]').first();
  const mode = besideIcon(card, 'fa-house-building')?.text().trim() ?? '';
  const posted = card.find('i.fa-clock').first().parent().text().trim();
  return {
    title: titleLink.text(),
    company: card.find('a[data-id="company-title"] > span').first().text(),
    location: locationOf($, besideIcon(card, 'fa-location-dot')),
    locationHints: { type: mode ? detectLocationType(mode) : null },
    salaryText: besideIcon(card, 'fa-sack-dollar')?.text() ?? null,
    // Built In lists US jobs and prints "71K-127K Annually" without a currency.
    salaryOptions: { defaultCurrency: 'USD' },
    descriptionText: id ? descriptionOf($, id) : '',
    posted: (id && dates.get(id)) || posted || null,
    url: absoluteUrl(titleLink.attr('href') ?? null, BUILTIN_ORIGIN),
    externalId: id,
  };
}
