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
  [/\b(?:annually|annual|annum|yearly|per\s*year|a\s*year|year|yr|pa|p\.a\.?|lpa|ctc)\b|\/\s*y(?:ea)?r\b/i, 'year'],
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

function annualise(value: number | null, period: SalaryPeriod | null): number | null {
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
  const first = amounts[0];
  if (!first) return null;
  const second = amounts[1];
  const between = second ? cash.slice(first.end, second.index) : '';
  const isRange = second !== undefined && /^\s*[$€£₹¥A-Z]*\s*(?:-|to|and|~)\s*[A-Za-z$€£₹¥]*\s*$/i.test(between);
  let lo = first.value;
  let hi = isRange && second ? second.value : null;
  // "$150 - 210K": a suffix on one bound applies to the other when that one is small.
  if (hi !== null && second && second.mult > 1 && first.mult === 1 && lo < 1000) lo = first.base * second.mult;
  if (hi !== null && second && first.mult > 1 && second.mult === 1 && hi < 1000) hi = second.base * first.mult;
  const named = detectPeriod(cash.replace(/\d+(?:[.,]\d+)*\s?(k|m|l)\b/gi, ' '));
  const plausible = currency !== null || first.mult > 1 || named !== null || Math.max(lo, hi ?? 0) >= 1000;
  if (!plausible) return null;
  let min: number | null = lo;
  let max: number | null = hi;
  if (hi === null) {
    if (/\b(?:up\s*to|max(?:imum)?|under|below|less\s*than)\b/i.test(cash.slice(0, first.index))) [min, max] = [null, lo];
    else if (/^\s*\+/.test(cash.slice(first.end)) || /\b(?:from|min(?:imum)?|starting|at\s*least)\b/i.test(cash.slice(0, first.index))) max = null;
    else max = lo;
  } else if (hi < lo) [min, max] = [hi, lo];
  const period = named ?? opts.defaultPeriod ?? inferPeriod(Math.max(min ?? 0, max ?? 0));
  return { min, max, currency, period, annualMin: annualise(min, period), annualMax: annualise(max, period), text };
}

const UNIT_PERIODS: Record<string, SalaryPeriod> = {
  hour: 'hour', hourly: 'hour', hr: 'hour', day: 'day', daily: 'day', week: 'week', weekly: 'week',
  month: 'month', monthly: 'month', year: 'year', yearly: 'year', annual: 'year', annually: 'year',
  annum: 'year', 'per-year-salary': 'year', 'per-month-salary': 'month', 'per-week-salary': 'week',
  'per-day-salary': 'day', 'per-hour-wage': 'hour', 'one-time': 'year',
};

/** A period word as structured data spells it ("YEAR", "HOURLY", Lever's "per-year-salary"). */
export function periodFromUnit(unit: unknown): SalaryPeriod | null {
  if (typeof unit !== 'string') return null;
  const key = unit.trim().toLowerCase().replace(/^(?:per[_\s]|1\s+)/, '').replace(/_/g, '-');
  return UNIT_PERIODS[key] ?? null;
}

export interface SalaryBounds {
  min?: number | null;
  max?: number | null;
  currency?: string | null;
  period?: SalaryPeriod | null;
  text?: string | null;
}

/**
 * A salary from structured fields (JSON-LD baseSalary, RemoteOK salary_min/max, Indeed baseSalary).
 * Zero or negative bounds mean "not given". The period is inferred from the magnitude when absent.
 */
export function salaryFromBounds(b: SalaryBounds): ParsedSalary | null {
  const min = typeof b.min === 'number' && b.min > 0 ? b.min : null;
  const max = typeof b.max === 'number' && b.max > 0 ? b.max : null;
  if (min === null && max === null) return null;
  const period = b.period ?? inferPeriod(Math.max(min ?? 0, max ?? 0));
  const currency = b.currency ? b.currency.toUpperCase() : null;
  const text = b.text?.trim() || formatBounds(min, max, currency, period);
  return { min, max, currency, period, annualMin: annualise(min, period), annualMax: annualise(max, period), text };
}

function formatBounds(min: number | null, max: number | null, currency: string | null, period: SalaryPeriod): string {
  const fmt = (n: number) => `${currency === 'USD' ? '$' : currency ? `${currency} ` : ''}${n.toLocaleString('en-US')}`;
  const range = min !== null && max !== null && min !== max ? `${fmt(min)} - ${fmt(max)}` : fmt((min ?? max) as number);
  return `${range} per ${period}`;
}
