import type { SalaryPeriod } from '../types';
import { detectCurrency } from './currency';

export interface ParsedSalary {
  min: number | null;
  max: number | null;
  currency: string | null;
  period: SalaryPeriod | null;
  /** min/max expressed per year (hour × 2080, day × 260, week × 52, month × 12), rounded. */
  annualMin: number | null;
  annualMax: number | null;
  /** The input, whitespace-collapsed: what the posting said. */
  text: string;
}

export interface SalaryOptions {
  /** Used when the text names no currency (e.g. Built In's "71K-127K Annually" is always USD). */
  defaultCurrency?: string;
  /** Used when the text names no period, instead of inferring it from the magnitude. */
  defaultPeriod?: SalaryPeriod;
}

/** Hours, days, weeks and months in a working year: the factors that annualise a salary. */
export const ANNUAL_FACTOR: Record<SalaryPeriod, number> = {
  hour: 2080,
  day: 260,
  week: 52,
  month: 12,
  year: 1,
};

const PERIODS: ReadonlyArray<[RegExp, SalaryPeriod]> = [
  [/\b(?:hourly|per\s*hour|an?\s*hour|hours?|hr|hrs|h|ph)\b|\/\s*h(?:ou)?r?\b/i, 'hour'],
  [/\b(?:daily|per\s*day|a\s*day|day|diem)\b|\/\s*d(?:ay)?\b/i, 'day'],
  [/\b(?:weekly|per\s*week|a\s*week|week|wk)\b|\/\s*w(?:ee)?k\b/i, 'week'],
  [/\b(?:monthly|per\s*month|a\s*month|month|mo|mth|pcm)\b|\/\s*mo(?:nth)?\b/i, 'month'],
  [
    /\b(?:annually|annual|annum|yearly|per\s*year|a\s*year|year|yr|pa|p\.a\.?|lpa|ctc)\b|\/\s*y(?:ea)?r\b/i,
    'year',
  ],
];

const MULTIPLIERS: Record<string, number> = {
  k: 1e3,
  m: 1e6,
  mm: 1e6,
  l: 1e5,
  lpa: 1e5,
  lakh: 1e5,
  lakhs: 1e5,
  lac: 1e5,
  lacs: 1e5,
  cr: 1e7,
  crore: 1e7,
  crores: 1e7,
};

// A number (with thousands separators or decimals) and an optional magnitude suffix.
const AMOUNT_RE = /(\d+(?:[.,]\d+|['’\s]\d{3}(?!\d))*)\s?(k|mm|m|lpa|lakhs?|lacs?|l|crores?|cr)?(?![a-z])/gi;
// Equity ranges ("0.15% – 0.8%") and single percentages are never salary.
// What may stand between the two bounds of a range: a dash, "to", a currency repeated.
const RANGE_GAP_RE = /^\s*[$€£₹¥A-Z/.]*\s*(?:-|to|and|~)\s*[A-Za-z$€£₹¥]*\s*$/i;
const PERCENT_RE = /\d+(?:[.,]\d+)?\s*%(?:\s*-\s*\d+(?:[.,]\d+)?\s*%)?/g;

interface Amount {
  value: number;
  base: number;
  mult: number;
  index: number;
  end: number;
}

/** Turns "100,000", "58.26", "75.000" (EUR thousands) or "1,5" into a number. */
function toNumber(raw: string, currency: string | null): number {
  const s = raw.replace(/[\s'’]/g, '');
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) return Number(s.replace(/,/g, ''));
  const dotThousands = /^\d{1,3}(\.\d{3})+$/.test(s);
  const dollarish = currency === null || ['USD', 'GBP', 'CAD', 'AUD', 'INR'].includes(currency);
  if (dotThousands && (!dollarish || (s.match(/\./g) ?? []).length > 1)) return Number(s.replace(/\./g, ''));
  if (/^\d+,\d{1,2}$/.test(s)) return Number(s.replace(',', '.'));
  return Number(s.replace(/,/g, ''));
}

function findAmounts(text: string, currency: string | null): Amount[] {
  const out: Amount[] = [];
  for (const m of text.matchAll(AMOUNT_RE)) {
    const raw = m[1] ?? '';
    const suffix = (m[2] ?? '').toLowerCase();
    const base = toNumber(raw.trim(), currency);
    if (!Number.isFinite(base)) continue;
    const mult = suffix ? (MULTIPLIERS[suffix] ?? 1) : 1;
    const index = m.index ?? 0;
    out.push({ value: base * mult, base, mult, index, end: index + m[0].length });
  }
  return out;
}

function detectPeriod(text: string): SalaryPeriod | null {
  for (const [re, period] of PERIODS) if (re.test(text)) return period;
  return null;
}

/**
 * Period when the text names none, from the size of the larger bound: up to 500 an hour, up to
 * 20,000 a month, otherwise a year. Day and week rates are never guessed (too ambiguous).
 */
export function inferPeriod(value: number): SalaryPeriod {
  if (value <= 500) return 'hour';
  if (value <= 20_000) return 'month';
  return 'year';
}

export function annualise(value: number | null, period: SalaryPeriod | null): number | null {
  if (value === null || period === null) return null;
  return Math.round(value * ANNUAL_FACTOR[period]);
}

/** Collapses whitespace and unifies dashes and "to" so ranges read "a - b". */
function prepare(text: string): string {
  return text
    .replace(/[\u00A0\u2007\u202F]/g, ' ')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Lower and upper bound from the first one or two amounts ("$150 - 210K", "$150k+", "Up to $200k"). */
function boundsOf(cash: string, amounts: Amount[]): [number | null, number | null] | null {
  const [first, second] = amounts;
  if (!first) return null;
  const between = second ? cash.slice(first.end, second.index) : '';
  const isRange = second !== undefined && RANGE_GAP_RE.test(between);
  if (isRange && second) {
    // A magnitude suffix on one bound applies to the other when that one is small.
    const lo =
      second.mult > 1 && first.mult === 1 && first.value < 1000 ? first.base * second.mult : first.value;
    const hi =
      first.mult > 1 && second.mult === 1 && second.value < 1000 ? second.base * first.mult : second.value;
    return hi < lo ? [hi, lo] : [lo, hi];
  }
  const before = cash.slice(0, first.index);
  if (/\b(?:up\s*to|max(?:imum)?|under|below|less\s*than)\b/i.test(before)) return [null, first.value];
  const openEnded =
    /^\s*\+/.test(cash.slice(first.end)) || /\b(?:from|min(?:imum)?|starting|at\s*least)\b/i.test(before);
  return openEnded ? [first.value, null] : [first.value, first.value];
}

/**
 * Reads a salary string ("$150K - $180K a year", "₹30L – ₹80L", "Up to $200,000", "$150k+") into
 * bounds, currency and period. Returns null when it holds no salary (equity only, "Competitive").
 */
export function parseSalary(input: string | null | undefined, opts: SalaryOptions = {}): ParsedSalary | null {
  if (!input) return null;
  const text = prepare(input);
  const cash = text.replace(PERCENT_RE, ' ');
  const currency = detectCurrency(cash) ?? opts.defaultCurrency ?? null;
  const amounts = findAmounts(cash, currency).filter((a) => a.value > 0);
  const bounds = boundsOf(cash, amounts);
  if (!bounds || !amounts[0]) return null;
  const [min, max] = bounds;
  const top = Math.max(min ?? 0, max ?? 0);
  const named = detectPeriod(cash.replace(/\d+(?:[.,]\d+)*\s?(k|m|l)\b/gi, ' '));
  // Bare small numbers ("3 - 5") are not a salary unless something says they are money.
  if (currency === null && amounts[0].mult === 1 && named === null && top < 1000) return null;
  const period = named ?? opts.defaultPeriod ?? inferPeriod(top);
  return {
    min,
    max,
    currency,
    period,
    annualMin: annualise(min, period),
    annualMax: annualise(max, period),
    text,
  };
}
