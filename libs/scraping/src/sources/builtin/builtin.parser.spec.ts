import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { builtinParser } from './builtin.parser';
import { brief, ctx, NO_REAL, own, real } from '../spec-helpers';

void describe('builtin parser', () => {
  void it('reads the 10 result cards of the real Austin search page', { skip: NO_REAL }, () => {
    const jobs = builtinParser.parse(real('builtin/builtin.html'), ctx());
    assert.equal(jobs.length, 10);
    assert.deepEqual(
      jobs.map((j) => j.external_id),
      [
        '10932937',
        '10924284',
        '10922143',
        '10921972',
        '10921387',
        '10921156',
        '10887655',
        '10878423',
        '10875914',
        '10863913',
      ],
    );
    assert.deepEqual(brief(jobs[1]), {
      title: 'Software Engineer - Game of Thrones Slots',
      company: 'Zynga',
      // "2 Locations": the list comes from the tooltip.
      location: 'CA, USA / Austin, TX, USA',
      location_type: 'hybrid',
      salary_min: 71000,
      salary_max: 127000,
      salary_currency: 'USD',
      salary_period: 'year',
      salary_text: '71K-127K Annually',
      // Exact publish time from the tracking call, not the card's "2 Days Ago".
      posted_date: '2026-08-29',
      url: 'https://builtin.com/job/software-engineer-game-thrones-slots/10924284',
      source: 'builtin',
      external_id: '10924284',
    });
    assert.equal(jobs.filter((j) => j.salary_min !== null).length, 4);
    assert.deepEqual([jobs[8]?.company, jobs[8]?.salary_min, jobs[8]?.salary_max], ['Wise', 180000, 230000]);
    assert.deepEqual(
      [jobs[0]?.location, jobs[0]?.location_type, jobs[0]?.posted_date],
      ['Austin, TX, USA', 'onsite', '2026-08-31'],
    );
    assert.match(jobs[1]?.description ?? '', /^Develop and deploy slot-game features in Unity and C#/);
    assert.match(jobs[1]?.description ?? '', /Industries: Gaming/);
    assert.match(jobs[0]?.description ?? '', /Top skills: C\+\+, Computer Vision, Embedded Linux/);
  });

  void it(
    'falls back to the relative "N Days Ago" when the tracking call is missing',
    { skip: NO_REAL },
    () => {
      const html = real('builtin/builtin.html').replace(/'published_date'/g, "'publishedX'");
      const jobs = builtinParser.parse(html, ctx(undefined, '2026-09-01T12:00:00Z'));
      assert.equal(jobs[1]?.posted_date, '2026-08-30');
    },
  );

  void it('reads a job page JSON-LD (@graph, escaped HTML description, broken sibling block)', () => {
    const [job] = builtinParser.parse(own('builtin/job-page-jsonld.html'), ctx());
    assert.deepEqual(brief(job), {
      title: 'Staff Data Engineer',
      company: 'Kestrel Analytics, Inc.',
      location: 'Austin, TX, USA',
      location_type: null,
      salary_min: 165000,
      salary_max: 205000,
      salary_currency: 'USD',
      salary_period: 'year',
      salary_text: '$165,000 - $205,000 per year',
      posted_date: '2026-09-02',
      url: 'https://builtin.com/job/staff-data-engineer/10955123',
      source: 'builtin',
      external_id: '10955123',
    });
    assert.equal(job?.description, 'Build the lakehouse.');
  });

  void it('rejects JSON and pages that are neither results nor a job', () => {
    assert.throws(() => builtinParser.parse('{"jobs": []}', ctx()), /builtin: expected an HTML page/);
    assert.throws(
      () => builtinParser.parse('<html><title>Just a moment...</title></html>', ctx()),
      /builtin: unrecognised/,
    );
  });
});
