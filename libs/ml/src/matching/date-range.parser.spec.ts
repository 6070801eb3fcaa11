import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { findDateRanges, mergedMonths, parseDate } from './date-range.parser';

const NOW = new Date('2026-11-24T12:00:00Z');
const month = (y: number, m: number): number => y * 12 + m - 1;

void describe('findDateRanges', () => {
  // [text, start month, end month (exclusive), ongoing]
  const table: Array<[string, number, number, boolean]> = [
    ['Jan 2019 – Present', month(2019, 1), month(2026, 12), true],
    ['January 2019 - March 2019', month(2019, 1), month(2019, 4), false],
    ['Sept. 2015 — Aug 2017', month(2015, 9), month(2017, 9), false],
    ['2016-2020', month(2016, 1), month(2020, 1), false],
    ['2016 – 2020', month(2016, 1), month(2020, 1), false],
    ['03/2018 - 06/2021', month(2018, 3), month(2021, 7), false],
    ['3/2018 to 6/2021', month(2018, 3), month(2021, 7), false],
    ['2019-03 - 2020-01', month(2019, 3), month(2020, 2), false],
    ['2019 to now', month(2019, 1), month(2026, 12), true],
    ['June 2021 - Current', month(2021, 6), month(2026, 12), true],
    ['Mar 2020 until today', month(2020, 3), month(2026, 12), true],
    ['since May 2022', month(2022, 5), month(2026, 12), true],
    ["Jun '18 - Dec '19", month(2018, 6), month(2020, 1), false],
    ['2020 - 2020', month(2020, 1), month(2020, 7), false],
    ['Oct 2024 – Present', month(2024, 10), month(2026, 12), true],
  ];
  for (const [text, start, end, ongoing] of table) {
    void it(`parses ${JSON.stringify(text)}`, () => {
      const line = `Engineer, Acme   ${text}`;
      const ranges = findDateRanges(line, NOW);
      assert.equal(ranges.length, 1);
      const r = ranges[0]!;
      assert.deepEqual([r.startMonth, r.endMonth, r.ongoing], [start, end, ongoing]);
      assert.equal(r.evidence.text, line.slice(r.evidence.start, r.evidence.end));
      assert.equal(r.evidence.text, line);
    });
  }

  void it('ignores single years, phone numbers, future and reversed ranges', () => {
    for (const text of [
      'Graduated 2015',
      'call 555-1234',
      '2021 - 2019',
      'Jan 2030 - Present',
      'v2019.3',
      'ISO 9001-2015 certified',
      '1066 - 1087',
    ]) {
      assert.deepEqual(findDateRanges(text, NOW), [], text);
    }
  });

  void it('finds several ranges in one resume', () => {
    const text = 'Acme 2016-2018\nBeta Jan 2018 - Present\n';
    assert.equal(findDateRanges(text, NOW).length, 2);
  });
});

void describe('mergedMonths', () => {
  void it('counts overlapping and nested ranges once', () => {
    assert.equal(mergedMonths([]), 0);
    assert.equal(mergedMonths([{ startMonth: 0, endMonth: 12 }]), 12);
    assert.equal(
      mergedMonths([
        { startMonth: 0, endMonth: 12 },
        { startMonth: 6, endMonth: 18 },
      ]),
      18,
    );
    assert.equal(
      mergedMonths([
        { startMonth: 0, endMonth: 24 },
        { startMonth: 6, endMonth: 12 },
      ]),
      24,
    );
    assert.equal(
      mergedMonths([
        { startMonth: 30, endMonth: 36 },
        { startMonth: 0, endMonth: 12 },
      ]),
      18,
    );
    assert.equal(
      mergedMonths([
        { startMonth: 0, endMonth: 12 },
        { startMonth: 12, endMonth: 24 },
      ]),
      24,
    );
  });
});

void describe('parseDate', () => {
  void it('reads months and years, start vs end', () => {
    assert.equal(parseDate('Feb 2020', false), month(2020, 2));
    assert.equal(parseDate('Feb 2020', true), month(2020, 3));
    assert.equal(parseDate('12/2019', true), month(2020, 1));
    assert.equal(parseDate('13/2019', false), undefined);
    assert.equal(parseDate('Smarch 2019', false), undefined);
  });
});
