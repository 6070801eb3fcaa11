// The curated skills gazetteer, split by group. The spec checks that no form is shared by
// two entries, so lookups never depend on this order.
import type { SkillEntry } from '../skill.types';
import { BACKEND_SKILLS } from './backend.data';
import { CLOUD_SKILLS } from './cloud.data';
import { DATA_PRODUCT_TOOLS, DATA_SKILLS } from './data.data';
import { DATABASE_SKILLS } from './database.data';
import { DEVOPS_PRACTICES, DEVOPS_TOOLS } from './devops.data';
import { EMBEDDED_SKILLS, EMBEDDED_TOOLS } from './embedded.data';
import { FRONTEND_SKILLS, FRONTEND_TOOLS } from './frontend.data';
import { LANGUAGE_SKILLS } from './languages.data';
import { METHODOLOGY_SKILLS } from './methodology.data';
import { ML_SKILLS, ML_TOOLS } from './ml.data';
import { MOBILE_SKILLS, MOBILE_TOOLS } from './mobile.data';
import { DATA_TOOLS, DESIGN_TOOLS, PRODUCTIVITY_TOOLS } from './productivity.data';
import { SECURITY_SKILLS, SECURITY_TOOLS } from './security.data';
import { SOFT_SKILLS } from './soft.data';
import { TESTING_SKILLS, TESTING_TOOLS } from './testing.data';

export const ALL_SKILLS: readonly SkillEntry[] = [
  ...LANGUAGE_SKILLS,
  ...FRONTEND_SKILLS,
  ...FRONTEND_TOOLS,
  ...BACKEND_SKILLS,
  ...MOBILE_SKILLS,
  ...MOBILE_TOOLS,
  ...EMBEDDED_SKILLS,
  ...EMBEDDED_TOOLS,
  ...DATABASE_SKILLS,
  ...CLOUD_SKILLS,
  ...DEVOPS_TOOLS,
  ...DEVOPS_PRACTICES,
  ...ML_SKILLS,
  ...ML_TOOLS,
  ...DATA_SKILLS,
  ...DATA_PRODUCT_TOOLS,
  ...DATA_TOOLS,
  ...SECURITY_SKILLS,
  ...SECURITY_TOOLS,
  ...TESTING_SKILLS,
  ...TESTING_TOOLS,
  ...METHODOLOGY_SKILLS,
  ...PRODUCTIVITY_TOOLS,
  ...DESIGN_TOOLS,
  ...SOFT_SKILLS,
];

export { defineGroup, type SkillRow } from './define-group';
