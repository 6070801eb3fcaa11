// Skills extraction quality and speed on the hand-labeled sets.
// Run after a build:  node dist/test/bench/skills.bench.js   (from the repository root)
// labeled-set.json was used while building the gazetteer and rules. holdout-set.json was
// written afterwards, scored once untouched (see its notes), then used to fill gaps.
// holdout2-set.json was written last and scored before any change (see its notes).
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { extractSkills } from '../../libs/ml/src/skills';
import {
  CATEGORIES,
  evaluateLabeledSet,
  f1,
  precision,
  recall,
  type LabeledItem,
  type Score,
} from '../../libs/ml/src/skills/skills.evaluation';

const fmt = (n: number): string => n.toFixed(3);
const line = (label: string, s: Score): string =>
  `${label.padEnd(12)} P=${fmt(precision(s))} R=${fmt(recall(s))} F1=${fmt(f1(s))}  (tp=${s.tp} fp=${s.fp} fn=${s.fn})`;

function load(name: string): LabeledItem[] | undefined {
  const file = resolve(process.cwd(), 'test/fixtures/skills', name);
  if (!existsSync(file)) {
    console.log(`${name}: missing at ${file} (run from the repository root)`);
    return undefined;
  }
  return (JSON.parse(readFileSync(file, 'utf8')) as { items: LabeledItem[] }).items;
}

function printQuality(name: string, items: readonly LabeledItem[], worstCount: number): void {
  const report = evaluateLabeledSet(items);
  console.log(`\n== ${name}: ${items.length} labeled documents`);
  console.log(line('overall', report.overall));
  for (const c of CATEGORIES) console.log(line(c, report.byCategory[c]));
  console.log(line('any-category', report.anyCategory));
  console.log(`years of experience: ${report.years.correct}/${report.years.total} read correctly`);
  console.log(
    `requirement level:   ${report.requirement.correct}/${report.requirement.total} read correctly`,
  );
  const errors = (r: { falsePositives: string[]; falseNegatives: string[] }): number =>
    r.falsePositives.length + r.falseNegatives.length;
  const worst = [...report.items].sort((a, b) => errors(b) - errors(a)).slice(0, worstCount);
  console.log('worst items (false positives / false negatives):');
  for (const w of worst.filter((x) => errors(x) > 0)) {
    console.log(`- ${w.id}: FP ${w.falsePositives.length}, FN ${w.falseNegatives.length}`);
    if (w.falsePositives.length) console.log(`    FP: ${w.falsePositives.join(', ')}`);
    if (w.falseNegatives.length) console.log(`    FN: ${w.falseNegatives.join(', ')}`);
  }
}

function printSpeed(items: readonly LabeledItem[]): void {
  const rounds = 50;
  const t0 = performance.now();
  for (let r = 0; r < rounds; r++) for (const item of items) extractSkills(item.text);
  const perDoc = (performance.now() - t0) / (rounds * items.length);
  const avgChars = items.reduce((n, i) => n + i.text.length, 0) / items.length;
  let big = '';
  for (const item of items) if (big.length < 5000) big += item.text + '\n\n';
  big = big.slice(0, 5000);
  const times: number[] = [];
  for (let r = 0; r < 200; r++) {
    const s = performance.now();
    extractSkills(big);
    times.push(performance.now() - s);
  }
  times.sort((a, b) => a - b);
  console.log(`\nspeed: ${perDoc.toFixed(3)} ms per labeled document (avg ${Math.round(avgChars)} chars)`);
  console.log(
    `speed: 5,000-char posting p50 ${times[100]!.toFixed(3)} ms, p95 ${times[190]!.toFixed(3)} ms ` +
      `(${times.length} runs; other work may be running on this machine)`,
  );
}

const labeled = load('labeled-set.json');
const holdout = load('holdout-set.json');
if (labeled) printQuality('labeled-set.json (development set)', labeled, 10);
if (holdout) printQuality('holdout-set.json (scored once, then gaps filled)', holdout, 12);
const holdout2 = load('holdout2-set.json');
if (holdout2) printQuality('holdout2-set.json (written last; see notes)', holdout2, 12);
if (labeled) printSpeed(labeled);
