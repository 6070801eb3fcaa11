// Seniority from a job title, and job titles held from resume experience lines.
import type { Seniority } from './match.types';

const SENIORITY: ReadonlyArray<readonly [Seniority, RegExp]> = [
  ['intern', /\b(?:intern(?:ship)?|co-?op|trainee|apprentice(?:ship)?|werkstudent)\b/i],
  ['principal', /\bprincipal\b/i],
  ['staff', /\bstaff\b(?!\s+(?:nurse|accountant|writer))/i],
  ['manager', /\b(?:manager|head\s+of|director|vp|vice\s+president|cto|chief)\b/i],
  ['lead', /\b(?:lead|leader)\b/i],
  ['senior', /\b(?:senior|sr\.?|III|IV)(?=\s|$|[,)/-])/i],
  ['junior', /\b(?:junior|jr\.?|entry[\s-]level|graduate|new\s+grad)(?=\s|$|[,)/-])|\bI$/i],
  ['mid', /\b(?:mid(?:dle)?[\s-]?(?:level|senior)?|intermediate)(?=\s|$|[,)/-])/i],
  ['mid', /\bII(?=\s|$|[,)/-])/],
];

/** The seniority a title names, or null ("Software Engineer" names none). */
export function seniorityOf(title: string): Seniority | null {
  // "Senior / Staff Engineer" names alternatives: the lower bar is the one a candidate must clear.
  const parts = title.split(/\s*\/\s*/);
  if (parts.length > 1) {
    const levels = parts.map(levelOf).filter((l): l is Seniority => l !== null);
    if (levels.length > 1) return levels.reduce((a, b) => (IMPLIED_YEARS[b] < IMPLIED_YEARS[a] ? b : a));
  }
  return levelOf(title);
}

function levelOf(title: string): Seniority | null {
  for (const [level, pattern] of SENIORITY) if (pattern.test(title)) return level;
  return null;
}

/** Years of experience a seniority level usually implies, used when a posting states none. */
export const IMPLIED_YEARS: Readonly<Record<Seniority, number>> = {
  intern: 0,
  junior: 0,
  mid: 2,
  senior: 5,
  lead: 6,
  manager: 5,
  staff: 8,
  principal: 10,
};

const TITLE_WORD =
  /\b(?:engineer|developer|programmer|manager|analyst|scientist|designer|architect|consultant|director|intern|administrator|specialist|nurse|lead|officer|technician|coordinator|accountant|teacher|researcher|devops|sre|cto|ceo|founder|co-founder)s?$/i;
const SEPARATORS = /\s+(?:—|–|-|\||@|at)\s+|\s*[,|@•·]\s*|\s{2,}|\t/;

/** The job title on a resume experience line ("Senior Engineer — Acme, 2019 - 2021"), if any. */
export function titleOnLine(line: string): string | undefined {
  const clean = line.replace(/^[\s#*_>\-•]+/, '');
  for (const part of clean.split(SEPARATORS)) {
    const trimmed = part.replace(/[*_]+/g, '').trim();
    const words = trimmed.split(/\s+/);
    if (words.length <= 6 && /^[A-Z]/.test(trimmed) && TITLE_WORD.test(trimmed)) return trimmed;
  }
  return undefined;
}

const TITLE_NOISE = new Set([
  'senior',
  'sr',
  'junior',
  'jr',
  'staff',
  'principal',
  'lead',
  'mid',
  'level',
  'entry',
  'intern',
  'ii',
  'iii',
  'iv',
  'remote',
  'hybrid',
  'onsite',
  'work',
  'contract',
  'contractor',
  'full',
  'part',
  'time',
  'the',
  'and',
  'of',
  'for',
  'in',
  'at',
  'with',
  'to',
  'a',
  'an',
  'experience',
]);
const TITLE_SYNONYMS: Readonly<Record<string, string>> = {
  developer: 'engineer',
  programmer: 'engineer',
  dev: 'engineer',
  swe: 'engineer',
  'front-end': 'frontend',
  'back-end': 'backend',
  'full-stack': 'fullstack',
  fullstack: 'fullstack',
};

function titleTokens(title: string): Set<string> {
  const words = title.toLowerCase().split(/[^\p{L}\p{N}+#-]+/u);
  const out = new Set<string>();
  for (const raw of words) {
    const w = raw.replace(/^-+|-+$/g, '').replace(/s$/, '');
    if (w.length < 2 || TITLE_NOISE.has(w)) continue;
    out.add(TITLE_SYNONYMS[w] ?? w);
  }
  return out;
}

/** Share (0–1) of the job title's words (seniority and noise words aside) found in the resume's titles. */
export function titleSimilarity(jobTitle: string, resumeTitles: readonly string[]): number {
  const want = titleTokens(jobTitle);
  if (want.size === 0) return 0;
  const have = new Set(resumeTitles.flatMap((t) => [...titleTokens(t)]));
  let hits = 0;
  for (const w of want) if (have.has(w)) hits++;
  return hits / want.size;
}
