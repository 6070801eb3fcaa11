import { extractSkills, type SkillMention } from '@app/ml';

export interface JobSkill {
  name: string;
  category: SkillMention['category'];
  group: SkillMention['group'];
  requirement: 'required' | 'nice_to_have' | null;
  years: number | null;
}

/** One entry per skill: the strongest requirement level and the most years any mention asks for. */
export function summarizeJobSkills(title: string, description: string): JobSkill[] {
  const byName = new Map<string, JobSkill>();
  for (const m of extractSkills(`${title}\n${description}`).mentions) {
    const prev = byName.get(m.name);
    const requirement = m.requirement ?? null;
    if (!prev) {
      byName.set(m.name, {
        name: m.name,
        category: m.category,
        group: m.group,
        requirement,
        years: m.years ?? null,
      });
      continue;
    }
    if (requirement === 'required' || (requirement && !prev.requirement)) prev.requirement = requirement;
    if (m.years !== undefined && (prev.years === null || m.years > prev.years)) prev.years = m.years;
  }
  return [...byName.values()];
}
