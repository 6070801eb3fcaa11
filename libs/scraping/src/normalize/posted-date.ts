/** Posted dates as the boards give them (ISO, epoch, "2 Days Ago", "about 1 year") → "YYYY-MM-DD". */

const UNIT_RE =
  /(\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s*\+?\s*(minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|wks?|w|months?|mos?|mo|years?|yrs?|y)\b/i;
// prettier-ignore
const WORD_NUMBERS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12,
};

function isoDay(date: Date): string | null {
  return Number.isNaN(date.getTime()) ? null : date.toISOString().slice(0, 10);
}

function shift(from: Date, unit: string, n: number): Date {
  const d = new Date(from.getTime());
  const u = unit.toLowerCase();
  if (/^(minutes?|mins?|m|hours?|hrs?|h)$/.test(u)) {
    d.setTime(d.getTime() - n * (u.startsWith('h') ? 3_600_000 : 60_000));
  } else if (/^(days?|d)$/.test(u)) d.setUTCDate(d.getUTCDate() - n);
  else if (/^(weeks?|wks?|w)$/.test(u)) d.setUTCDate(d.getUTCDate() - 7 * n);
  else if (/^(months?|mos?|mo)$/.test(u)) d.setUTCMonth(d.getUTCMonth() - n);
  else d.setUTCFullYear(d.getUTCFullYear() - n);
  return d;
}

/** Epoch seconds (10 digits) or milliseconds (13 digits) → day. */
export function fromEpoch(value: number): string | null {
  if (!Number.isFinite(value) || value <= 0) return null;
  return isoDay(new Date(value < 1e11 ? value * 1000 : value));
}

function fromRelative(text: string, scrapedAt: Date): string | null {
  const t = text.toLowerCase();
  if (t === 'new') return isoDay(scrapedAt);
  if (/\b(just\s+(posted|now)|today|moments?\s+ago|active\s+today)\b/.test(t)) return isoDay(scrapedAt);
  if (/\byesterday\b/.test(t)) return isoDay(shift(scrapedAt, 'day', 1));
  const m = UNIT_RE.exec(t);
  if (!m?.[1] || !m[2]) return null;
  const n = WORD_NUMBERS[m[1]] ?? Number(m[1]);
  return Number.isFinite(n) ? isoDay(shift(scrapedAt, m[2], n)) : null;
}

/** Dates written out ("Aug 5, 2026", "5 August 2026"); only trusted when a 4-digit year is present. */
function fromWritten(text: string): string | null {
  if (!/\b(19|20)\d{2}\b/.test(text)) return null;
  const parsed = new Date(text.replace(/^\s*(posted|published|updated)\s*(on)?\s*:?\s*/i, ''));
  if (Number.isNaN(parsed.getTime())) return null;
  return isoDay(new Date(Date.UTC(parsed.getFullYear(), parsed.getMonth(), parsed.getDate())));
}

/**
 * The day a job was posted, as "YYYY-MM-DD". ISO strings keep the calendar day they were written
 * with (an offset does not move the day); relative text resolves against `scrapedAt` in UTC.
 */
export function resolvePostedDate(input: string | number | null | undefined, scrapedAt: Date): string | null {
  if (input === null || input === undefined) return null;
  if (typeof input === 'number') return fromEpoch(input);
  const text = input.trim();
  if (!text) return null;
  if (/^\d{9,13}$/.test(text)) return fromEpoch(Number(text));
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (iso) return isoDay(new Date(`${iso[1]}-${iso[2]}-${iso[3]}T00:00:00Z`));
  return fromRelative(text, scrapedAt) ?? fromWritten(text);
}
