// Requirements of a job posting: skills (required / nice to have), years, seniority, education.
import { extractSkills, type SkillMention } from '../skills';
import { DEGREE_RANK, findDegrees } from './degree.rules';
import { evidenceAt, spanOf } from './evidence';
import { jobSectionAt } from './job-sections.rules';
import type {
  DegreeLevel,
  EducationRequirement,
  JobAnalysis,
  JobSkillRequirement,
  YearsRequirement,
} from './match.types';
import { IMPLIED_YEARS, seniorityOf } from './title.rules';
import { findYearsStatements } from './years.rules';

const NICE_PHRASE =
  /\b(?:nice[\s-]to[\s-]have|a\s+(?:big\s+|huge\s+|strong\s+)?plus|bonus|preferred|preferably|ideally|desirable|desired|advantage|is\s+welcome)\b/i;
const EQUIVALENT =
  /\b(?:or\s+(?:an?\s+)?equivalent|equivalent\s+(?:practical\s+|work\s+|professional\s+|industry\s+|relevant\s+)?experience|or\s+related\s+experience|or\s+comparable\s+experience)\b/i;

export function analyzeJob(description: string, title?: string): JobAnalysis {
  const extracted = extractSkills(description);
  // Tools named under "About us" or "Benefits" are the employer's, not requirements.
  const mentions = extracted.mentions.filter(
    (m) => m.category !== 'soft' && jobSectionAt(description, m.start) !== 'context',
  );
  const skills = jobSkills(description, mentions);
  const cleanTitle = title?.trim() ? title.trim() : null;
  if (cleanTitle) addTitleSkills(cleanTitle, skills);
  const seniority = cleanTitle ? seniorityOf(cleanTitle) : null;
  return {
    title: cleanTitle,
    seniority,
    skills,
    soft_skills: extracted.soft_skills,
    experience: yearsRequirement(description, extracted.mentions, cleanTitle, seniority),
    education: educationRequirement(description),
  };
}

/** One requirement per skill: required if any mention is required or none is marked. */
function jobSkills(text: string, mentions: readonly SkillMention[]): JobSkillRequirement[] {
  const byName = new Map<string, SkillMention[]>();
  for (const m of mentions) byName.set(m.name, [...(byName.get(m.name) ?? []), m]);
  return [...byName.values()].map((group) => {
    const first = group[0]!;
    const required =
      group.some((m) => m.requirement === 'required') || group.every((m) => m.requirement === undefined);
    const decisive =
      group.find((m) => (required ? m.requirement !== 'nice_to_have' : m.requirement === 'nice_to_have')) ??
      first;
    const years = Math.max(0, ...group.map((m) => m.years ?? 0));
    return {
      skill: first.name,
      category: first.category,
      required,
      ...(years > 0 ? { years } : {}),
      evidence: evidenceAt(text, decisive.start, decisive.end),
    };
  });
}

/** Skills named only in the title ("Senior Python Engineer") are required. */
function addTitleSkills(title: string, skills: JobSkillRequirement[]): void {
  for (const m of extractSkills(title).mentions) {
    if (m.category === 'soft' || skills.some((s) => s.skill === m.name)) continue;
    skills.push({
      skill: m.name,
      category: m.category,
      required: true,
      evidence: { ...spanOf(title, 0, title.length), source: 'title' },
    });
  }
}

function yearsRequirement(
  text: string,
  mentions: readonly SkillMention[],
  title: string | null,
  seniority: JobAnalysis['seniority'],
): YearsRequirement | null {
  const statements = findYearsStatements(
    text,
    mentions.map((m) => m.start),
  );
  // Overall statements win; a posting that only states per-skill years is read by its largest.
  const pool = statements.some((s) => s.scope === 'overall')
    ? statements.filter((s) => s.scope === 'overall')
    : statements;
  let best = pool[0];
  for (const s of pool) if (best && s.min > best.min) best = s;
  if (best)
    return {
      min: best.min,
      ...(best.max !== undefined ? { max: best.max } : {}),
      scope: best.scope,
      evidence: best.evidence,
    };
  if (seniority && title && IMPLIED_YEARS[seniority] > 0) {
    return {
      min: IMPLIED_YEARS[seniority],
      scope: 'seniority',
      evidence: { ...spanOf(title, 0, title.length), source: 'title' },
    };
  }
  return null;
}

function educationRequirement(text: string): EducationRequirement {
  let required: { level: DegreeLevel; evidence: EducationRequirement['evidence'] } | undefined;
  let preferred: DegreeLevel | undefined;
  let orEquivalent = false;
  for (const d of findDegrees(text)) {
    if (isPreferred(text, d.evidence.start, clauseAround(text, d.start, d.end))) {
      if (!preferred || DEGREE_RANK[d.level] > DEGREE_RANK[preferred]) preferred = d.level;
      continue;
    }
    orEquivalent = orEquivalent || EQUIVALENT.test(d.evidence.text);
    // "Bachelor's or Master's": the lowest required degree is the bar.
    if (!required || DEGREE_RANK[d.level] < DEGREE_RANK[required.level]) required = d;
  }
  const level = required?.level ?? 'none';
  return {
    level,
    ...(preferred && DEGREE_RANK[preferred] > DEGREE_RANK[level] ? { preferred } : {}),
    or_equivalent: orEquivalent,
    evidence: required?.evidence ?? null,
  };
}

/** The clause holding a mention: "BS required, MS preferred" gives each degree its own word. */
function clauseAround(text: string, start: number, end: number): string {
  let s = start;
  while (s > 0 && !/[,;.\n]/.test(text[s - 1]!)) s--;
  let e = end;
  while (e < text.length && !/[,;\n]/.test(text[e]!) && !/^\.(?:\s|$)/.test(text.slice(e, e + 2))) e++;
  return text.slice(s, e);
}

/** A preference phrase in the same clause, or a "Nice to have" heading above it. */
function isPreferred(text: string, start: number, sentence: string): boolean {
  if (NICE_PHRASE.test(sentence)) return true;
  // A line that is its own heading ("Education: BS in CS") is not under the heading above it.
  if (/^(?:education|degree|qualifications?)\s*:/i.test(sentence)) return false;
  return jobSectionAt(text, start) === 'nice';
}
