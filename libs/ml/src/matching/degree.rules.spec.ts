import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { findDegrees, highestDegree } from './degree.rules';
import type { DegreeLevel } from './match.types';
import { seniorityOf } from './title.rules';

void describe('findDegrees', () => {
  const table: Array<[string, DegreeLevel | undefined]> = [
    ["Bachelor's degree in Computer Science", 'bachelor'],
    ['Bachelor of Science in Computer Science', 'bachelor'],
    ['B.Sc. Informatics, Universidad de Sevilla', 'bachelor'],
    ['BSc Physics, USP', 'bachelor'],
    ['BS in Computer Science or equivalent experience', 'bachelor'],
    ['B.A. Economics', 'bachelor'],
    ['B.Tech in Electronics', 'bachelor'],
    ['4-year degree in a technical field', 'bachelor'],
    ["Master's degree in Statistics", 'master'],
    ['Master of Engineering', 'master'],
    ['M.Sc. Computer Science, TU München', 'master'],
    ['MSc Econometrics, University of Warsaw', 'master'],
    ['MS in Machine Learning', 'master'],
    ['MBA, Wharton', 'master'],
    ['PhD in Physics', 'phd'],
    ['Ph.D. candidate', 'phd'],
    ['Doctorate in Chemistry', 'phd'],
    ['Associate Degree in Nursing', 'associate'],
    ["Associate's degree or higher", 'associate'],
    ['Associate Software Engineer', undefined],
    ['Proficient in MS Office and MS Excel', undefined],
    ['Masters the art of debugging', undefined],
    ['Worked on BSD kernels', undefined],
  ];
  for (const [text, level] of table) {
    void it(`${JSON.stringify(text)} → ${level ?? 'none'}`, () => {
      const found = highestDegree(findDegrees(text));
      assert.equal(found?.level, level);
      if (found) assert.equal(found.evidence.text, text.slice(found.evidence.start, found.evidence.end));
    });
  }

  void it('picks the highest of several degrees with its own line as evidence', () => {
    const text = 'EDUCATION\nB.Sc. Informatics, 2010 - 2014\nM.Sc. Computer Science, 2014 - 2016\n';
    const best = highestDegree(findDegrees(text));
    assert.equal(best?.level, 'master');
    assert.equal(best?.evidence.text, 'M.Sc. Computer Science, 2014 - 2016');
  });
});

void describe('seniorityOf', () => {
  const table: Array<[string, string | null]> = [
    ['Software Engineering Intern', 'intern'],
    ['Junior Developer', 'junior'],
    ['Jr. Data Analyst', 'junior'],
    ['Entry-Level QA Engineer', 'junior'],
    ['Software Engineer II', 'mid'],
    ['Mid-level Backend Engineer', 'mid'],
    ['Senior Backend Engineer', 'senior'],
    ['Sr. Frontend Developer', 'senior'],
    ['Software Engineer III', 'senior'],
    ['Staff Software Engineer', 'staff'],
    ['Principal Engineer, Platform', 'principal'],
    ['Tech Lead, Payments', 'lead'],
    ['Senior Engineering Manager', 'manager'],
    ['Head of Data', 'manager'],
    ['Senior / Staff Fullstack Engineer', 'senior'],
    ['Senior/Lead Platform Engineer', 'senior'],
    ['Software Engineer', null],
    ['Frontend Engineer', null],
  ];
  for (const [title, level] of table)
    void it(`${title} → ${level}`, () => assert.equal(seniorityOf(title), level));
});
