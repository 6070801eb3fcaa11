import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { evaluateLabeledSet, f1, precision, recall, type LabeledItem } from './skills.evaluation';

// Quality regression guard on the hand-labeled set (test/fixtures/skills/labeled-set.json).
// The floors sit below today's figures (see test/bench/skills.bench.ts for the numbers).
const fixture = resolve(process.cwd(), 'test/fixtures/skills/labeled-set.json');

void describe('skills extraction on the labeled set', () => {
  void it(
    'keeps precision >= 0.85 and recall >= 0.80',
    { skip: !existsSync(fixture) && `missing ${fixture}` },
    () => {
      const { items } = JSON.parse(readFileSync(fixture, 'utf8')) as { items: LabeledItem[] };
      assert.ok(items.length >= 40, `only ${items.length} labeled items`);
      const report = evaluateLabeledSet(items);
      const p = precision(report.overall);
      const r = recall(report.overall);
      assert.ok(p >= 0.85, `precision ${p.toFixed(3)}`);
      assert.ok(r >= 0.8, `recall ${r.toFixed(3)}`);
      assert.ok(f1(report.byCategory.soft) >= 0.7, `soft F1 ${f1(report.byCategory.soft).toFixed(3)}`);
      assert.ok(report.years.correct / report.years.total >= 0.75, 'years of experience');
      assert.ok(report.requirement.correct / report.requirement.total >= 0.8, 'requirement level');
    },
  );
});

void describe('evaluateLabeledSet', () => {
  void it('counts true positives, false positives and misses per category', () => {
    const report = evaluateLabeledSet([
      {
        id: 'x',
        kind: 'job',
        text: 'Python and Docker; strong teamwork. 3+ years of Go.',
        expected: { technical: ['Python', 'Rust'], soft: ['Teamwork'], tools: [] },
        years: { Go: 3 },
      },
    ]);
    assert.deepEqual(report.byCategory.technical, { tp: 1, fp: 1, fn: 1 });
    assert.deepEqual(report.byCategory.tools, { tp: 0, fp: 1, fn: 0 });
    assert.deepEqual(report.byCategory.soft, { tp: 1, fp: 0, fn: 0 });
    assert.deepEqual(report.overall, { tp: 2, fp: 2, fn: 1 });
    assert.deepEqual(report.years, { correct: 1, total: 1 });
    assert.deepEqual(report.items[0]?.falsePositives, ['Go (technical)', 'Docker (tools)']);
  });
});
