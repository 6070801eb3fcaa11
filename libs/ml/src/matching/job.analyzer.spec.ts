import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyzeJob } from './job.analyzer';
import type { Evidence } from './match.types';

const fixture = (name: string): string =>
  readFileSync(resolve(process.cwd(), 'test/fixtures/matching', name), 'utf8');

function assertEvidence(source: string, e: Evidence | null | undefined, expected: string): void {
  assert.ok(e, `no evidence, expected ${expected}`);
  assert.equal(e.text, expected);
  assert.equal(source.slice(e.start, e.end), expected);
}

void describe('analyzeJob', () => {
  void it('reads skills, years, seniority and education from a backend posting', () => {
    const text = fixture('job-backend.txt');
    const job = analyzeJob(text, 'Senior Backend Engineer');
    assert.equal(job.seniority, 'senior');
    assert.deepEqual(
      job.skills.map((s) => [s.skill, s.required]),
      [
        ['Python', true],
        ['PostgreSQL', true],
        ['Kubernetes', true],
        ['Docker', true],
        ['Go', false],
        ['Rust', false],
        ['Apache Kafka', false],
        ['AWS', false],
      ],
    );
    assertEvidence(
      text,
      job.skills.find((s) => s.skill === 'PostgreSQL')?.evidence,
      'Strong experience with Python and PostgreSQL.',
    );
    assertEvidence(text, job.skills.find((s) => s.skill === 'AWS')?.evidence, 'AWS experience is a plus.');
    assert.equal(job.experience?.min, 5);
    assert.equal(job.experience?.scope, 'overall');
    assertEvidence(
      text,
      job.experience?.evidence,
      '5+ years of professional software engineering experience.',
    );
    assert.equal(job.education.level, 'bachelor');
    assert.equal(job.education.or_equivalent, true);
    assertEvidence(
      text,
      job.education.evidence,
      "Bachelor's degree in Computer Science or a related field, or equivalent practical experience.",
    );
    assert.deepEqual(job.soft_skills, ['Mentoring']);
  });

  void it('reads a year range and an inline education line', () => {
    const text = fixture('job-frontend.txt');
    const job = analyzeJob(text, 'Frontend Engineer');
    assert.equal(job.seniority, null);
    assert.deepEqual([job.experience?.min, job.experience?.max], [3, 5]);
    assert.deepEqual(
      job.skills.filter((s) => !s.required).map((s) => s.skill),
      ['Next.js', 'Figma'],
    );
    assert.ok(job.skills.filter((s) => s.required).some((s) => s.skill === 'GraphQL'));
    assert.equal(job.education.level, 'bachelor');
    assert.equal(job.education.or_equivalent, true);
  });

  void it('tells overall years from per-skill years and falls back on the title', () => {
    const cases: Array<[string, string | undefined, number | undefined, string | undefined]> = [
      ['You have 5+ years of experience building APIs.', undefined, 5, 'overall'],
      ['At least five years of relevant experience.', undefined, 5, 'overall'],
      [
        'Minimum of 7 years of industry experience; 3+ years of experience with Python.',
        undefined,
        7,
        'overall',
      ],
      ['3+ years of Python experience required.', undefined, 3, 'skill'],
      ['4 years of experience with Kubernetes.', undefined, 4, 'skill'],
      ['We were founded 10 years ago.', undefined, undefined, undefined],
      ['Build services in Go.', 'Staff Engineer', 8, 'seniority'],
      ['Build services in Go.', 'Software Engineer', undefined, undefined],
    ];
    for (const [text, title, min, scope] of cases) {
      const job = analyzeJob(text, title);
      assert.equal(job.experience?.min, min, text);
      assert.equal(job.experience?.scope, scope, text);
      if (job.experience)
        assert.equal(
          job.experience.evidence.text,
          (job.experience.evidence.source === 'title' ? title! : text).slice(
            job.experience.evidence.start,
            job.experience.evidence.end,
          ),
        );
    }
  });

  void it('reads required and preferred degrees', () => {
    const cases: Array<[string, string, string | undefined, boolean]> = [
      ["Bachelor's or Master's degree in Computer Science.", 'bachelor', undefined, false],
      [
        'Requirements:\n- BS in Computer Science\n\nNice to have:\n- PhD in Machine Learning',
        'bachelor',
        'phd',
        false,
      ],
      ["A Master's degree is preferred.", 'none', 'master', false],
      ['BS in Computer Science required, MS preferred.', 'bachelor', 'master', false],
      ["Bachelor's degree required; PhD a plus", 'bachelor', 'phd', false],
      ['No degree needed, just ship good code.', 'none', undefined, false],
      ['Degree in Computer Science or equivalent experience.', 'bachelor', undefined, true],
    ];
    for (const [text, level, preferred, eq] of cases) {
      const job = analyzeJob(text);
      assert.deepEqual(
        [job.education.level, job.education.preferred, job.education.or_equivalent],
        [level, preferred, eq],
        text,
      );
    }
  });

  void it('drops tools named only in company context (About us, Benefits), keeps "About the role"', () => {
    const text =
      'About Acme:\nAcme runs on Vercel and Snowflake for thousands of teams.\n\nAbout the role\nYou will build React apps.\n\nRequirements:\n- Python and Snowflake\n\nBenefits\n- Free Notion and Slack seats';
    const job = analyzeJob(text, 'Engineer');
    assert.deepEqual(
      job.skills.map((s) => s.skill),
      ['React', 'Python', 'Snowflake'],
    );
    assert.equal(job.skills.find((s) => s.skill === 'Snowflake')?.evidence.text, 'Python and Snowflake');
  });

  void it('adds required skills named only in the title, with title evidence', () => {
    const job = analyzeJob('Join our platform team and build things.', 'Senior Python Engineer');
    const python = job.skills.find((s) => s.skill === 'Python');
    assert.equal(python?.required, true);
    assert.equal(python?.evidence.source, 'title');
    assert.equal(python?.evidence.text, 'Senior Python Engineer');
  });

  void it('is deterministic', () => {
    const text = fixture('job-backend.txt');
    assert.deepEqual(
      analyzeJob(text, 'Senior Backend Engineer'),
      analyzeJob(text, 'Senior Backend Engineer'),
    );
  });
});
