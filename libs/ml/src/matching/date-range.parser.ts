// Employment date ranges ("Jan 2019 – Present", "2016-2020", "03/2018 - 06/2021", "2019 to now").
import { evidenceAt } from './evidence';
import type { DateRange } from './match.types';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const DATE = String.raw`(?:${MONTH}\s*,?\s*(?:\d{4}|'\d{2})|\d{1,2}\s*[/.]\s*\d{4}|\d{4}\s*[/.]\s*\d{1,2}(?!\d)|(?:19|20)\d{2})`;
/** ISO-style "2019-03" only where it cannot be read as a year range ("2016-2020"). */
const START = String.raw`(?:\d{4}-\d{2}(?=\s*(?:-|–|—|~|to\b))|${DATE})`;
const END = String.raw`(?:\d{4}-\d{2}(?![\d-])|${DATE})`;
const NOW = String.raw`(?:present|current(?:ly)?|now|today|to\s+date|date|ongoing)`;
const SEP = String.raw`\s*(?:-{1,2}|–|—|~|\bto\b|\buntil\b|\btill\b|\bthrough\b|\bthru\b)\s*`;
const RANGE = new RegExp(
  String.raw`(?<![\w/.])(${START})${SEP}(${END}|${NOW})(?![\w/])|\bsince\s+(${DATE})(?![\w/])`,
  'gi',
);

/** Month index (year * 12 + month - 1) of a date; `end` selects the exclusive end of the period. */
export function parseDate(raw: string, end: boolean): number | undefined {
  const s = raw.trim().toLowerCase();
  let m = /^([a-z]+)\.?\s*,?\s*(\d{4}|'\d{2})$/.exec(s);
  if (m) {
    const month = MONTHS.indexOf((m[1] ?? '').slice(0, 3));
    const year = (m[2] ?? '').startsWith("'") ? 2000 + Number((m[2] ?? '').slice(1)) : Number(m[2]);
    return month < 0 ? undefined : year * 12 + month + (end ? 1 : 0);
  }
  m = /^(\d{1,2})\s*[/.]\s*(\d{4})$/.exec(s) ?? /^(\d{4})\s*[/.-]\s*(\d{1,2})$/.exec(s);
  if (m) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    const [year, month] = a > 31 ? [a, b] : [b, a];
    if (month < 1 || month > 12) return undefined;
    return year * 12 + month - 1 + (end ? 1 : 0);
  }
  m = /^(\d{4})$/.exec(s);
  // A bare year: a start means January, an end means the start of that year ("2016-2020" = 4 years).
  if (m) return Number(m[1]) * 12;
  return undefined;
}

/** All plausible date ranges in text; present/current resolves to the month of `now` (inclusive). */
export function findDateRanges(text: string, now: Date): DateRange[] {
  const nowMonth = now.getUTCFullYear() * 12 + now.getUTCMonth() + 1;
  const ranges: DateRange[] = [];
  RANGE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = RANGE.exec(text)) !== null) {
    const startRaw = m[1] ?? m[3] ?? '';
    const endRaw = m[2];
    const ongoing = endRaw === undefined || new RegExp(`^${NOW}$`, 'i').test(endRaw.trim());
    const startMonth = parseDate(startRaw, false);
    let endMonth = ongoing ? nowMonth : parseDate(endRaw ?? '', true);
    if (startMonth === undefined || endMonth === undefined) continue;
    // Ending in a bare year that is also the start year ("2020 - 2020"): count half a year.
    if (/^\d{4}$/.test((endRaw ?? '').trim()) && Math.floor(startMonth / 12) === Number(endRaw?.trim()))
      endMonth = startMonth + 6;
    if (startMonth < 1950 * 12 || startMonth > nowMonth || endMonth <= startMonth || endMonth > nowMonth + 1)
      continue;
    ranges.push({
      startMonth,
      endMonth,
      ongoing,
      evidence: evidenceAt(text, m.index, m.index + m[0].length),
    });
  }
  return ranges;
}

/** Total months covered by the ranges, overlaps counted once. */
export function mergedMonths(ranges: ReadonlyArray<Pick<DateRange, 'startMonth' | 'endMonth'>>): number {
  const sorted = [...ranges].sort((a, b) => a.startMonth - b.startMonth);
  let total = 0;
  let curStart = -Infinity;
  let curEnd = -Infinity;
  for (const r of sorted) {
    if (r.startMonth > curEnd) {
      if (curEnd > curStart) total += curEnd - curStart;
      curStart = r.startMonth;
      curEnd = r.endMonth;
    } else {
      curEnd = Math.max(curEnd, r.endMonth);
    }
  }
  if (curEnd > curStart) total += curEnd - curStart;
  return total;
}
