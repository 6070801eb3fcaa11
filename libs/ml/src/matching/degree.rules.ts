// Degree detection ("B.Sc.", "Master's degree", "PhD", "Associate Degree in Nursing").
import { evidenceAt } from './evidence';
import type { DegreeLevel, DegreeMention } from './match.types';

export const DEGREE_RANK: Readonly<Record<DegreeLevel, number>> = {
  none: 0,
  associate: 1,
  bachelor: 2,
  master: 3,
  phd: 4,
};

const DEGREE_LABEL: Readonly<Record<DegreeLevel, string>> = {
  none: 'no degree',
  associate: "associate's degree",
  bachelor: "bachelor's degree",
  master: "master's degree",
  phd: 'PhD',
};

export function degreeLabel(level: DegreeLevel): string {
  return DEGREE_LABEL[level];
}

/** Generic wording ("degree in CS"): read as a bachelor's unless a named degree comes right before it. */
const GENERIC = /\b(?:(?:college|university)\s+degree|degree\s+in\b)/gi;

/** Case-insensitive patterns plus case-sensitive abbreviations ("BS", "MS", "BA", "MA"). */
const PATTERNS: ReadonlyArray<readonly [DegreeLevel, RegExp]> = [
  ['phd', /\b(?:ph\.?\s?d\b\.?|doctorates?\b|doctoral\s+degree|doctor\s+of\s+philosophy|d\.\s?phil\b)/gi],
  [
    'master',
    /\b(?:masters?(?:'s|’s|')?(?=\s+(?:degree|of|in)\b)|masters?(?:'s|’s)\b|m\.\s?sc\b\.?|msc\b|m\.\s?s\.|m\.\s?eng\b\.?|meng\b|mba\b|m\.\s?b\.\s?a\.|m\.\s?a\.|m\.\s?tech\b|graduate\s+degree|advanced\s+degree)/gi,
  ],
  [
    'master',
    /\b(?:MS|MA|MEng|MSc)\b(?!\s+(?:Office|Excel|Word|SQL|Teams|Azure|Dynamics|Project|Access|PowerPoint|Outlook|Windows|Visio))/g,
  ],
  ['associate', /\b(?:associate(?:'s|’s)?\s+(?:degree|of\s+(?:arts|science|applied))|A\.A\.S?\.|AAS\b)/gi],
  [
    'bachelor',
    /\b(?:bachelors?(?:'s|’s|')?(?=\s+(?:degree|of|in)\b)|bachelors?(?:'s|’s)\b|b\.\s?sc\b\.?|bsc\b|b\.\s?s\.|b\.\s?a\.|b\.\s?eng\b\.?|beng\b|b\.\s?tech\b|btech\b|undergraduate\s+degree|(?:4|four)[\s-]year\s+degree)/gi,
  ],
  ['bachelor', /\b(?:BS|BA|BEng|BSc|BBA)\b/g],
  ['bachelor', GENERIC],
];

/** A generic "degree in" this close after a named degree ("Master's degree in") is the same one. */
const GENERIC_GAP = 3;

/** Every degree mention in text, in order of position; overlapping hits keep the first pattern. */
export function findDegrees(text: string): DegreeMention[] {
  const hits: Array<{ level: DegreeLevel; start: number; end: number }> = [];
  for (const [level, pattern] of PATTERNS) {
    pattern.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = pattern.exec(text)) !== null) {
      const start = m.index;
      const end = start + m[0].length;
      const overlaps = hits.some((h) => h.start < end && start < h.end);
      const follows = pattern === GENERIC && hits.some((h) => h.end <= start && start - h.end <= GENERIC_GAP);
      if (overlaps || follows) continue;
      hits.push({ level, start, end });
    }
  }
  hits.sort((a, b) => a.start - b.start);
  return hits.map((h) => ({ ...h, evidence: evidenceAt(text, h.start, h.end) }));
}

/** The highest degree among mentions, or none. */
export function highestDegree(mentions: readonly DegreeMention[]): DegreeMention | undefined {
  let best: DegreeMention | undefined;
  for (const m of mentions) if (!best || DEGREE_RANK[m.level] > DEGREE_RANK[best.level]) best = m;
  return best;
}
