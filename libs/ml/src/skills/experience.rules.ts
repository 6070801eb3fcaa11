// Years of experience per skill: "5+ years of Python", "3 years experience with AWS and GCP",
// "Python (4 yrs)", "Go: 3+ years", "five years of Java". A range gives its lower bound.

import { COUNT_PATTERN, countValue } from '../text/number-words';

const NUM = COUNT_PATTERN;
const RANGE = String.raw`(?:\s*(?:-|–|to)\s*\d{1,2})?`;
const UNIT = String.raw`\s*\+?\s*(?:\+\s*)?(?:years?|yrs?)(?:'|’)?\b`;

/** A years phrase followed only by filler words and other skills, up to the mention. */
const YEARS_PHRASE = new RegExp(`\\b${NUM}${RANGE}${UNIT}`, 'gi');
const FILLER =
  /^(?:[\s,/&()+:–-]|\b(?:of|experience|experienced|with|in|using|professional|hands-on|commercial|industry|relevant|working|work|and|or|strong|solid|proven|production|programming|development|developing|building|software|engineering|backend|frontend|including|especially|such|as|at|least|minimum|plus|the|a|an|modern|writing|coding)\b)*$/i;
const YEARS_AFTER = new RegExp(`^\\s*(?:\\(|:|-|–|,)?\\s*${NUM}${RANGE}${UNIT}`, 'i');

function toNumber(raw: string): number | undefined {
  const n = countValue(raw);
  return Number.isFinite(n) && n > 0 && n <= 50 ? n : undefined;
}

interface Phrase {
  readonly start: number;
  readonly end: number;
  readonly years: number;
}

/** Text between two offsets with the given spans (other skills) cut out. */
function withoutSpans(text: string, from: number, to: number, spans: readonly [number, number][]): string {
  let out = '';
  let at = from;
  for (const [s, e] of spans) {
    if (e <= at || s >= to) continue;
    out += text.slice(at, Math.max(at, s)) + ' ';
    at = Math.min(to, e);
  }
  return out + text.slice(at, to);
}

/**
 * Finds every years phrase once per text, then answers per mention. `spans` are all skill
 * mentions in text order, so "5 years of Python, Django and AWS" reaches AWS.
 */
export class YearsScanner {
  private readonly phrases: Phrase[] = [];

  constructor(
    private readonly text: string,
    private readonly spans: readonly [number, number][],
  ) {
    for (const m of text.matchAll(YEARS_PHRASE)) {
      const years = m[1] ? toNumber(m[1]) : undefined;
      if (years !== undefined) this.phrases.push({ start: m.index, end: m.index + m[0].length, years });
    }
  }

  yearsFor(start: number, end: number): number | undefined {
    if (this.phrases.length === 0) return undefined;
    const after = YEARS_AFTER.exec(this.text.slice(end, end + 24));
    if (after?.[1]) return toNumber(after[1]);
    const phrase = this.lastPhraseBefore(start);
    if (!phrase || start - phrase.end > 120) return undefined;
    const tail = withoutSpans(this.text, phrase.end, start, this.spans);
    if (/[.;\n]/.test(tail) || !FILLER.test(tail)) return undefined;
    if (this.isPostfixOfEarlierSkill(phrase.start)) return undefined;
    return phrase.years;
  }

  private lastPhraseBefore(offset: number): Phrase | undefined {
    let found: Phrase | undefined;
    for (const p of this.phrases) {
      if (p.end > offset) break;
      found = p;
    }
    return found;
  }

  /** "Python (4 yrs), Django": the 4 years belong to Python, not to what follows. */
  private isPostfixOfEarlierSkill(phraseStart: number): boolean {
    let i = phraseStart;
    while (i > 0 && /[\s(:,–-]/.test(this.text[i - 1]!)) i--;
    return this.spans.some(([, e]) => e === i);
  }
}
