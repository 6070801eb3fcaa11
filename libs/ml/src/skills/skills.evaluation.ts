// Scores the extractor against a hand-labeled set: micro precision / recall / F1 per
// category and overall, plus how often stated years and requirement levels are read right.
// Used by the benchmark script (which prints it) and by the regression-floor spec.
import { extractSkills } from './skills.extractor';
import type { ExtractedSkills } from './skill.types';

export type EvalCategory = 'technical' | 'soft' | 'tools';

export interface LabeledItem {
  readonly id: string;
  readonly kind: string;
  readonly text: string;
  readonly expected: Readonly<Record<EvalCategory, readonly string[]>>;
  readonly years?: Readonly<Record<string, number>>;
  readonly required?: readonly string[];
  readonly nice_to_have?: readonly string[];
}

export interface Score {
  tp: number;
  fp: number;
  fn: number;
}

export interface ItemResult {
  readonly id: string;
  readonly falsePositives: string[];
  readonly falseNegatives: string[];
}

export interface EvaluationReport {
  readonly overall: Score;
  readonly byCategory: Record<EvalCategory, Score>;
  /** Ignoring the category: did the skill come out at all? */
  readonly anyCategory: Score;
  readonly items: ItemResult[];
  readonly years: { correct: number; total: number };
  readonly requirement: { correct: number; total: number };
}

export const CATEGORIES: readonly EvalCategory[] = ['technical', 'soft', 'tools'];

function listOf(out: ExtractedSkills, c: EvalCategory): readonly string[] {
  return c === 'technical' ? out.technical_skills : c === 'soft' ? out.soft_skills : out.tools;
}

function add(score: Score, expected: ReadonlySet<string>, got: ReadonlySet<string>): [string[], string[]] {
  const fps = [...got].filter((g) => !expected.has(g));
  const fns = [...expected].filter((e) => !got.has(e));
  score.tp += got.size - fps.length;
  score.fp += fps.length;
  score.fn += fns.length;
  return [fps, fns];
}

export function precision(s: Score): number {
  return s.tp + s.fp === 0 ? 1 : s.tp / (s.tp + s.fp);
}

export function recall(s: Score): number {
  return s.tp + s.fn === 0 ? 1 : s.tp / (s.tp + s.fn);
}

export function f1(s: Score): number {
  const p = precision(s);
  const r = recall(s);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

function checkContext(item: LabeledItem, out: ExtractedSkills, report: EvaluationReport): void {
  for (const [name, years] of Object.entries(item.years ?? {})) {
    report.years.total += 1;
    if (out.mentions.some((m) => m.name === name && m.years === years)) report.years.correct += 1;
  }
  const levels: [readonly string[] | undefined, 'required' | 'nice_to_have'][] = [
    [item.required, 'required'],
    [item.nice_to_have, 'nice_to_have'],
  ];
  for (const [names, level] of levels) {
    for (const name of names ?? []) {
      report.requirement.total += 1;
      if (out.mentions.some((m) => m.name === name && m.requirement === level))
        report.requirement.correct += 1;
    }
  }
}

export function evaluateLabeledSet(items: readonly LabeledItem[]): EvaluationReport {
  const zero = (): Score => ({ tp: 0, fp: 0, fn: 0 });
  const report: EvaluationReport = {
    overall: zero(),
    byCategory: { technical: zero(), soft: zero(), tools: zero() },
    anyCategory: zero(),
    items: [],
    years: { correct: 0, total: 0 },
    requirement: { correct: 0, total: 0 },
  };
  for (const item of items) {
    const out = extractSkills(item.text);
    const result: ItemResult = { id: item.id, falsePositives: [], falseNegatives: [] };
    for (const c of CATEGORIES) {
      const [fps, fns] = add(report.byCategory[c], new Set(item.expected[c]), new Set(listOf(out, c)));
      add(report.overall, new Set(item.expected[c]), new Set(listOf(out, c)));
      result.falsePositives.push(...fps.map((n) => `${n} (${c})`));
      result.falseNegatives.push(...fns.map((n) => `${n} (${c})`));
    }
    const allExpected = new Set(CATEGORIES.flatMap((c) => item.expected[c]));
    add(report.anyCategory, allExpected, new Set(out.mentions.map((m) => m.name)));
    checkContext(item, out, report);
    report.items.push(result);
  }
  return report;
}
