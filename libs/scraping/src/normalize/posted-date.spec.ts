import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { resolvePostedDate } from './posted-date';

const SCRAPED_AT = new Date('2026-09-01T12:00:00Z');

// Forms seen on the boards: Built In "2 Days Ago", YC "8 months"/"about 1 year", Indeed
// "Reposted 3 days ago"/"30+ days ago", ISO from the JSON APIs, epoch from Lever/RemoteOK/Wellfound.
const TABLE: Array<[string | number, string | null]> = [
  ['2 Days Ago', '2026-08-30'],
  ['7 Hours Ago', '2026-09-01'],
  ['15 Hours Ago', '2026-08-31'],
  ['Reposted 3 days ago', '2026-08-29'],
  ['Posted 1 day ago', '2026-08-31'],
  ['8 months', '2026-01-01'],
  ['3 months', '2026-06-01'],
  ['about 1 year', '2025-09-01'],
  ['over 2 years', '2024-09-01'],
  ['a month ago', '2026-08-01'],
  ['an hour ago', '2026-09-01'],
  ['2 weeks ago', '2026-08-18'],
  ['2w', '2026-08-18'],
  ['3d', '2026-08-29'],
  ['Just posted', '2026-09-01'],
  ['today', '2026-09-01'],
  ['Active today', '2026-09-01'],
  ['yesterday', '2026-08-31'],
  ['30+ days ago', '2026-08-02'],
  ['2026-08-06T12:50:10-04:00', '2026-08-06'],
  ['2026-08-06T23:50:10-04:00', '2026-08-06'],
  ['2025-11-05T19:10:05Z', '2025-11-05'],
  ['2026-08-31', '2026-08-31'],
  ['1790265606', '2026-09-24'],
  [1790265606, '2026-09-24'],
  [1782214185805, '2026-06-23'],
  ['Posted on Aug 5, 2026', '2026-08-05'],
  ['August 5, 2026', '2026-08-05'],
  ['', null],
  ['soon', null],
  [0, null],
];

void describe('resolvePostedDate table', () => {
  for (const [input, expected] of TABLE) {
    void it(JSON.stringify(input), () => assert.equal(resolvePostedDate(input, SCRAPED_AT), expected));
  }
  void it('null and undefined give null', () => {
    assert.equal(resolvePostedDate(null, SCRAPED_AT), null);
    assert.equal(resolvePostedDate(undefined, SCRAPED_AT), null);
  });
  void it('month arithmetic follows the calendar (31 Mar - 1 month clamps forward like Date)', () => {
    assert.equal(resolvePostedDate('1 month ago', new Date('2026-03-15T00:00:00Z')), '2026-02-15');
  });
});
