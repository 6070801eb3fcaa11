// Public types of the skills extractor (the seed's ExtractSkills).

/** Coarse category, as in the seed's ExtractSkillsResponse. */
export type SkillCategory = 'technical' | 'soft' | 'tool';

/** Finer group, used for display, filtering and the benchmark breakdown. */
export type SkillGroup =
  | 'language'
  | 'frontend'
  | 'backend'
  | 'mobile'
  | 'database'
  | 'cloud'
  | 'devops'
  | 'ml'
  | 'data'
  | 'security'
  | 'embedded'
  | 'testing'
  | 'methodology'
  | 'productivity'
  | 'design'
  | 'soft';

export type RequirementLevel = 'required' | 'nice_to_have';

/** One surface form of a skill. `needsContext` forms are common words ("Go", "Spark"). */
export interface SkillForm {
  readonly text: string;
  /** Only counts when the surface has exactly this casing ("Go", not "go"). */
  readonly caseSensitive: boolean;
  /** Only counts with evidence nearby: a neighbouring skill, a cue like "experience with". */
  readonly needsContext: boolean;
}

export interface SkillEntry {
  readonly name: string;
  readonly category: SkillCategory;
  readonly group: SkillGroup;
  /** Every form that is matched, the canonical name included. */
  readonly forms: readonly SkillForm[];
}

export interface SkillMention {
  readonly name: string;
  readonly category: SkillCategory;
  readonly group: SkillGroup;
  /** The text as written ("k8s", "React.js"). */
  readonly surface: string;
  /** Character offsets into the input, end exclusive. */
  readonly start: number;
  readonly end: number;
  readonly years?: number;
  readonly requirement?: RequirementLevel;
}

export interface ExtractedSkills {
  readonly technical_skills: string[];
  readonly soft_skills: string[];
  readonly tools: string[];
  readonly mentions: SkillMention[];
}
