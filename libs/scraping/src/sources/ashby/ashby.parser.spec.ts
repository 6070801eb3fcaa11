import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ashbyParser } from './ashby.parser';
import { brief, ctx, NO_REAL, own, real } from '../spec-helpers';

void describe('ashby parser', () => {
  void it(
    'reads the real Linear capture (2 remote jobs, company = slug, no compensation)',
    { skip: NO_REAL },
    () => {
      const jobs = ashbyParser.parse(real('ashby/ashby.json'), ctx());
      assert.equal(jobs.length, 2);
      assert.deepEqual(brief(jobs[0]), {
        title: 'Senior / Staff Fullstack Engineer',
        company: 'linear',
        location: 'Europe',
        location_type: 'remote',
        salary_min: null,
        salary_max: null,
        salary_currency: null,
        salary_period: null,
        salary_text: null,
        posted_date: '2021-04-27',
        url: 'https://jobs.ashbyhq.com/linear/d3bc1ced-3ce4-4086-a050-555055dbb1ff',
        apply_url: 'https://jobs.ashbyhq.com/linear/d3bc1ced-3ce4-4086-a050-555055dbb1ff/application',
        source: 'ashby',
        external_id: 'd3bc1ced-3ce4-4086-a050-555055dbb1ff',
      });
      assert.equal(jobs[1]?.location, 'North America');
      assert.equal(jobs[1]?.posted_date, '2021-08-18');
      assert.match(jobs[0]?.description ?? '', /^At Linear, we're building the product development system/);
    },
  );

  void it('reads compensation components and summaries, skips unlisted jobs', () => {
    const jobs = ashbyParser.parse(
      own('ashby/board-with-compensation.json'),
      ctx('https://api.ashbyhq.com/posting-api/job-board/brightpath?includeCompensation=true'),
    );
    assert.deepEqual(
      jobs.map((j) => j.title),
      ['Product Designer', 'Support Engineer (EMEA)'],
    );
    const [designer, support] = jobs;
    assert.deepEqual(
      [
        designer?.salary_min,
        designer?.salary_max,
        designer?.salary_currency,
        designer?.salary_period,
        designer?.salary_text,
      ],
      [140000, 175000, 'USD', 'year', '$140K - $175K'],
    );
    assert.equal(designer?.location, 'New York, NY / San Francisco, CA');
    assert.equal(designer?.location_type, 'hybrid');
    // Only the tier summary string: parsed from text.
    assert.deepEqual(
      [support?.salary_min, support?.salary_max, support?.salary_currency],
      [55000, 70000, 'EUR'],
    );
    assert.equal(support?.location, 'EMEA');
    assert.equal(support?.location_type, 'remote');
    assert.equal(support?.company, 'brightpath');
  });

  void it('rejects bodies that are not an Ashby board', () => {
    assert.throws(() => ashbyParser.parse('[]', ctx()), /ashby: unrecognised response shape/);
    assert.throws(() => ashbyParser.parse('', ctx()), /ashby: empty body/);
  });
});
