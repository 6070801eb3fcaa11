import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseSalary } from './salary';
import type { SalaryPeriod } from '../types';

type Row = [
  text: string,
  min: number | null,
  max: number | null,
  currency: string | null,
  period: SalaryPeriod,
];

// Strings as they appear in real postings: Wellfound `compensation`, YC `salaryRange`, Built In cards,
// HN "Who is hiring" first lines, Indeed/Dice salary snippets, and the issue's own examples.
const TABLE: Row[] = [
  // Wellfound compensation (captures: wellfound/response_*.json)
  ['$130k – $200k • 0.15% – 0.8%', 130000, 200000, 'USD', 'year'],
  ['$125k – $145k', 125000, 145000, 'USD', 'year'],
  ['$90k – $125k • 0.5% – 3.0%', 90000, 125000, 'USD', 'year'],
  ['$60k – $70k', 60000, 70000, 'USD', 'year'],
  ['$75k – $120k • 0.0% – 0.1%', 75000, 120000, 'USD', 'year'],
  ['$100k – $130k • 0.005% – 0.01%', 100000, 130000, 'USD', 'year'],
  ['$45k – $60k • No equity', 45000, 60000, 'USD', 'year'],
  ['$200k – $280k • 0.1% – 1.0%', 200000, 280000, 'USD', 'year'],
  ['$90k – $170k • 0.01% – 0.75%', 90000, 170000, 'USD', 'year'],
  ['$110k – $165k', 110000, 165000, 'USD', 'year'],
  // Y Combinator salaryRange (captures: ycombinator/*.html)
  ['$140K - $200K', 140000, 200000, 'USD', 'year'],
  ['$140K - $240K', 140000, 240000, 'USD', 'year'],
  // Built In cards (capture: builtin/builtin.html)
  ['71K-127K Annually', 71000, 127000, null, 'year'],
  ['125K-140K Annually', 125000, 140000, null, 'year'],
  ['163K-272K Annually', 163000, 272000, null, 'year'],
  ['180K-230K Annually', 180000, 230000, null, 'year'],
  ['40-45 Hourly', 40, 45, null, 'hour'],
  // Hacker News first lines (capture: hackernews/hackernews.json)
  ['€75k–110k', 75000, 110000, 'EUR', 'year'],
  ['$150 - 210K USD + equity', 150000, 210000, 'USD', 'year'],
  // Indeed snippets
  ['$150K - $180K a year', 150000, 180000, 'USD', 'year'],
  ['$70 an hour', 70, 70, 'USD', 'hour'],
  ['$120,000 - $150,000 a year', 120000, 150000, 'USD', 'year'],
  ['$45 - $55 an hour', 45, 55, 'USD', 'hour'],
  ['From $25 an hour', 25, null, 'USD', 'hour'],
  ['$3,000 - $4,000 a month', 3000, 4000, 'USD', 'month'],
  ['Up to $90,000 a year', null, 90000, 'USD', 'year'],
  ['$60,000 a year', 60000, 60000, 'USD', 'year'],
  ['$1,200 a week', 1200, 1200, 'USD', 'week'],
  // Dice salary fields
  ['USD 120,000.00 - 150,000.00 per year', 120000, 150000, 'USD', 'year'],
  ['$100,000.00 - $130,000.00', 100000, 130000, 'USD', 'year'],
  ['$85/hr', 85, 85, 'USD', 'hour'],
  ['$58.26 - 68.26 per hour', 58.26, 68.26, 'USD', 'hour'],
  ['USD 100000-120000', 100000, 120000, 'USD', 'year'],
  // Other currencies and forms from the issue and common boards
  ['₹30L – ₹80L', 3000000, 8000000, 'INR', 'year'],
  ['₹12,00,000 - ₹18,00,000 per annum', 1200000, 1800000, 'INR', 'year'],
  ['25-35 LPA', 2500000, 3500000, 'INR', 'year'],
  ['Up to $200,000', null, 200000, 'USD', 'year'],
  ['$150k+', 150000, null, 'USD', 'year'],
  ['£45,000 - £55,000', 45000, 55000, 'GBP', 'year'],
  ['£60k - £80k + bonus', 60000, 80000, 'GBP', 'year'],
  ['£450 - £550 per day', 450, 550, 'GBP', 'day'],
  ['CA$120K', 120000, 120000, 'CAD', 'year'],
  ['C$95,000 – C$110,000', 95000, 110000, 'CAD', 'year'],
  ['A$140k - A$160k + super', 140000, 160000, 'AUD', 'year'],
  ['€60.000 - €75.000', 60000, 75000, 'EUR', 'year'],
  ['EUR 55,000 to 70,000', 55000, 70000, 'EUR', 'year'],
  ['CHF 120’000 - 140’000', 120000, 140000, 'CHF', 'year'],
  ['$8,000/month', 8000, 8000, 'USD', 'month'],
  ['$500/day', 500, 500, 'USD', 'day'],
  ['$2.5k/week', 2500, 2500, 'USD', 'week'],
  ['¥8,000,000 - ¥12,000,000', 8000000, 12000000, 'JPY', 'year'],
  ['SGD 8,000 - 12,000 monthly', 8000, 12000, 'SGD', 'month'],
  ['$65/hr - $75/hr', 65, 75, 'USD', 'hour'],
  ['80-100k€', 80000, 100000, 'EUR', 'year'],
  ['£50-60k', 50000, 60000, 'GBP', 'year'],
  ['$200k-$300k + 0.5-1% equity', 200000, 300000, 'USD', 'year'],
  ['€4.500 - €5.500 brutto monatlich', 4500, 5500, 'EUR', 'month'],
  ['PLN 20 000 - 28 000 net/month (B2B)', 20000, 28000, 'PLN', 'month'],
  ['₹ 15 - 25 Lakhs', 1500000, 2500000, 'INR', 'year'],
  // No period given: inferred from the magnitude
  ['$45 - $60', 45, 60, 'USD', 'hour'],
  ['$6,000 - $7,500', 6000, 7500, 'USD', 'month'],
  ['$95,000', 95000, 95000, 'USD', 'year'],
];

const NO_SALARY = [
  '0.5% – 3.0%',
  '0.5% – 2.5%',
  '',
  'Competitive',
  'DOE',
  'Depends on experience',
  'Equity only',
];

void describe('parseSalary table', () => {
  for (const [text, min, max, currency, period] of TABLE) {
    void it(text, () => {
      const s = parseSalary(text);
      assert.ok(s, `no salary parsed from ${text}`);
      assert.deepEqual([s.min, s.max, s.currency, s.period], [min, max, currency, period]);
    });
  }
  for (const text of NO_SALARY) {
    void it(`no salary in ${JSON.stringify(text)}`, () => assert.equal(parseSalary(text), null));
  }
});

void describe('parseSalary annualisation and options', () => {
  void it('hourly × 2080', () => {
    const s = parseSalary('$58.26 - 68.26 per hour');
    assert.deepEqual([s?.annualMin, s?.annualMax], [121181, 141981]);
  });
  void it('monthly × 12, weekly × 52, daily × 260', () => {
    assert.equal(parseSalary('$8,000/month')?.annualMax, 96000);
    assert.equal(parseSalary('$1,200 a week')?.annualMin, 62400);
    assert.equal(parseSalary('$500/day')?.annualMin, 130000);
  });
  void it('yearly bounds are their own annual values; open bounds stay null', () => {
    const s = parseSalary('Up to $200,000');
    assert.deepEqual([s?.annualMin, s?.annualMax], [null, 200000]);
  });
  void it('keeps the original text (whitespace collapsed, dashes unified)', () => {
    assert.equal(parseSalary('  $130k –   $200k ')?.text, '$130k - $200k');
  });
  void it('uses defaultCurrency only when the text names none', () => {
    assert.equal(parseSalary('71K-127K Annually', { defaultCurrency: 'USD' })?.currency, 'USD');
    assert.equal(parseSalary('€75k–110k', { defaultCurrency: 'USD' })?.currency, 'EUR');
  });
  void it('uses defaultPeriod instead of the magnitude guess', () => {
    assert.equal(parseSalary('$6,000 - $7,500', { defaultPeriod: 'year' })?.period, 'year');
    assert.equal(parseSalary('$6,000 - $7,500 a month', { defaultPeriod: 'year' })?.period, 'month');
  });
  void it('orders reversed bounds', () => {
    const s = parseSalary('$180k - $150k');
    assert.deepEqual([s?.min, s?.max], [150000, 180000]);
  });
});
