// Years-of-experience statements ("5+ years of experience", "3-5 years", "at least five years").
import { COUNT_PATTERN, countValue } from '../text/number-words';
import { evidenceAt } from './evidence';
import type { Evidence } from './match.types';

const NUM = COUNT_PATTERN;
const YEARS = new RegExp(
  String.raw`\b(?:(?:at\s+least|minimum(?:\s+of)?|min\.?|over|more\s+than)\s+)?${NUM}\s*\+?\s*(?:(?:-|–|to)\s*${NUM}\s*\+?\s*)?(?:\(\d{1,2}\)\s*)?(?:years?|yrs?)\b\s*\+?`,
  'gi',
);
/** After the number: "of (relevant) experience" within the same clause. */
const EXPERIENCE_AFTER = /^[^.\n;:]{0,70}?\b(?:experience|exp\b)/i;
const OVERALL_WORDS =
  /\b(?:professional|industry|relevant|work|software|engineering|development|commercial|hands-on|overall|total|full[\s-]time|post-graduate)\b/i;

export interface YearsStatement {
  readonly min: number;
  readonly max?: number;
  /** A skill is named between the number and "experience", or right after "experience with/in". */
  readonly scope: 'overall' | 'skill';
  readonly evidence: Evidence;
}

function toNumber(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const n = countValue(raw);
  return Number.isFinite(n) ? n : undefined;
}

/**
 * Every "N years ... experience" statement. `skillStarts` are offsets of skill mentions, used
 * to tell "5+ years of Python experience" (skill) from "5+ years of experience" (overall).
 */
export function findYearsStatements(text: string, skillStarts: readonly number[] = []): YearsStatement[] {
  const out: YearsStatement[] = [];
  YEARS.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = YEARS.exec(text)) !== null) {
    const min = toNumber(m[1]);
    const max = toNumber(m[2]);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 120);
    const exp = EXPERIENCE_AFTER.exec(after);
    if (min === undefined || min > 30 || !exp) continue;
    const expEnd = m.index + m[0].length + exp[0].length;
    const between = exp[0];
    const skillBetween = skillStarts.some((s) => s >= m!.index + m![0].length && s < expEnd);
    const tail = text.slice(expEnd, expEnd + 30);
    const skillAfter =
      /^\s*(?:with|in|using|of)\s/i.test(tail) && skillStarts.some((s) => s >= expEnd && s < expEnd + 30);
    const overall = OVERALL_WORDS.test(between) && !skillBetween;
    const scope = !overall && (skillBetween || skillAfter) ? 'skill' : 'overall';
    out.push({
      min,
      ...(max !== undefined && max > min ? { max } : {}),
      scope,
      evidence: evidenceAt(text, m.index, expEnd),
    });
  }
  return out;
}
