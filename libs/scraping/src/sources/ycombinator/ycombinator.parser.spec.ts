import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ycombinatorParser } from './ycombinator.parser';
import { brief, ctx, NO_REAL, real } from '../spec-helpers';

const SCRAPED = '2026-09-25T12:00:00Z';

void describe('ycombinator parser (real captures)', () => {
  void it('reads the company jobs page (Inertia WaasShowJobsPage, 2 jobs)', { skip: NO_REAL }, () => {
    const jobs = ycombinatorParser.parse(real('ycombinator/list-diode.html'), ctx(undefined, SCRAPED));
    assert.equal(jobs.length, 2);
    assert.deepEqual(brief(jobs[0]), {
      title: 'Staff Electrical Engineer',
      company: 'Diode Computers, Inc.',
      location: 'New York, NY, US',
      location_type: null,
      salary_min: 140000,
      salary_max: 200000,
      salary_currency: 'USD',
      salary_period: 'year',
      salary_text: '$140K - $200K',
      // "8 months" before the scrape time.
      posted_date: '2026-01-25',
      url: 'https://www.ycombinator.com/companies/diode-computers-inc/jobs/UAUsCJS-staff-electrical-engineer',
      source: 'ycombinator',
      external_id: '84722',
    });
    assert.deepEqual(
      [jobs[1]?.external_id, jobs[1]?.salary_max, jobs[1]?.posted_date],
      ['76882', 240000, '2025-09-25'],
    );
    assert.match(jobs[0]?.description ?? '', /Skills: Python, Rust, Altium, OrCAD/);
  });

  void it(
    'reads a job page: id from the page object, exact date and HTML description from JSON-LD',
    { skip: NO_REAL },
    () => {
      const [senior] = ycombinatorParser.parse(
        real('ycombinator/detail-diode-senior.html'),
        ctx(undefined, SCRAPED),
      );
      assert.deepEqual(
        [
          senior?.external_id,
          senior?.title,
          senior?.salary_min,
          senior?.salary_max,
          senior?.salary_currency,
          senior?.posted_date,
        ],
        ['76882', 'Senior Software Engineer', 140000, 240000, 'USD', '2025-05-28'],
      );
      assert.equal(senior?.salary_text, '$140K - $240K');
      assert.match(
        senior?.description ?? '',
        /^Diode Computers, Inc\. is looking for a senior software engineer/,
      );
      assert.doesNotMatch(senior?.description ?? '', /<p>|\\u003c/);
      const staff = ycombinatorParser.parse(
        real('ycombinator/detail-diode-staff.html'),
        ctx(undefined, SCRAPED),
      );
      assert.equal(staff.length, 1);
      assert.deepEqual(
        [staff[0]?.external_id, staff[0]?.posted_date, staff[0]?.salary_max],
        ['84722', '2025-11-05', 200000],
      );
      assert.match(staff[0]?.description ?? '', /We are building zener, a code first approach to PCB design/);
    },
  );
});

void describe('ycombinator parser (edge cases)', () => {
  void it('a page with only JSON-LD still yields the job', () => {
    const ld = {
      '@type': 'JobPosting',
      title: 'Founding Engineer',
      url: 'https://www.ycombinator.com/companies/acme/jobs/x1-founding-engineer',
      hiringOrganization: { name: 'Acme' },
      datePosted: '2026-09-01T00:00:00Z',
      description: '<p>Hi</p>',
      jobLocationType: 'TELECOMMUTE',
      jobLocation: [],
    };
    const html = `<html><head><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body></body></html>`;
    const [job] = ycombinatorParser.parse(html, ctx());
    assert.deepEqual(
      [job?.title, job?.company, job?.location_type, job?.external_id],
      ['Founding Engineer', 'Acme', 'remote', ld.url],
    );
  });

  void it('an empty jobs list is no jobs; a page without data is an error', () => {
    const page = { component: 'WaasShowJobsPage', props: { company: { name: 'Acme' }, jobPostings: [] } };
    const html = `<div data-page="${JSON.stringify(page).replace(/"/g, '&quot;')}"></div>`;
    assert.deepEqual(ycombinatorParser.parse(html, ctx()), []);
    assert.throws(
      () => ycombinatorParser.parse('<html><body>Sign in</body></html>', ctx()),
      /ycombinator: unrecognised/,
    );
    assert.throws(
      () => ycombinatorParser.parse('{"jobs":[]}', ctx()),
      /expected an HTML page but the body is JSON/,
    );
  });
});
