import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { indeedParser } from './indeed.parser';
import { brief, ctx, own } from '../spec-helpers';

// No real Indeed capture exists; these fixtures follow the shapes of the mobile GraphQL API and the
// results page's mosaic job-cards JSON.
void describe('indeed parser: GraphQL jobSearch', () => {
  void it('reads employer salary, estimated salary and work-mode attributes', () => {
    const jobs = indeedParser.parse(own('indeed/graphql-jobsearch.json'), ctx());
    assert.equal(jobs.length, 3);
    assert.deepEqual(brief(jobs[0]), {
      title: 'Senior Backend Engineer (Go)',
      company: 'Paycadence, Inc.',
      location: 'Austin, TX',
      location_type: 'hybrid',
      salary_min: 150000,
      salary_max: 180000,
      salary_currency: 'USD',
      salary_period: 'year',
      salary_text: '$150,000 - $180,000 per year',
      posted_date: '2025-09-01',
      url: 'https://www.indeed.com/viewjob?jk=8f2c1a7d9e3b4c51',
      source: 'indeed',
      external_id: '8f2c1a7d9e3b4c51',
    });
    assert.equal(
      jobs[0]?.description,
      'About us\n\nWe run payroll for 40k small businesses.\n- Go & PostgreSQL\n- Kubernetes',
    );
    assert.deepEqual(
      [jobs[1]?.salary_min, jobs[1]?.salary_max, jobs[1]?.salary_period],
      [18.5, 22.75, 'hour'],
    );
    assert.equal(jobs[1]?.url, 'https://www.indeed.com/viewjob?jk=1b7e4d0c22aa9f03');
    assert.deepEqual(
      [jobs[2]?.location, jobs[2]?.location_type, jobs[2]?.salary_min],
      ['Remote', 'remote', null],
    );
  });

  void it('rejects GraphQL errors and other JSON', () => {
    assert.throws(
      () => indeedParser.parse('{"errors":[{"message":"rate limited"}],"data":null}', ctx()),
      /indeed: .*rate limited/,
    );
    assert.throws(() => indeedParser.parse('{"data":{"somethingElse":{}}}', ctx()), /indeed: unrecognised/);
  });
});

void describe('indeed parser: results page job cards', () => {
  void it('reads the embedded mosaic-provider-jobcards JSON', () => {
    const jobs = indeedParser.parse(own('indeed/results-page.html'), ctx(undefined, '2026-09-01T12:00:00Z'));
    // The fourth card has no job key and is dropped.
    assert.deepEqual(
      jobs.map((j) => j.external_id),
      ['a1b2c3d4e5f60718', '0f1e2d3c4b5a6978', '99aa88bb77cc66dd'],
    );
    const [swe, support, warehouse] = jobs;
    assert.deepEqual(
      [
        swe?.location,
        swe?.location_type,
        swe?.salary_min,
        swe?.salary_max,
        swe?.salary_text,
        swe?.posted_date,
      ],
      ['Chicago, IL', 'hybrid', 120000, 145000, '$120,000 - $145,000 a year', '2025-08-31'],
    );
    assert.equal(swe?.description, '- Build TypeScript services for dispatch.\n- On-call one week in six.');
    // No pubDate: "Just posted" resolves to the scrape day.
    assert.deepEqual(
      [support?.location_type, support?.salary_period, support?.posted_date],
      ['remote', 'hour', '2026-09-01'],
    );
    assert.equal(support?.description, 'Answer tickets & chats for a B2B SaaS.');
    assert.deepEqual(
      [warehouse?.salary_min, warehouse?.salary_text, warehouse?.location],
      [null, null, 'Reno, NV'],
    );
  });

  void it('a results page without the job-cards script is an error', () => {
    assert.throws(
      () => indeedParser.parse('<html><body><div id="challenge-form"></div></body></html>', ctx()),
      /indeed: unrecognised/,
    );
  });
});
