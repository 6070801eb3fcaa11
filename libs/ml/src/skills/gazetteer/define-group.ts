import type { SkillCategory, SkillEntry, SkillForm, SkillGroup } from '../skill.types';

/**
 * A compact row: canonical name, then aliases separated by '|'. A form written with a
 * leading '!' only counts with its exact casing and with context ("!Go"); a leading '~'
 * needs context but any casing ("~spark"); a leading '^' only counts with its exact casing but
 * needs no context ("^React", so "react to" is not React). The marker on the name applies to
 * the name form.
 */
export type SkillRow = readonly [name: string, aliases?: string];

function parseForm(raw: string): SkillForm {
  const marker = raw[0];
  if (marker === '!') return { text: raw.slice(1), caseSensitive: true, needsContext: true };
  if (marker === '^') return { text: raw.slice(1), caseSensitive: true, needsContext: false };
  if (marker === '~') return { text: raw.slice(1), caseSensitive: false, needsContext: true };
  return { text: raw, caseSensitive: false, needsContext: false };
}

export function defineGroup(
  category: SkillCategory,
  group: SkillGroup,
  rows: readonly SkillRow[],
): SkillEntry[] {
  return rows.map(([rawName, aliases]) => {
    const nameForm = parseForm(rawName);
    const aliasForms = aliases ? aliases.split('|').map((a) => parseForm(a.trim())) : [];
    return { name: nameForm.text, category, group, forms: [nameForm, ...aliasForms] };
  });
}
