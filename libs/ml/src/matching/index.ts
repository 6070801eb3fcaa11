// Public face of matching: job requirements, resume analysis, and the scored match with evidence.
export { analyzeJob } from './job.analyzer';
export { analyzeResume, type AnalyzeResumeOptions } from './resume.analyzer';
export {
  scoreMatch,
  EQUIVALENT_EXPERIENCE_YEARS,
  MATCH_WEIGHTS,
  NICE_SKILL_WEIGHT,
  RELEVANCE_FLOOR,
  REQUIRED_SKILL_WEIGHT,
} from './match.scorer';
export { findDateRanges, mergedMonths, parseDate } from './date-range.parser';
export { findDegrees, DEGREE_RANK } from './degree.rules';
export { seniorityOf, titleSimilarity } from './title.rules';
export { RELATED_SKILLS } from './skill-relations';
export type {
  DateRange,
  DegreeLevel,
  DegreeMention,
  EducationRequirement,
  Evidence,
  JobAnalysis,
  JobSkillRequirement,
  MatchedSkill,
  MatchScore,
  MissingSkill,
  ResumeAnalysis,
  ResumeEvidence,
  ResumeSkill,
  Seniority,
  YearsRequirement,
} from './match.types';
