// Recognises resume section headings and maps their wording to a normalised section.
import type { ResumeFormat, ResumeSection } from './chunk.types';

/** Ordered: the first pattern that matches the whole normalised heading wins. */
const SECTION_PATTERNS: ReadonlyArray<readonly [ResumeSection, RegExp]> = [
  ['skills', /^(?:programming|computer|coding)\s+languages?$/],
  [
    'contact',
    /^(?:contact|contact\s+(?:info|information|details|me)|personal\s+(?:details|information|info|data))$/,
  ],
  [
    'summary',
    /^(?:(?:professional|career|executive|personal|profile)\s+)?(?:summary|profile|objective|overview|statement)$|^(?:about(?:\s+me)?|introduction|summary\s+of\s+qualifications|highlights)$/,
  ],
  ['other', /^volunteer(?:ing)?(?:\s+(?:work|experience|activities))?$/],
  [
    'experience',
    /^(?:(?:professional|work|relevant|industry|employment|career|research|teaching|selected|technical|engineering)\s+)*(?:experience|history|background|employment)(?:\s+(?:history|and\s+\w+))?$|^(?:employment|career|work|positions(?:\s+held)?|professional\s+background)$/,
  ],
  // Any other "<words> experience" heading ("Leadership Experience", "Startup Experience").
  ['experience', /^(?:[a-z&-]+\s+){1,2}experience$/],
  [
    'education',
    /^(?:education|academic\s+(?:background|history|qualifications)|academics|educational\s+background|education\s+(?:and|&)\s+(?:training|certifications?|qualifications|courses))$/,
  ],
  [
    'skills',
    /^(?:(?:technical|core|key|relevant|professional|hard|soft|it|computer|software)\s+)*(?:skills?|competencies|competences|expertise|proficiencies)(?:\s+(?:and|&)\s+(?:tools|technologies|abilities|expertise|interests))?$|^(?:technologies|tech\s+stack|tools(?:\s+(?:and|&)\s+technologies)?|areas\s+of\s+expertise|skill\s+set|skillset|toolbox)$/,
  ],
  [
    'projects',
    /^(?:(?:personal|side|selected|key|academic|notable|open[\s-]source)\s+)?projects$|^open[\s-]source(?:\s+contributions)?$/,
  ],
  [
    'certifications',
    /^(?:(?:professional\s+)?certifications?|certificates?|licen[cs]es(?:\s+(?:and|&)\s+certifications)?|certifications?\s+(?:and|&)\s+(?:licen[cs]es|training|courses))$|^(?:training|courses|coursework)$/,
  ],
  [
    'publications',
    /^(?:publications?|papers|talks|presentations|publications?\s+(?:and|&)\s+(?:talks|presentations|patents)|patents)$/,
  ],
  [
    'awards',
    /^(?:awards?|honou?rs|achievements|accomplishments|honou?rs\s+(?:and|&)\s+awards|awards\s+(?:and|&)\s+(?:honou?rs|achievements))$/,
  ],
  ['languages', /^(?:(?:spoken|foreign)\s+)?languages?$/],
  [
    'other',
    /^(?:interests|hobbies|hobbies\s+(?:and|&)\s+interests|volunteer(?:ing)?(?:\s+(?:work|experience))?|references|activities|extracurricular\s+activities|leadership|affiliations|memberships)$/,
  ],
];

/** The section a heading names, or undefined when it is not a known resume heading. */
export function sectionForHeading(heading: string): ResumeSection | undefined {
  const key = heading
    .toLowerCase()
    .replace(/[*_#:=|•·]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (key.length === 0 || key.length > 50) return undefined;
  for (const [section, pattern] of SECTION_PATTERNS) if (pattern.test(key)) return section;
  return undefined;
}

/** A heading found on a line: its text span and Markdown level (plain-text headings are level 1). */
export interface HeadingLine {
  readonly text: string;
  readonly level: number;
  readonly section: ResumeSection | undefined;
  /** Lines the heading occupies (2 for a setext heading). */
  readonly lines: number;
  /** Text after an inline heading ("Skills: Python, Go") belongs to the section. */
  readonly inline: boolean;
}

const ATX = /^ {0,3}(#{1,6})\s+(.+?)\s*#*\s*$/;
const BOLD_ONLY = /^\s*(?:\*\*|__)([^*_]{2,60}?)(?:\*\*|__)\s*:?\s*$/;
const SETEXT = /^ {0,3}(=+|-+)\s*$/;
const PLAIN = /^\s*([A-Za-z][A-Za-z &/,'-]{1,48}?)\s*:?\s*$/;
const INLINE = /^\s*([A-Za-z][A-Za-z &/'-]{1,40}?)\s*:\s*\S/;
const CAPS = /^\s*([A-Z][A-Z &/,'-]{2,48}?)\s*:?\s*$/;

/** Recognises a heading at `lines[i]`; `next` is the following line (for setext underlines). */
export function headingAt(
  line: string,
  next: string | undefined,
  format: ResumeFormat,
): HeadingLine | undefined {
  if (format === 'markdown') {
    const atx = ATX.exec(line);
    if (atx) return heading(stripMarks(atx[2] ?? ''), atx[1]?.length ?? 1, 1, false);
    const under = next === undefined ? null : SETEXT.exec(next);
    if (under && line.trim().length > 0 && !/^\s*[-*+•]\s/.test(line) && (under[1]?.length ?? 0) >= 3) {
      return heading(stripMarks(line.trim()), under[1]?.startsWith('=') ? 1 : 2, 2, false);
    }
    const bold = BOLD_ONLY.exec(line);
    if (bold) {
      const text = (bold[1] ?? '').trim();
      // A bold line names a section only when it is a known heading; otherwise it is a sub-heading (a job).
      return heading(text, sectionForHeading(text) ? 2 : 4, 1, false);
    }
  }
  const plain = PLAIN.exec(line);
  if (plain && sectionForHeading(plain[1] ?? '')) return heading((plain[1] ?? '').trim(), 1, 1, false);
  const caps = CAPS.exec(line);
  if (caps && sectionForHeading(caps[1] ?? '')) return heading((caps[1] ?? '').trim(), 1, 1, false);
  const inline = INLINE.exec(line);
  if (inline && sectionForHeading(inline[1] ?? '')) return heading((inline[1] ?? '').trim(), 1, 1, true);
  return undefined;
}

function heading(text: string, level: number, lines: number, inline: boolean): HeadingLine {
  return { text, level, section: sectionForHeading(text), lines, inline };
}

function stripMarks(text: string): string {
  return text.replace(/^[*_]+|[*_]+$/g, '').trim();
}

const EMAIL = /[\w.+-]+@[\w-]+\.[\w.-]+/;
const PHONE = /(?:\+?\d[\d ().-]{7,}\d)/;
const LINK = /\b(?:linkedin\.com|github\.com|https?:\/\/)/i;

/** A line that holds contact details (email, phone, profile link). */
export function isContactLine(line: string): boolean {
  return EMAIL.test(line) || LINK.test(line) || (PHONE.test(line) && !/\b(?:19|20)\d{2}\s*[-–]/.test(line));
}
