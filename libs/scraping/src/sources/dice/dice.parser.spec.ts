import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { diceParser } from './dice.parser';
import { brief, ctx, own } from '../spec-helpers';

// No real Dice capture exists; the fixtures follow the search API and job detail page shapes.
void describe('dice parser', () => {
  void it('reads the search API JSON (id = guid from the details URL)', () => {
    const jobs = diceParser.parse(own('dice/search-api.json'), ctx());
    assert.equal(jobs.length, 3);
    assert.deepEqual(brief(jobs[0]), {
      title: 'Senior Java Developer',
      company: 'Apex Systems',
      location: 'Richmond, VA, USA',
      location_type: 'onsite',
      salary_min: 120000,
      salary_max: 150000,
      salary_currency: 'USD',
      salary_period: 'year',
      salary_text: 'USD 120,000.00 - 150,000.00 per year',
      posted_date: '2026-08-28',
      url: 'https://www.dice.com/job-detail/3f9c2a6e-58d1-4b7a-9d35-0e1f2a3b4c5d',
      source: 'dice',
      external_id: '3f9c2a6e-58d1-4b7a-9d35-0e1f2a3b4c5d',
    });
    assert.deepEqual(
      [jobs[1]?.location_type, jobs[1]?.salary_min, jobs[1]?.salary_period],
      ['remote', 85, 'hour'],
    );
    assert.deepEqual(
      [jobs[2]?.location_type, jobs[2]?.salary_min, jobs[2]?.salary_text],
      ['hybrid', null, 'Depends on Experience'],
    );
  });

  void it('a detail page (JSON-LD) gives the same external id as the search result', () => {
    const [job] = diceParser.parse(own('dice/detail-jsonld.html'), ctx());
    const [fromSearch] = diceParser.parse(own('dice/search-api.json'), ctx());
    assert.equal(job?.external_id, fromSearch?.external_id);
    assert.equal(
      job?.description,
      'Apex Systems is hiring a Senior Java Developer.\n- Spring Boot\n- AWS (ECS, SQS)',
    );
    assert.deepEqual([job?.salary_min, job?.salary_max, job?.location], [120000, 150000, 'Richmond, VA, US']);
  });

  void it('a detail page with only __NEXT_DATA__ is read too', () => {
    const url = 'https://www.dice.com/job-detail/7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
    const [job] = diceParser.parse(own('dice/detail-next-data.html'), ctx(url));
    assert.deepEqual(
      [
        job?.title,
        job?.company,
        job?.external_id,
        job?.url,
        job?.location_type,
        job?.salary_min,
        job?.posted_date,
      ],
      [
        'DevOps Engineer (Contract)',
        'TEKsystems',
        '7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
        url,
        'remote',
        85,
        '2026-08-31',
      ],
    );
    assert.equal(job?.description, 'Own our Terraform modules.\n\n12-month contract, W2.');
  });

  void it('rejects other JSON and pages without job data', () => {
    assert.throws(() => diceParser.parse('{"jobs": []}', ctx()), /dice: unrecognised response shape/);
    assert.throws(
      () => diceParser.parse('<html><body>Page not found</body></html>', ctx()),
      /dice: unrecognised/,
    );
  });
});
