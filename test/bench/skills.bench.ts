// Skills extraction quality and speed on the hand-labeled set.
// Run after a build:  node dist/test/bench/skills.bench.js   (from the repository root)
import { readFileSync } from 'node:fs';
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

const fixture = resolve(process.cwd(), 'test/fixtures/skills/labeled-set.json');
const { items } = JSON.parse(readFileSync(fixture, 'utf8')) as { items: LabeledItem[] };

const fmt = (n: number): string => n.toFixed(3);
const line = (label: string, s: Score): string =>
  `${label.padEnd(12)} P=${fmt(precision(s))} R=${fmt(recall(s))} F1=${fmt(f1(s))}  (tp=${s.tp} fp=${s.fp} fn=${s.fn})`;

const report = evaluateLabeledSet(items);
console.log(`skills extraction on ${items.length} labeled documents (${fixture})`);
console.log(line('overall', report.overall));
for (const c of CATEGORIES) console.log(line(c, report.byCategory[c]));
console.log(line('any-category', report.anyCategory));
console.log(`years of experience: ${report.years.correct}/${report.years.total} read correctly`);
console.log(`requirement level:   ${report.requirement.correct}/${report.requirement.total} read correctly`);

const worst = [...report.items]
  .sort(
    (a, b) =>
      b.falsePositives.length + b.falseNegatives.length - (a.falsePositives.length + a.falseNegatives.length),
  )
  .slice(0, 10);
console.log('\nworst items (false positives / false negatives):');
for (const w of worst) {
  console.log(`- ${w.id}: FP ${w.falsePositives.length}, FN ${w.falseNegatives.length}`);
  if (w.falsePositives.length) console.log(`    FP: ${w.falsePositives.join(', ')}`);
  if (w.falseNegatives.length) console.log(`    FN: ${w.falseNegatives.join(', ')}`);
}

// Speed: every labeled document, and one ~5,000-character posting built from them.
const rounds = 50;
let chars = 0;
const t0 = performance.now();
for (let r = 0; r < rounds; r++)
  for (const item of items) chars += extractSkills(item.text).mentions.length >= 0 ? item.text.length : 0;
const perDoc = (performance.now() - t0) / (rounds * items.length);
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
console.log(
  `\nspeed: ${perDoc.toFixed(3)} ms per labeled document (avg ${Math.round(chars / (rounds * items.length))} chars)`,
);
console.log(
  `speed: 5,000-char posting p50 ${times[100]!.toFixed(3)} ms, p95 ${times[190]!.toFixed(3)} ms (${times.length} runs; other work may be running on this machine)`,
);
