// Public types of job/resume analysis and match scoring.
import type { ResumeSection } from '../chunking';
import type { SkillCategory } from '../skills';

/** A span of the analysed text: `text === source.slice(start, end)`. */
export interface Evidence {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Set to 'title' when the span is in the job title rather than the description. */
  readonly source?: 'title' | 'description';
}

export interface ResumeEvidence extends Evidence {
  readonly section?: ResumeSection;
}

export type DegreeLevel = 'none' | 'associate' | 'bachelor' | 'master' | 'phd';
export type Seniority = 'intern' | 'junior' | 'mid' | 'senior' | 'staff' | 'principal' | 'lead' | 'manager';

export interface JobSkillRequirement {
  readonly skill: string;
  readonly category: SkillCategory;
  readonly required: boolean;
  readonly years?: number;
  readonly evidence: Evidence;
}

export interface YearsRequirement {
  readonly min: number;
  readonly max?: number;
  /** overall ("5+ years of experience"), skill ("5+ years of Python"), seniority (implied by the title). */
  readonly scope: 'overall' | 'skill' | 'seniority';
  readonly evidence: Evidence;
}

export interface EducationRequirement {
  readonly level: DegreeLevel;
  /** A higher degree named as preferred ("MS preferred"), if any. */
  readonly preferred?: DegreeLevel;
  /** "or equivalent (practical) experience" next to the requirement. */
  readonly or_equivalent: boolean;
  readonly evidence: Evidence | null;
}

export interface JobAnalysis {
  readonly title: string | null;
  readonly seniority: Seniority | null;
  /** Technical skills and tools (scored). */
  readonly skills: JobSkillRequirement[];
  /** Soft skills named by the posting (listed, not scored). */
  readonly soft_skills: string[];
  readonly experience: YearsRequirement | null;
  readonly education: EducationRequirement;
}

export interface ResumeSkill {
  readonly skill: string;
  readonly category: SkillCategory;
  readonly years?: number;
  readonly mentions: number;
  readonly evidence: ResumeEvidence;
}

/** A parsed date range; months are counted as year * 12 + (month - 1), end exclusive. */
export interface DateRange {
  readonly startMonth: number;
  readonly endMonth: number;
  readonly ongoing: boolean;
  readonly evidence: Evidence;
}

export interface DegreeMention {
  readonly level: DegreeLevel;
  /** Offsets of the degree words themselves ("B.Sc."); evidence is the line around them. */
  readonly start: number;
  readonly end: number;
  readonly evidence: Evidence;
}

export interface ResumeAnalysis {
  readonly skills: ResumeSkill[];
  readonly experience: {
    readonly years: number;
    /** 'dates' from merged date ranges, 'stated' from "N years of experience", 'none'. */
    readonly basis: 'dates' | 'stated' | 'none';
    readonly ranges: DateRange[];
    readonly evidence: ResumeEvidence[];
  };
  readonly education: { readonly level: DegreeLevel; readonly evidence: ResumeEvidence | null };
  readonly titles: Array<{ readonly title: string; readonly evidence: ResumeEvidence }>;
}

export interface MatchedSkill {
  readonly skill: string;
  readonly required: boolean;
  /** 1 for the skill itself, less for a related skill (resume "PostgreSQL" for job "SQL"). */
  readonly credit: number;
  /** The resume's skill that earned the credit (equals `skill` for an exact match). */
  readonly resume_skill: string;
  readonly resume_evidence: ResumeEvidence;
  readonly job_evidence: Evidence;
}

export interface MissingSkill {
  readonly skill: string;
  readonly required: boolean;
  readonly job_evidence: Evidence;
}

export interface MatchScore {
  readonly overall: number;
  readonly skills_score: number;
  readonly experience_score: number;
  readonly education_score: number;
  readonly matched_skills: MatchedSkill[];
  readonly missing_skills: MissingSkill[];
  readonly experience: {
    readonly required_years: number | null;
    readonly resume_years: number;
    readonly evidence: { readonly job: Evidence | null; readonly resume: ResumeEvidence[] };
  };
  readonly education: {
    readonly required: DegreeLevel;
    readonly or_equivalent: boolean;
    readonly resume: DegreeLevel;
    readonly evidence: { readonly job: Evidence | null; readonly resume: ResumeEvidence | null };
  };
  readonly explanation: string[];
}
