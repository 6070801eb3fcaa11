// Public face of skills extraction (the seed's ExtractSkills).
//
// Categories: `technical` = languages, frameworks, libraries, databases, cloud platforms and
// services, methods and concepts; `tool` = products you operate rather than program against
// (containers and orchestration, IaC, CI servers, version control, build tools, IDEs,
// monitoring, BI and analytics, office, design and project tools); `soft` = interpersonal and
// work-style skills. Entries live in gazetteer/*.data.ts; see define-group.ts for the markers
// that flag common-word forms ("!Go", "~Spark", "^React").
export { extractSkills, lookupSkill, normalizeSkillName } from './skills.extractor';
export { ALL_SKILLS } from './gazetteer';
export { buildSkillIndex, type SkillIndex } from './skill-index';
export type {
  ExtractedSkills,
  RequirementLevel,
  SkillCategory,
  SkillEntry,
  SkillForm,
  SkillGroup,
  SkillMention,
} from './skill.types';
