import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ALL_SKILLS } from './index';
import { defineGroup } from './define-group';
import { formKey } from '../skill-index';

void describe('skills gazetteer', () => {
  void it('holds at least 1,000 entries in all three categories', () => {
    assert.ok(ALL_SKILLS.length >= 1000, `only ${ALL_SKILLS.length} entries`);
    const categories = new Set(ALL_SKILLS.map((e) => e.category));
    assert.deepEqual([...categories].sort(), ['soft', 'technical', 'tool']);
  });

  void it('has unique canonical names', () => {
    const seen = new Set<string>();
    const dupes = ALL_SKILLS.filter((e) => (seen.has(e.name) ? true : (seen.add(e.name), false)));
    assert.deepEqual(
      dupes.map((e) => e.name),
      [],
    );
  });

  void it('never gives one surface form to two entries', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const e of ALL_SKILLS) {
      for (const f of e.forms) {
        const key = formKey(f.text);
        const other = owner.get(key);
        if (other !== undefined && other !== e.name) clashes.push(`${f.text}: ${other} / ${e.name}`);
        owner.set(key, e.name);
      }
    }
    assert.deepEqual(clashes, []);
  });

  void it('has no empty or untrimmed forms, and the canonical name is always a form', () => {
    for (const e of ALL_SKILLS) {
      assert.equal(e.forms[0]?.text, e.name);
      for (const f of e.forms)
        assert.ok(f.text.length > 0 && f.text.trim() === f.text, `${e.name}: "${f.text}"`);
    }
  });
});

void describe('defineGroup', () => {
  void it('reads the context markers on names and aliases', () => {
    const [go] = defineGroup('technical', 'language', [['!Go', 'golang|~gopher|^GoLang']]);
    assert.equal(go?.name, 'Go');
    assert.deepEqual(
      go?.forms.map((f) => [f.text, f.caseSensitive, f.needsContext]),
      [
        ['Go', true, true],
        ['golang', false, false],
        ['gopher', false, true],
        ['GoLang', true, false],
      ],
    );
  });
});
