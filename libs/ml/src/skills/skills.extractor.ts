import { applyContextRules } from './context.rules';
import { YearsScanner } from './experience.rules';
import { RequirementScanner } from './requirement.rules';
import { defaultSkillIndex, formKey, type SkillIndex } from './skill-index';
import { findCandidates } from './skill.matcher';
import type { ExtractedSkills, SkillEntry } from './skill.types';
import { tokenize } from './skill.tokenizer';

/**
 * Finds technical skills, soft skills and tools in a job posting or resume. Lists hold
 * canonical names in order of first occurrence; mentions hold every occurrence with offsets,
 * years of experience and requirement level where the text states them.
 */
export function extractSkills(text: string, index: SkillIndex = defaultSkillIndex()): ExtractedSkills {
  const result: ExtractedSkills = { technical_skills: [], soft_skills: [], tools: [], mentions: [] };
  if (!text) return result;
  const candidates = applyContextRules(text, findCandidates(text, tokenize(text), index));
  const spans = candidates.map((c): [number, number] => [c.start, c.end]);
  const requirements = new RequirementScanner(text);
  const experience = new YearsScanner(text, spans);
  const seen = new Set<string>();
  for (const c of candidates) {
    const years = experience.yearsFor(c.start, c.end);
    const requirement = requirements.levelAt(c.start);
    result.mentions.push({
      name: c.entry.name,
      category: c.entry.category,
      group: c.entry.group,
      surface: text.slice(c.start, c.end),
      start: c.start,
      end: c.end,
      ...(years !== undefined ? { years } : {}),
      ...(requirement !== undefined ? { requirement } : {}),
    });
    if (seen.has(c.entry.name)) continue;
    seen.add(c.entry.name);
    listFor(result, c.entry).push(c.entry.name);
  }
  return result;
}

function listFor(result: ExtractedSkills, entry: SkillEntry): string[] {
  switch (entry.category) {
    case 'technical':
      return result.technical_skills;
    case 'soft':
      return result.soft_skills;
    case 'tool':
      return result.tools;
  }
}

/** The gazetteer entry for a name or any alias, case-insensitive ("k8s" → Kubernetes). */
export function lookupSkill(name: string, index: SkillIndex = defaultSkillIndex()): SkillEntry | undefined {
  return index.byKey.get(formKey(name.trim()));
}

/** The canonical name of a known skill; otherwise the input with whitespace tidied. */
export function normalizeSkillName(name: string, index: SkillIndex = defaultSkillIndex()): string {
  return lookupSkill(name, index)?.name ?? name.trim().replace(/\s+/g, ' ');
}
