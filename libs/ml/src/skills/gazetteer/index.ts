// The curated skills gazetteer, split by group. Order matters only for lookups of a form
// shared by two entries (the first wins); the spec checks that no form is shared.
import { BACKEND_SKILLS } from './backend.data';
import { CLOUD_SKILLS } from './cloud.data';
import { DATABASE_SKILLS } from './database.data';
import { FRONTEND_SKILLS } from './frontend.data';
import { LANGUAGE_SKILLS } from './languages.data';
import { MOBILE_SKILLS } from './mobile.data';
import type { SkillEntry } from '../skill.types';

export const ALL_SKILLS: readonly SkillEntry[] = [
  ...LANGUAGE_SKILLS,
  ...FRONTEND_SKILLS,
  ...BACKEND_SKILLS,
  ...MOBILE_SKILLS,
  ...DATABASE_SKILLS,
  ...CLOUD_SKILLS,
];

export { defineGroup, type SkillRow } from './define-group';
