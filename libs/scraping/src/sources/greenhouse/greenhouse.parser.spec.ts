import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PermanentError } from '@app/contracts';
import { greenhouseParser } from './greenhouse.parser';
import { brief, ctx, NO_REAL, own, real } from '../spec-helpers';

void describe('greenhouse parser', () => {
  void it('reads the real Vercel board capture (2 jobs)', { skip: NO_REAL }, () => {
    const jobs = greenhouseParser.parse(real('greenhouse/greenhouse.json'), ctx());
    assert.equal(jobs.length, 2);
    assert.deepEqual(brief(jobs[0]), {
      title: 'Account Executive, Commercial',
      company: 'Vercel',
      location: 'London',
      location_type: 'hybrid',
      salary_min: null,
      salary_max: null,
      salary_currency: null,
      salary_period: null,
      salary_text: null,
      posted_date: '2026-08-06',
      url: 'https://job-boards.greenhouse.io/vercel/jobs/6136160004',
      source: 'greenhouse',
      external_id: '6136160004',
    });
    assert.equal(jobs[1]?.external_id, '5999792004');
    assert.equal(jobs[1]?.posted_date, '2026-05-21');
    // The content is escaped HTML; the description must be plain readable text.
    assert.match(
      jobs[0]?.description ?? '',
      /^About Vercel:\n\nVercel is the agentic infrastructure company/,
    );
    assert.doesNotMatch(jobs[0]?.description ?? '', /&lt;|<div|&#39;/);
  });

  void it('reads a single job with pay transparency ranges, company from the URL slug', () => {
    const jobs = greenhouseParser.parse(
      own('greenhouse/job-with-pay.json'),
      ctx('https://boards-api.greenhouse.io/v1/boards/acmeco/jobs/4455667'),
    );
    assert.equal(jobs.length, 1);
    const job = jobs[0];
    assert.equal(job?.company, 'acmeco');
    assert.deepEqual(
      [job?.salary_min, job?.salary_max, job?.salary_currency, job?.salary_period],
      [145000, 185000, 'USD', 'year'],
    );
    assert.equal(job?.location_type, 'remote');
    assert.equal(job?.location, 'US');
    assert.equal(job?.description, 'Build billing.\n- TypeScript\n- Postgres');
  });

  void it('rejects HTML and JSON of the wrong shape', () => {
    assert.throws(() => greenhouseParser.parse('<html><body>Blocked</body></html>', ctx()), PermanentError);
    assert.throws(
      () => greenhouseParser.parse('{"postings": []}', ctx()),
      /greenhouse: unrecognised response shape/,
    );
    assert.throws(() => greenhouseParser.parse('{"jobs": [', ctx()), /not valid JSON/);
  });

  void it('an empty board is no jobs, not an error', () => {
    assert.deepEqual(greenhouseParser.parse('{"jobs": [], "meta": {"total": 0}}', ctx()), []);
  });
});
