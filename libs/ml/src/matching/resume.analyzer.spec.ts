import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chunkResume } from '../chunking';
import { analyzeResume } from './resume.analyzer';

const fixture = (name: string): string =>
  readFileSync(resolve(process.cwd(), 'test/fixtures/matching', name), 'utf8');
const now = new Date('2026-11-24T00:00:00Z');

void describe('analyzeResume', () => {
  void it('Markdown resume: years from merged experience dates only, highest degree, titles, skill evidence', () => {
    const text = fixture('resume-markdown.md');
    const r = analyzeResume(text, undefined, { now });
    // Jan 2020 – Nov 2026 (83 months) + 03/2016 – 12/2019 (46 months); education dates ignored.
    assert.equal(r.experience.basis, 'dates');
    assert.equal(r.experience.years, Math.round((129 / 12) * 10) / 10);
    assert.deepEqual(
      r.experience.evidence.map((e) => [e.text, e.section]),
      [
        ['Jan 2020 – Present', 'experience'],
        ['03/2016 - 12/2019', 'experience'],
      ],
    );
    assert.equal(r.education.level, 'master');
    assert.equal(
      r.education.evidence?.text,
      'M.Sc. Computer Science**, Technische Universität München, 2014 – 2016',
    );
    assert.equal(r.education.evidence?.section, 'education');
    assert.deepEqual(
      r.titles.map((t) => t.title),
      ['Senior Backend Engineer', 'Software Engineer'],
    );
    const pg = r.skills.find((s) => s.skill === 'PostgreSQL');
    assert.equal(pg?.evidence.section, 'experience');
    assert.equal(
      pg?.evidence.text,
      "Migrated the monolith's PostgreSQL schema to partitioned tables, cutting query time by 60%.",
    );
    assert.equal(text.slice(pg.evidence.start, pg.evidence.end), pg.evidence.text);
    assert.equal(r.skills.find((s) => s.skill === 'Terraform')?.evidence.section, 'skills');
    assert.ok(!r.skills.some((s) => s.skill === 'GitHub'), 'contact links are not skills');
  });

  void it('plain-text resume with "Current" and a year-only range', () => {
    const r = analyzeResume(fixture('resume-caps.txt'), undefined, { now });
    // June 2021 – Nov 2026 (66 months) + 2019–2021 (24 months).
    assert.equal(r.experience.years, 7.5);
    assert.equal(r.education.level, 'bachelor');
    assert.deepEqual(
      r.titles.map((t) => t.title),
      ['Frontend Developer', 'Junior Web Developer'],
    );
  });

  void it('messy resume: "2019 to now", inline headings, no false skills from the e-mail domain', () => {
    const text = fixture('resume-messy.txt');
    const r = analyzeResume(text, chunkResume(text, { format: 'text' }), { now });
    assert.equal(r.experience.years, Math.round((119 / 12) * 10) / 10);
    assert.equal(r.education.level, 'master');
    assert.deepEqual(
      r.titles.map((t) => t.title),
      ['Data Analyst', 'Reporting Specialist'],
    );
    assert.ok(!r.skills.some((s) => s.skill === '.NET'));
    assert.ok(r.skills.some((s) => s.skill === 'Google BigQuery'));
  });

  void it('falls back on stated years when there are no dates, and merges overlapping jobs', () => {
    const stated = analyzeResume(
      'SUMMARY\nEngineer with 6 years of experience in backend systems.\n\nSKILLS\nGo, SQL',
      undefined,
      { now },
    );
    assert.deepEqual([stated.experience.years, stated.experience.basis], [6, 'stated']);
    const overlap = analyzeResume(
      'EXPERIENCE\nAcme, Jan 2018 - Dec 2019\nFreelance, Jan 2019 - Dec 2020\n',
      undefined,
      { now },
    );
    assert.equal(overlap.experience.years, 3);
    const none = analyzeResume('Just a name', undefined, { now });
    assert.deepEqual(
      [none.experience.years, none.experience.basis, none.education.level],
      [0, 'none', 'none'],
    );
  });

  void it('resolves "Present" against now', () => {
    const text = 'EXPERIENCE\nEngineer, Acme, Jan 2020 - Present\n';
    assert.equal(
      analyzeResume(text, undefined, { now: new Date('2021-12-15T00:00:00Z') }).experience.years,
      2,
    );
    assert.equal(
      analyzeResume(text, undefined, { now: new Date('2022-12-15T00:00:00Z') }).experience.years,
      3,
    );
  });
});
