import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { load } from 'cheerio';
import { baseSalary, findJsonLd, jobLocationText, jobPostingToRaw } from './json-ld';

void describe('JSON-LD helpers', () => {
  void it('finds JobPostings at the top level, in arrays and in @graph, skipping broken blocks', () => {
    const html = [
      '<script type="application/ld+json">{"@type":"JobPosting","title":"A"}</script>',
      '<script type="application/ld+json">[{"@type":"Organization"},{"@type":["JobPosting"],"title":"B"}]</script>',
      '<script type="application/ld+json">{"@graph":[{"@type":"JobPosting","title":"C"}]}</script>',
      '<script type="application/ld+json">{ broken </script>',
    ].join('');
    assert.deepEqual(
      findJsonLd(load(html), 'JobPosting').map((j) => j.title),
      ['A', 'B', 'C'],
    );
  });

  void it('reads baseSalary as a range, a single value, and with per-hour units', () => {
    const range = baseSalary({
      currency: 'USD',
      value: { minValue: 140000, maxValue: 200000, unitText: 'YEAR' },
    });
    assert.deepEqual(
      [range?.min, range?.max, range?.period, range?.currency],
      [140000, 200000, 'year', 'USD'],
    );
    const single = baseSalary({ currency: 'gbp', value: { value: 55000, unitText: 'YEAR' } });
    assert.deepEqual([single?.min, single?.max, single?.currency], [55000, 55000, 'GBP']);
    const hourly = baseSalary({ currency: 'USD', value: { minValue: 40, maxValue: 55, unitText: 'HOUR' } });
    assert.deepEqual([hourly?.period, hourly?.annualMin, hourly?.annualMax], ['hour', 83200, 114400]);
    assert.equal(baseSalary({ currency: 'USD', value: { minValue: 0, maxValue: 0 } }), null);
    assert.equal(baseSalary(undefined), null);
  });

  void it('joins several places and reads country objects', () => {
    const loc = jobLocationText([
      {
        address: {
          addressLocality: 'New York',
          addressRegion: 'NY',
          addressCountry: { name: 'United States' },
        },
      },
      { address: { addressLocality: 'Remote' } },
    ]);
    assert.deepEqual(loc, { text: 'New York, NY, United States; Remote', country: 'US' });
  });

  void it('maps TELECOMMUTE to remote and uses applicantLocationRequirements when no place is given', () => {
    const raw = jobPostingToRaw(
      {
        '@type': 'JobPosting',
        title: 'SRE',
        hiringOrganization: 'Acme',
        jobLocationType: 'TELECOMMUTE',
        applicantLocationRequirements: [{ '@type': 'Country', name: 'Canada' }],
        identifier: { '@type': 'PropertyValue', value: 'job-77' },
      },
      'https://example.com/jobs/77',
    );
    assert.deepEqual(
      [raw.company, raw.location, raw.locationHints?.remote, raw.externalId, raw.url],
      ['Acme', 'Canada', true, 'job-77', 'https://example.com/jobs/77'],
    );
  });
});
