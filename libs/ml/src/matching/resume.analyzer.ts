// What a resume offers: skills with evidence lines, years of experience, highest degree, titles.
import { chunkResume, detectResumeFormat, type ResumeChunk, type ResumeSection } from '../chunking';
import { extractSkills, type SkillMention } from '../skills';
import { findDateRanges, mergedMonths } from './date-range.parser';
import { findDegrees, highestDegree } from './degree.rules';
import { evidenceAt } from './evidence';
import type { Evidence, ResumeAnalysis, ResumeEvidence, ResumeSkill } from './match.types';
import { titleOnLine } from './title.rules';
import { findYearsStatements } from './years.rules';

export interface AnalyzeResumeOptions {
  /** What "Present" / "Current" resolves to. Default: the current time. */
  readonly now?: Date;
}

/** Sections whose mention of a skill best shows it was used, best first. */
const EVIDENCE_PRIORITY: readonly ResumeSection[] = ['experience', 'projects', 'summary', 'skills'];
const NOT_WORK: ReadonlySet<ResumeSection> = new Set([
  'education',
  'certifications',
  'awards',
  'publications',
  'languages',
  'contact',
]);

export function analyzeResume(
  text: string,
  chunks?: readonly ResumeChunk[],
  options: AnalyzeResumeOptions = {},
): ResumeAnalysis {
  const all = chunks ?? chunkResume(text, { format: detectResumeFormat(text) });
  const sectionAt = sectionLookup(all);
  const withSection = (e: Evidence): ResumeEvidence => {
    const section = sectionAt(e.start);
    return section ? { ...e, section } : e;
  };
  return {
    // Contact lines yield false skills ("github.com", "example.net"), so they are skipped.
    skills: resumeSkills(
      text,
      extractSkills(text).mentions.filter((m) => sectionAt(m.start) !== 'contact'),
      sectionAt,
      withSection,
    ),
    experience: experience(text, all, sectionAt, withSection, options.now ?? new Date()),
    education: education(text, sectionAt, withSection),
    titles: titles(text, all, withSection),
  };
}

type SectionAt = (offset: number) => ResumeSection | undefined;

/** Section of the chunk holding an offset (or the chunk before it, for gaps between chunks). */
function sectionLookup(chunks: readonly ResumeChunk[]): SectionAt {
  const sorted = [...chunks].sort((a, b) => a.start - b.start);
  return (offset) => {
    let found: ResumeChunk | undefined;
    for (const c of sorted) {
      if (c.start > offset) break;
      found = c;
    }
    return found?.section;
  };
}

function rank(section: ResumeSection | undefined): number {
  const i = section ? EVIDENCE_PRIORITY.indexOf(section) : -1;
  return i < 0 ? EVIDENCE_PRIORITY.length : i;
}

function resumeSkills(
  text: string,
  mentions: readonly SkillMention[],
  sectionAt: SectionAt,
  withSection: (e: Evidence) => ResumeEvidence,
): ResumeSkill[] {
  const byName = new Map<string, SkillMention[]>();
  for (const m of mentions) byName.set(m.name, [...(byName.get(m.name) ?? []), m]);
  return [...byName.values()].map((group) => {
    let best = group[0]!;
    for (const m of group) if (rank(sectionAt(m.start)) < rank(sectionAt(best.start))) best = m;
    const years = Math.max(0, ...group.map((m) => m.years ?? 0));
    return {
      skill: best.name,
      category: best.category,
      ...(years > 0 ? { years } : {}),
      mentions: group.length,
      evidence: withSection(evidenceAt(text, best.start, best.end)),
    };
  });
}

function experience(
  text: string,
  chunks: readonly ResumeChunk[],
  sectionAt: SectionAt,
  withSection: (e: Evidence) => ResumeEvidence,
  now: Date,
): ResumeAnalysis['experience'] {
  const hasExperience = chunks.some((c) => c.section === 'experience');
  const ranges = findDateRanges(text, now).filter((r) => {
    const section = sectionAt(r.evidence.start);
    return hasExperience ? section === 'experience' : !section || !NOT_WORK.has(section);
  });
  if (ranges.length > 0) {
    const years = Math.round((mergedMonths(ranges) / 12) * 10) / 10;
    return { years, basis: 'dates', ranges, evidence: ranges.map((r) => withSection(r.evidence)) };
  }
  // No dates: fall back on a stated total ("8 years of experience") anywhere but education.
  const stated = findYearsStatements(text).filter(
    (s) => s.scope === 'overall' && !NOT_WORK.has(sectionAt(s.evidence.start) ?? 'other'),
  );
  let best = stated[0];
  for (const s of stated) if (best && s.min > best.min) best = s;
  if (best) return { years: best.min, basis: 'stated', ranges: [], evidence: [withSection(best.evidence)] };
  return { years: 0, basis: 'none', ranges: [], evidence: [] };
}

function education(
  text: string,
  sectionAt: SectionAt,
  withSection: (e: Evidence) => ResumeEvidence,
): ResumeAnalysis['education'] {
  const degrees = findDegrees(text);
  const inEducation = degrees.filter((d) => sectionAt(d.evidence.start) === 'education');
  const pool =
    inEducation.length > 0
      ? inEducation
      : degrees.filter((d) => !['experience', 'skills'].includes(sectionAt(d.evidence.start) ?? ''));
  const best = highestDegree(pool);
  return best
    ? { level: best.level, evidence: withSection(best.evidence) }
    : { level: 'none', evidence: null };
}

function titles(
  text: string,
  chunks: readonly ResumeChunk[],
  withSection: (e: Evidence) => ResumeEvidence,
): ResumeAnalysis['titles'] {
  const out: ResumeAnalysis['titles'] = [];
  const seen = new Set<string>();
  for (const chunk of chunks.filter((c) => c.section === 'experience')) {
    let offset = chunk.start;
    for (const line of chunk.text.split('\n')) {
      const title = /^\s*(?:[-*+•▪◦●]|\d{1,2}[.)])\s/.test(line) ? undefined : titleOnLine(line);
      if (
        title &&
        !seen.has(title.toLowerCase()) &&
        title.toLowerCase() !== (chunk.heading ?? '').toLowerCase()
      ) {
        seen.add(title.toLowerCase());
        out.push({ title, evidence: withSection(evidenceAt(text, offset)) });
      }
      offset += line.length + 1;
    }
  }
  return out;
}
