// Public face of skills extraction (the seed's ExtractSkills).
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
