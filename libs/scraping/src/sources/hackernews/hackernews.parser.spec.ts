import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { hackernewsParser } from './hackernews.parser';
import { parseHeader } from './first-line';
import { brief, ctx, NO_REAL, own, real } from '../spec-helpers';

void describe('hackernews parser', () => {
  void it('reads the real "Who is hiring" item tree (3 postings)', { skip: NO_REAL }, () => {
    const jobs = hackernewsParser.parse(real('hackernews/hackernews.json'), ctx());
    assert.equal(jobs.length, 3);
    assert.deepEqual(brief(jobs[0]), {
      title: 'Senior Product Engineer',
      company: 'Modash.io',
      location: 'Europe',
      location_type: 'remote',
      salary_min: 75000,
      salary_max: 110000,
      salary_currency: 'EUR',
      salary_period: 'year',
      salary_text: '€75k–110k',
      posted_date: '2026-09-01',
      url: 'https://news.ycombinator.com/item?id=49522903',
      apply_url: 'https://modash.io',
      source: 'hackernews',
      external_id: '49522903',
    });
    const [, quill, neon] = jobs;
    assert.deepEqual(
      [quill?.company, quill?.title, quill?.location_type],
      ['Quill', 'Fullstack SWE', 'remote'],
    );
    assert.deepEqual([quill?.salary_min, quill?.salary_max, quill?.salary_currency], [150000, 210000, 'USD']);
    assert.equal(neon?.company, 'Open Education Applications / Neon');
    assert.equal(neon?.location, 'Utrecht, The Netherlands');
    assert.equal(neon?.location_type, 'hybrid');
    assert.equal(neon?.salary_min, null);
    // The body after the first line is the description; the header line is not repeated.
    assert.match(jobs[0]?.description ?? '', /^Modash helps brands find, manage, and pay creators/);
    assert.match(quill?.description ?? '', /^I’m a co-founder of Quill/);
    assert.match(quill?.description ?? '', /get value from Quill:\n• pre-IPO fintech adds custom reporting/);
  });

  void it('reads Algolia search hits, skipping replies and comments without a header line', () => {
    const jobs = hackernewsParser.parse(own('hackernews/search-hits.json'), ctx());
    assert.deepEqual(
      jobs.map((j) => j.external_id),
      ['41000001', '41000002', '41000005'],
    );
    const [northwind, tessellate, kraftwerk] = jobs;
    assert.deepEqual(
      [
        northwind?.title,
        northwind?.location,
        northwind?.location_type,
        northwind?.salary_min,
        northwind?.salary_max,
      ],
      ['Senior Firmware Engineer', 'Boston, MA', 'onsite', 160000, 200000],
    );
    assert.equal(tessellate?.apply_url, 'https://tessellate.example/jobs');
    assert.equal(tessellate?.location_type, 'remote');
    assert.deepEqual(
      [kraftwerk?.salary_min, kraftwerk?.salary_max, kraftwerk?.salary_currency],
      [70000, 85000, 'EUR'],
    );
    assert.equal(kraftwerk?.location, 'Berlin, Germany');
  });

  void it('rejects other JSON', () => {
    assert.throws(
      () => hackernewsParser.parse('{"id": 1, "kids": [2, 3]}', ctx()),
      /hackernews: unrecognised response shape/,
    );
  });
});

void describe('HN first line', () => {
  void it('accepts parts in any order and missing parts', () => {
    assert.deepEqual(parseHeader('Acme | REMOTE | $120k | Backend Engineer'), {
      company: 'Acme',
      title: 'Backend Engineer',
      location: null,
      mode: 'REMOTE',
      salary: '$120k',
      link: null,
    });
    assert.deepEqual(parseHeader('Acme | San Francisco, CA | Staff ML Engineer | acme.dev'), {
      company: 'Acme',
      title: 'Staff ML Engineer',
      location: 'San Francisco, CA',
      mode: null,
      salary: null,
      link: 'https://acme.dev',
    });
    assert.equal(parseHeader('Just a question about the thread'), null);
  });
});
