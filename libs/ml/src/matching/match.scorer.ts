// Scores a resume against a job. Weights: skills 60, experience 25, education 15; a required
// skill counts twice a nice-to-have one; related skills earn partial credit (RELATED_SKILLS).
// Experience and education count in full only as far as the skills are relevant: their part is
// scaled by RELEVANCE_FLOOR + (1 - RELEVANCE_FLOOR) * skills/100, so ten years as a nurse do not
// make a backend match. Every sub-score, and so the overall score, only grows when the resume
// gains a skill, years or a degree (monotonic).
import { degreeLabel, DEGREE_RANK } from './degree.rules';
import type {
  JobAnalysis,
  MatchedSkill,
  MatchScore,
  MissingSkill,
  ResumeAnalysis,
  ResumeSkill,
} from './match.types';
import { RELATED_SKILLS } from './skill-relations';
import { titleSimilarity } from './title.rules';

export const MATCH_WEIGHTS = { skills: 0.6, experience: 0.25, education: 0.15 } as const;
export const REQUIRED_SKILL_WEIGHT = 2;
export const NICE_SKILL_WEIGHT = 1;
/** Years of experience that stand in for a degree when the posting says "or equivalent experience". */
export const EQUIVALENT_EXPERIENCE_YEARS = 4;
/** Share of the experience and education parts a resume with no matching skills still gets. */
export const RELEVANCE_FLOOR = 0.5;

export function scoreMatch(job: JobAnalysis, resume: ResumeAnalysis): MatchScore {
  const skills = scoreSkills(job, resume);
  const experience = scoreExperience(job, resume);
  const education = scoreEducation(job, resume);
  const relevance = RELEVANCE_FLOOR + ((1 - RELEVANCE_FLOOR) * skills.score) / 100;
  const overall =
    MATCH_WEIGHTS.skills * skills.score +
    relevance * (MATCH_WEIGHTS.experience * experience.score + MATCH_WEIGHTS.education * education.score);
  return {
    overall: Math.round(overall),
    skills_score: Math.round(skills.score),
    experience_score: Math.round(experience.score),
    education_score: Math.round(education.score),
    matched_skills: skills.matched,
    missing_skills: skills.missing,
    experience: {
      required_years: job.experience?.min ?? null,
      resume_years: resume.experience.years,
      evidence: { job: job.experience?.evidence ?? null, resume: resume.experience.evidence },
    },
    education: {
      required: job.education.level,
      or_equivalent: job.education.or_equivalent,
      resume: resume.education.level,
      evidence: { job: job.education.evidence, resume: resume.education.evidence },
    },
    explanation: [...skills.explanation, experience.explanation, education.explanation],
  };
}

interface SkillsPart {
  score: number;
  matched: MatchedSkill[];
  missing: MissingSkill[];
  explanation: string[];
}

function scoreSkills(job: JobAnalysis, resume: ResumeAnalysis): SkillsPart {
  const have = new Map<string, ResumeSkill>(resume.skills.map((s) => [s.skill, s]));
  const matched: MatchedSkill[] = [];
  const missing: MissingSkill[] = [];
  let earned = 0;
  let possible = 0;
  for (const req of job.skills) {
    const weight = req.required ? REQUIRED_SKILL_WEIGHT : NICE_SKILL_WEIGHT;
    possible += weight;
    const best = bestCredit(req.skill, have);
    if (!best) {
      missing.push({ skill: req.skill, required: req.required, job_evidence: req.evidence });
      continue;
    }
    earned += weight * best.credit;
    matched.push({
      skill: req.skill,
      required: req.required,
      credit: best.credit,
      resume_skill: best.skill.skill,
      resume_evidence: best.skill.evidence,
      job_evidence: req.evidence,
    });
  }
  if (possible === 0) return { ...byTitle(job, resume), matched, missing };
  return {
    score: (100 * earned) / possible,
    matched,
    missing,
    explanation: skillsExplanation(job, matched, missing),
  };
}

/** A posting that names no skills is judged by how much of its title the resume's titles share. */
function byTitle(job: JobAnalysis, resume: ResumeAnalysis): { score: number; explanation: string[] } {
  if (!job.title)
    return { score: 0, explanation: ['The posting names no technical skills and has no title to compare.'] };
  const share = titleSimilarity(
    job.title,
    resume.titles.map((t) => t.title),
  );
  return {
    score: 100 * share,
    explanation: [
      `The posting names no technical skills; ${Math.round(100 * share)}% of its title matches titles held.`,
    ],
  };
}

/** The resume's own skill (credit 1) or its best related skill. */
function bestCredit(
  skill: string,
  have: ReadonlyMap<string, ResumeSkill>,
): { skill: ResumeSkill; credit: number } | undefined {
  const exact = have.get(skill);
  if (exact) return { skill: exact, credit: 1 };
  let best: { skill: ResumeSkill; credit: number } | undefined;
  for (const [name, credit] of RELATED_SKILLS.get(skill) ?? []) {
    const s = have.get(name);
    if (s && (!best || credit > best.credit)) best = { skill: s, credit };
  }
  return best;
}

function skillsExplanation(
  job: JobAnalysis,
  matched: readonly MatchedSkill[],
  missing: readonly MissingSkill[],
): string[] {
  const required = job.skills.filter((s) => s.required).length;
  const lines = [
    `Matched ${matched.filter((m) => m.required).length} of ${required} required and ${matched.filter((m) => !m.required).length} of ${job.skills.length - required} nice-to-have skills.`,
  ];
  const related = matched.filter((m) => m.credit < 1);
  if (related.length > 0)
    lines.push(`Partial credit: ${related.map((m) => `${m.resume_skill} for ${m.skill}`).join(', ')}.`);
  const req = missing.filter((m) => m.required).map((m) => m.skill);
  if (req.length > 0) lines.push(`Missing required: ${req.join(', ')}.`);
  const nice = missing.filter((m) => !m.required).map((m) => m.skill);
  if (nice.length > 0) lines.push(`Missing nice-to-have: ${nice.join(', ')}.`);
  return lines;
}

function scoreExperience(job: JobAnalysis, resume: ResumeAnalysis): { score: number; explanation: string } {
  const need = job.experience?.min ?? 0;
  const got = resume.experience.years;
  if (need <= 0)
    return { score: 100, explanation: `No years of experience required; resume shows ${got} years.` };
  const how = job.experience?.scope === 'seniority' ? ` (implied by the ${job.seniority} title)` : '';
  return {
    score: 100 * Math.min(1, got / need),
    explanation: `Experience: ${got} years on the resume vs ${need}+ required${how}.`,
  };
}

function scoreEducation(job: JobAnalysis, resume: ResumeAnalysis): { score: number; explanation: string } {
  const need = DEGREE_RANK[job.education.level];
  const got = DEGREE_RANK[resume.education.level];
  const has = resume.education.level === 'none' ? 'no degree found' : degreeLabel(resume.education.level);
  if (need === 0) return { score: 100, explanation: `No degree required; resume: ${has}.` };
  const wanted = degreeLabel(job.education.level);
  if (got >= need) return { score: 100, explanation: `Education: ${has} meets the required ${wanted}.` };
  let score = Math.max(0, 100 - 40 * (need - got));
  let note = '';
  if (job.education.or_equivalent) {
    const enough = resume.experience.years >= EQUIVALENT_EXPERIENCE_YEARS;
    score = Math.max(score, enough ? 90 : 50);
    note = enough
      ? '; equivalent experience accepted'
      : '; equivalent experience accepted but the resume shows little';
  }
  return { score, explanation: `Education: ${has} vs required ${wanted}${note}.` };
}
