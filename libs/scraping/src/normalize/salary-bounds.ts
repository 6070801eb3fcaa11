import type { SalaryPeriod } from '../types';
import { annualise, inferPeriod, type ParsedSalary } from './salary';

// prettier-ignore
const UNIT_PERIODS: Record<string, SalaryPeriod> = {
  hour: 'hour', hourly: 'hour', hr: 'hour', day: 'day', daily: 'day', week: 'week', weekly: 'week',
  month: 'month', monthly: 'month', year: 'year', yearly: 'year', annual: 'year', annually: 'year',
  annum: 'year', 'per-year-salary': 'year', 'per-month-salary': 'month', 'per-week-salary': 'week',
  'per-day-salary': 'day', 'per-hour-wage': 'hour', 'one-time': 'year',
};

/** A period word as structured data spells it ("YEAR", "HOURLY", Lever's "per-year-salary"). */
export function periodFromUnit(unit: unknown): SalaryPeriod | null {
  if (typeof unit !== 'string') return null;
  const key = unit
    .trim()
    .toLowerCase()
    .replace(/^(?:per[_\s]|1\s+)/, '')
    .replace(/_/g, '-');
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

function formatBounds(
  min: number | null,
  max: number | null,
  currency: string | null,
  period: SalaryPeriod,
): string {
  const fmt = (n: number) =>
    `${currency === 'USD' ? '$' : currency ? `${currency} ` : ''}${n.toLocaleString('en-US')}`;
  const range =
    min !== null && max !== null && min !== max ? `${fmt(min)} - ${fmt(max)}` : fmt((min ?? max) as number);
  return `${range} per ${period}`;
}
