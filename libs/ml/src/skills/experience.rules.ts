// Years of experience per skill: "5+ years of Python", "3 years experience with AWS and GCP",
// "Python (4 yrs)", "Go: 3+ years", "five years of Java". A range gives its lower bound.

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20,
};

const NUM = String.raw`(\d{1,2}(?:\.\d)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)`;
const RANGE = String.raw`(?:\s*(?:-|–|to)\s*\d{1,2})?`;
const UNIT = String.raw`\s*\+?\s*(?:\+\s*)?(?:years?|yrs?)(?:'|’)?\b`;

/** A years phrase followed only by filler words and other skills, up to the mention. */
const YEARS_PHRASE = new RegExp(`\\b${NUM}${RANGE}${UNIT}`, 'gi');
const FILLER =
  /^(?:[\s,/&()+:–-]|\b(?:of|experience|experienced|with|in|using|professional|hands-on|commercial|industry|relevant|working|work|and|or|strong|solid|proven|production|programming|development|developing|building|software|engineering|backend|frontend|including|especially|such|as|at|least|minimum|plus|the|a|an|modern|writing|coding)\b)*$/i;
const YEARS_AFTER = new RegExp(`^\\s*(?:\\(|:|-|–|,)?\\s*${NUM}${RANGE}${UNIT}`, 'i');

function toNumber(raw: string): number | undefined {
  const word = NUMBER_WORDS[raw.toLowerCase()];
  if (word !== undefined) return word;
  const n = Number(raw);
  return Number.isFinite(n) && n > 0 && n <= 50 ? n : undefined;
}

/** Blanks other mentions' text so "5 years of Python, Django and AWS" reaches AWS. */
function maskMentions(segment: string, offset: number, spans: readonly [number, number][]): string {
  let out = segment;
  for (const [s, e] of spans) {
    const a = s - offset;
    const b = e - offset;
    if (b <= 0 || a >= out.length) continue;
    out = out.slice(0, Math.max(0, a)) + ' '.repeat(Math.min(out.length, b) - Math.max(0, a)) + out.slice(b);
  }
  return out;
}

export function yearsFor(
  text: string,
  start: number,
  end: number,
  spans: readonly [number, number][],
): number | undefined {
  const after = YEARS_AFTER.exec(text.slice(end, end + 24));
  if (after?.[1]) return toNumber(after[1]);
  const from = Math.max(0, start - 120);
  const before = maskMentions(text.slice(from, start), from, spans);
  let last: RegExpExecArray | undefined;
  for (const m of before.matchAll(YEARS_PHRASE)) last = m;
  if (!last?.[1]) return undefined;
  const tail = before.slice(last.index + last[0].length);
  if (/[.;\n]/.test(tail) || !FILLER.test(tail)) return undefined;
  if (isPostfixOfEarlierSkill(text, from + last.index, spans)) return undefined;
  return toNumber(last[1]);
}

/** "Python (4 yrs), Django": the 4 years belong to Python, not to what follows. */
function isPostfixOfEarlierSkill(text: string, phraseStart: number, spans: readonly [number, number][]): boolean {
  let i = phraseStart;
  while (i > 0 && /[\s(:,–-]/.test(text[i - 1]!)) i--;
  return spans.some(([, e]) => e === i);
}
