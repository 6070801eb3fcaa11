import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { lookupSkill } from '../skills';
import { analyzeJob } from './job.analyzer';
import { MATCH_WEIGHTS, RELEVANCE_FLOOR, scoreMatch } from './match.scorer';
import { analyzeResume } from './resume.analyzer';
import { RELATED_SKILL_NAMES } from './skill-relations';

const fixture = (name: string): string =>
  readFileSync(resolve(process.cwd(), 'test/fixtures/matching', name), 'utf8');
const now = new Date('2026-11-24T00:00:00Z');
const resume = (name: string) => analyzeResume(fixture(name), undefined, { now });
const backend = analyzeJob(fixture('job-backend.txt'), 'Senior Backend Engineer');
const frontend = analyzeJob(fixture('job-frontend.txt'), 'Frontend Engineer');

void describe('scoreMatch', () => {
  void it('orders strong > partial > unrelated for both postings', () => {
    const strongBackend = scoreMatch(backend, resume('resume-markdown.md')).overall;
    const partialBackend = scoreMatch(backend, resume('resume-messy.txt')).overall;
    const unrelatedBackend = scoreMatch(backend, resume('resume-unrelated.txt')).overall;
    assert.ok(
      strongBackend > partialBackend && partialBackend > unrelatedBackend,
      `${strongBackend} ${partialBackend} ${unrelatedBackend}`,
    );
    assert.ok(strongBackend >= 80 && unrelatedBackend <= 25);
    const strongFront = scoreMatch(frontend, resume('resume-caps.txt')).overall;
    const otherFront = scoreMatch(frontend, resume('resume-markdown.md')).overall;
    assert.ok(strongFront > otherFront + 40, `${strongFront} ${otherFront}`);
  });

  void it('lists matched and missing skills with evidence that points at the right lines', () => {
    const text = fixture('resume-markdown.md');
    const job = fixture('job-backend.txt');
    const s = scoreMatch(backend, analyzeResume(text, undefined, { now }));
    assert.deepEqual(
      s.matched_skills.map((m) => [m.skill, m.required, m.credit]),
      [
        ['Python', true, 1],
        ['PostgreSQL', true, 1],
        ['Kubernetes', true, 1],
        ['Docker', true, 1],
        ['Go', false, 1],
        ['Apache Kafka', false, 1],
        ['AWS', false, 1],
      ],
    );
    assert.deepEqual(
      s.missing_skills.map((m) => [m.skill, m.required]),
      [['Rust', false]],
    );
    const k8s = s.matched_skills.find((m) => m.skill === 'Kubernetes')!;
    assert.equal(
      k8s.resume_evidence.text,
      'Run our services on Kubernetes with Docker images built in GitHub Actions.',
    );
    assert.equal(k8s.resume_evidence.section, 'experience');
    assert.equal(text.slice(k8s.resume_evidence.start, k8s.resume_evidence.end), k8s.resume_evidence.text);
    assert.equal(k8s.job_evidence.text, 'Experience running services on Kubernetes and Docker.');
    assert.equal(job.slice(k8s.job_evidence.start, k8s.job_evidence.end), k8s.job_evidence.text);
    const rust = s.missing_skills[0]!;
    assert.equal(job.slice(rust.job_evidence.start, rust.job_evidence.end), 'Experience with Go or Rust.');
    // 8 of 8 required weight, 3 of 4 nice weight.
    assert.equal(s.skills_score, Math.round((100 * 11) / 12));
    assert.deepEqual([s.experience.required_years, s.experience_score], [5, 100]);
    assert.deepEqual(
      [s.education.required, s.education.resume, s.education_score],
      ['bachelor', 'master', 100],
    );
    assert.ok(s.explanation.some((l) => l.includes('Missing nice-to-have: Rust')));
  });

  void it('gives partial credit to related skills (PostgreSQL for SQL, React for Next.js)', () => {
    const job = analyzeJob('Requirements:\n- Strong SQL skills\n- Experience with Python');
    const r = analyzeResume(
      'EXPERIENCE\nData Engineer, Acme, 2018 - 2022\n- Tuned PostgreSQL queries\n- Python services',
      undefined,
      { now },
    );
    const s = scoreMatch(job, r);
    const sql = s.matched_skills.find((m) => m.skill === 'SQL');
    assert.deepEqual(
      [sql?.resume_skill, sql?.credit, sql?.resume_evidence.text],
      ['PostgreSQL', 0.75, 'Tuned PostgreSQL queries'],
    );
    assert.equal(s.skills_score, Math.round((100 * (2 * 0.75 + 2)) / 4));
    const front = scoreMatch(frontend, resume('resume-caps.txt'));
    assert.equal(front.matched_skills.find((m) => m.skill === 'Next.js')?.resume_skill, 'React');
    assert.deepEqual(
      front.missing_skills.map((m) => m.skill),
      ['GraphQL'],
    );
  });

  void it('scores experience and education shortfalls, with "or equivalent experience"', () => {
    const job = analyzeJob(
      "Requirements:\n- 8+ years of experience\n- Master's degree in Computer Science\n- Python",
    );
    const r = analyzeResume(
      'EXPERIENCE\nEngineer, Acme, Jan 2020 - Dec 2023\n- Python\n\nEDUCATION\nBSc Physics',
      undefined,
      { now },
    );
    const s = scoreMatch(job, r);
    assert.equal(s.experience.resume_years, 4);
    assert.equal(s.experience_score, 50);
    assert.deepEqual(
      [s.education.required, s.education.resume, s.education_score],
      ['master', 'bachelor', 60],
    );
    const eq = scoreMatch(analyzeJob("- Master's degree or equivalent experience\n- Python"), r);
    assert.equal(eq.education_score, 90);
  });

  void it('combines sub-scores with the documented weights and relevance scaling', () => {
    for (const [job, name] of [
      [backend, 'resume-messy.txt'],
      [frontend, 'resume-caps.txt'],
      [backend, 'resume-unrelated.txt'],
    ] as const) {
      const s = scoreMatch(job, resume(name));
      const relevance = RELEVANCE_FLOOR + ((1 - RELEVANCE_FLOOR) * s.skills_score) / 100;
      const expected =
        MATCH_WEIGHTS.skills * s.skills_score +
        relevance *
          (MATCH_WEIGHTS.experience * s.experience_score + MATCH_WEIGHTS.education * s.education_score);
      assert.ok(Math.abs(s.overall - expected) <= 1, `${name}: ${s.overall} vs ${expected}`);
      for (const v of [s.overall, s.skills_score, s.experience_score, s.education_score])
        assert.ok(Number.isInteger(v) && v >= 0 && v <= 100);
    }
    assert.equal(MATCH_WEIGHTS.skills + MATCH_WEIGHTS.experience + MATCH_WEIGHTS.education, 1);
  });

  void it('a posting with no skills is judged by its title against the titles held', () => {
    const caps = resume('resume-caps.txt');
    const same = scoreMatch(analyzeJob('We are a friendly team.', 'Senior Front-End Developer'), caps);
    assert.equal(same.skills_score, 100);
    assert.deepEqual([same.matched_skills, same.missing_skills], [[], []]);
    const half = scoreMatch(analyzeJob('We are a friendly team.', 'Frontend Designer'), caps);
    assert.equal(half.skills_score, 50);
    const other = scoreMatch(
      analyzeJob('Guide customers in Danish.', 'Danish Speaking Solutions Consultant'),
      caps,
    );
    assert.equal(other.skills_score, 0);
    assert.equal(scoreMatch(analyzeJob('We are a friendly team.'), caps).skills_score, 0);
    assert.ok(other.overall < scoreMatch(frontend, caps).overall);
  });

  void it('property: adding a missing skill to the resume never lowers any score', () => {
    let seed = 7;
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const pairs = [
      [backend, fixture('resume-messy.txt')],
      [backend, fixture('resume-unrelated.txt')],
      [frontend, fixture('resume-markdown.md')],
      [frontend, fixture('resume-caps.txt')],
    ] as const;
    for (const [job, base] of pairs) {
      for (let trial = 0; trial < 6; trial++) {
        let text = base;
        let before = scoreMatch(job, analyzeResume(text, undefined, { now }));
        const open = (m: typeof before): string[] => [
          ...m.missing_skills.map((x) => x.skill),
          ...m.matched_skills.filter((x) => x.credit < 1).map((x) => x.skill),
        ];
        while (open(before).length > 0) {
          const candidates = open(before);
          const pick = { skill: candidates[rand(candidates.length)]! };
          text = `${text}\nSkills: ${pick.skill}\n`;
          const after = scoreMatch(job, analyzeResume(text, undefined, { now }));
          for (const key of ['overall', 'skills_score', 'experience_score', 'education_score'] as const) {
            assert.ok(
              after[key] >= before[key],
              `${key} fell from ${before[key]} to ${after[key]} after adding ${pick.skill}`,
            );
          }
          assert.ok(open(after).length < candidates.length, `adding ${pick.skill} did not match it`);
          before = after;
        }
        assert.equal(before.skills_score, 100);
      }
    }
  });

  void it('is deterministic', () => {
    const r = resume('resume-markdown.md');
    assert.deepEqual(scoreMatch(backend, r), scoreMatch(backend, r));
  });

  void it('every related-skill name is known to the skills gazetteer', () => {
    for (const name of RELATED_SKILL_NAMES) assert.ok(lookupSkill(name), name);
  });
});
