import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PermanentError } from '@app/contracts';
import { leverParser } from './lever.parser';
import { brief, ctx, NO_REAL, own, real } from '../spec-helpers';

void describe('lever parser', () => {
  void it('reads the real Spotify capture (2 postings, company from the URL slug)', { skip: NO_REAL }, () => {
    const jobs = leverParser.parse(real('lever/lever.json'), ctx());
    assert.equal(jobs.length, 2);
    assert.deepEqual(brief(jobs[0]), {
      title: 'Android Engineer - Experience',
      company: 'spotify',
      location: 'London / Stockholm',
      location_type: 'hybrid',
      salary_min: null,
      salary_max: null,
      salary_currency: null,
      salary_period: null,
      salary_text: null,
      posted_date: '2026-06-23',
      url: 'https://jobs.lever.co/spotify/2193db3f-77c5-43b8-b030-8f92c9882bf1',
      apply_url: 'https://jobs.lever.co/spotify/2193db3f-77c5-43b8-b030-8f92c9882bf1/apply',
      source: 'lever',
      external_id: '2193db3f-77c5-43b8-b030-8f92c9882bf1',
    });
    assert.equal(jobs[1]?.title, 'Artist & Label Partnerships Contractor, Vietnam');
    assert.equal(jobs[1]?.location, 'Ho Chi Minh');
    assert.equal(jobs[1]?.posted_date, '2026-08-27');
    // Description, the "What You'll Do" list and the closing section are all kept, as text.
    const d = jobs[0]?.description ?? '';
    assert.match(d, /^We design Spotify’s consumer experience/);
    assert.match(d, /What You'll Do\n- Develop and maintain mobile client components/);
    assert.match(d, /Spotify is an equal opportunity employer/);
  });

  void it('reads salaryRange and a one-object body; company from ctx.url when hostedUrl is missing', () => {
    const [job] = leverParser.parse(own('lever/posting-with-salary.json'), ctx());
    assert.deepEqual(
      [job?.salary_min, job?.salary_max, job?.salary_currency, job?.salary_period],
      [150000, 185000, 'CAD', 'year'],
    );
    assert.equal(job?.salary_text, 'CA$150,000 - CA$185,000 a year');
    assert.equal(job?.location_type, 'remote');
    assert.equal(
      job?.description,
      'Keep the lights on.\n\nYou have\n- Kubernetes\n- Go or Rust\n\nWe are an equal opportunity employer.',
    );
    const single = JSON.stringify({
      id: 'x1',
      text: 'QA Engineer',
      hostedUrl: null,
      categories: {},
      createdAt: 1756300000000,
    });
    const [one] = leverParser.parse(
      single.replace('"hostedUrl":null', '"hostedUrl":""'),
      ctx('https://api.lever.co/v0/postings/acme?mode=json'),
    );
    assert.equal(one?.company, 'acme');
  });

  void it('rejects a non-array body and HTML', () => {
    assert.throws(() => leverParser.parse('{"ok": true}', ctx()), /lever: unrecognised response shape/);
    assert.throws(() => leverParser.parse('<!DOCTYPE html><html></html>', ctx()), PermanentError);
  });
});
