import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PermanentError } from '@app/contracts';
import { wellfoundParser } from './wellfound.parser';
import { brief, ctx, NO_REAL, own, real } from '../spec-helpers';

const page = (n: number) => real(`wellfound/response_2024-03-26_23-17-12_page_${n}.json`);

void describe('wellfound parser: GraphQL search (real captures)', () => {
  void it('reads 15 / 12 / 12 jobs from the three pages', { skip: NO_REAL }, () => {
    const counts = [1, 2, 3].map((n) => wellfoundParser.parse(page(n), ctx()).length);
    assert.deepEqual(counts, [15, 12, 12]);
  });

  void it(
    'maps the first Numeral job exactly, dropping the equity part of the compensation',
    { skip: NO_REAL },
    () => {
      const [job] = wellfoundParser.parse(page(1), ctx());
      assert.deepEqual(
        { ...brief(job), location: undefined },
        {
          title: 'Software Engineer - Backend / Fullstack',
          company: 'Numeral',
          location: undefined,
          location_type: 'remote',
          salary_min: 130000,
          salary_max: 200000,
          salary_currency: 'USD',
          salary_period: 'year',
          salary_text: '$130k – $200k • 0.15% – 0.8%',
          posted_date: '2024-03-13',
          url: 'https://wellfound.com/jobs/2685481-software-engineer-backend-fullstack',
          source: 'wellfound',
          external_id: '2685481',
        },
      );
      assert.match(job?.location ?? '', /^Austin \/ Baltimore \/ Boston \/ .* \/ Daly City$/);
      assert.match(
        job?.description ?? '',
        /^\*\*Company Mission\*\*\n\nNumeral \(https:\/\/gonumeral\.com\)/,
      );
    },
  );

  void it(
    'equity-only and empty compensation give no salary; on-site and remote kinds are kept',
    { skip: NO_REAL },
    () => {
      const jobs = wellfoundParser.parse(page(3), ctx());
      const nerg = jobs.find((j) => j.external_id === '2952413');
      assert.deepEqual(
        [nerg?.salary_min, nerg?.salary_max, nerg?.salary_text, nerg?.location_type],
        [null, null, '0.5% – 3.0%', 'remote'],
      );
      const finesse = jobs.find((j) => j.external_id === '2963641');
      assert.deepEqual(
        [finesse?.salary_min, finesse?.salary_text, finesse?.location_type],
        [null, null, 'onsite'],
      );
      assert.equal(finesse?.location, 'Los Angeles / London');
      const jcttek = jobs.find((j) => j.company === 'JCTTEK');
      assert.deepEqual([jcttek?.salary_min, jcttek?.salary_max], [45000, 60000]);
      // HTML entities left in the markdown are decoded.
      const upup = jobs.find((j) => j.company === 'Up&Up');
      assert.match(upup?.description ?? '', /engineers at Up&Up solve/);
    },
  );
});

void describe('wellfound parser: pages', () => {
  void it('reads __NEXT_DATA__ Apollo state (refs and wrapped JSON scalars)', () => {
    const jobs = wellfoundParser.parse(own('wellfound/role-location-apollo.html'), ctx());
    assert.equal(jobs.length, 2);
    assert.deepEqual(brief(jobs[0]), {
      title: 'Senior Robotics Software Engineer',
      company: 'Harbor Robotics',
      location: 'Oakland / San Francisco',
      location_type: 'hybrid',
      salary_min: 170000,
      salary_max: 210000,
      salary_currency: 'USD',
      salary_period: 'year',
      salary_text: '$170k – $210k • 0.25% – 0.6%',
      posted_date: '2024-08-28',
      url: 'https://wellfound.com/jobs/3011207-senior-robotics-software-engineer',
      source: 'wellfound',
      external_id: '3011207',
    });
    assert.deepEqual(
      [jobs[1]?.salary_min, jobs[1]?.location_type, jobs[1]?.location],
      [null, 'remote', 'United States'],
    );
    assert.equal(jobs[1]?.description, 'Equity-heavy founding role. Train models on lidar & sonar data.');
  });

  void it('reads a job page JSON-LD JobPosting, id from the page URL', () => {
    const url = 'https://wellfound.com/jobs/3022001-backend-engineer-go';
    const [job] = wellfoundParser.parse(own('wellfound/job-page-jsonld.html'), ctx(url));
    assert.deepEqual(
      [
        job?.title,
        job?.company,
        job?.external_id,
        job?.url,
        job?.location_type,
        job?.salary_min,
        job?.salary_max,
        job?.posted_date,
      ],
      ['Backend Engineer (Go)', 'Ledgerline', '3022001', url, 'remote', 140000, 175000, '2026-08-20'],
    );
    assert.equal(job?.description, 'Payments infra team.\n- Go, Postgres\n- Kafka');
  });

  void it('rejects GraphQL errors, unknown JSON and pages without job data', () => {
    assert.throws(
      () => wellfoundParser.parse('{"errors":[{"message":"Unauthorized"}]}', ctx()),
      /got errors: .*Unauthorized/,
    );
    assert.throws(() => wellfoundParser.parse('{"data":{"viewer":null}}', ctx()), PermanentError);
    assert.throws(
      () => wellfoundParser.parse('<html><body><h1>Access denied</h1></body></html>', ctx()),
      /wellfound: unrecognised/,
    );
  });
});
