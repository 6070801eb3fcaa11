import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseLocation, type ParsedLocation } from './location';

// Location strings from real postings (Greenhouse location.name, Lever categories.location, Ashby
// location, Built In cards, Wellfound locationNames, YC location, HN first lines, Dice/Indeed).
const TABLE: Array<[string, ParsedLocation]> = [
  ['Remote', { location: 'Remote', location_type: 'remote' }],
  ['REMOTE', { location: 'Remote', location_type: 'remote' }],
  ['Remote (US)', { location: 'US', location_type: 'remote', country: 'US' }],
  ['Remote (Europe)', { location: 'Europe', location_type: 'remote', region: 'Europe' }],
  ['Remote - US', { location: 'US', location_type: 'remote', country: 'US' }],
  ['US-Remote', { location: 'US', location_type: 'remote', country: 'US' }],
  ['Remote in Canada', { location: 'Canada', location_type: 'remote', country: 'CA' }],
  ['Remote, PT/ET hours preferred', { location: 'Remote', location_type: 'remote' }],
  ['Fully Remote', { location: 'Remote', location_type: 'remote' }],
  ['Anywhere', { location: 'Anywhere', location_type: 'remote' }],
  ['Worldwide', { location: 'Worldwide', location_type: 'remote' }],
  ['Remote - Worldwide', { location: 'Worldwide', location_type: 'remote' }],
  [
    'Hybrid - Austin, TX',
    { location: 'Austin, TX', location_type: 'hybrid', city: 'Austin', region: 'TX', country: 'US' },
  ],
  ['Hybrid - London', { location: 'London', location_type: 'hybrid', city: 'London' }],
  ['Hybrid', { location: null, location_type: 'hybrid' }],
  ['Remote or Hybrid', { location: null, location_type: 'hybrid' }],
  [
    'San Francisco, CA / Remote',
    {
      location: 'San Francisco, CA',
      location_type: 'remote',
      city: 'San Francisco',
      region: 'CA',
      country: 'US',
    },
  ],
  [
    'New York, NY (Hybrid)',
    { location: 'New York, NY', location_type: 'hybrid', city: 'New York', region: 'NY', country: 'US' },
  ],
  ['On-site', { location: null, location_type: 'onsite' }],
  [
    'Onsite - Seattle, WA',
    { location: 'Seattle, WA', location_type: 'onsite', city: 'Seattle', region: 'WA', country: 'US' },
  ],
  ['In-Office', { location: null, location_type: 'onsite' }],
  [
    'New York City, NY, US',
    {
      location: 'New York City, NY, US',
      location_type: null,
      city: 'New York City',
      region: 'NY',
      country: 'US',
    },
  ],
  [
    'New York, NY, US',
    { location: 'New York, NY, US', location_type: null, city: 'New York', region: 'NY', country: 'US' },
  ],
  [
    'New York City, NY',
    {
      location: 'New York City, NY',
      location_type: null,
      city: 'New York City',
      region: 'NY',
      country: 'US',
    },
  ],
  [
    'Austin, TX, USA',
    { location: 'Austin, TX, USA', location_type: null, city: 'Austin', region: 'TX', country: 'US' },
  ],
  [
    'Austin, Texas',
    { location: 'Austin, Texas', location_type: null, city: 'Austin', region: 'Texas', country: 'US' },
  ],
  [
    'London, England, United Kingdom',
    {
      location: 'London, England, United Kingdom',
      location_type: null,
      city: 'London',
      region: 'England',
      country: 'GB',
    },
  ],
  [
    'Utrecht, The Netherlands',
    { location: 'Utrecht, The Netherlands', location_type: null, city: 'Utrecht', country: 'NL' },
  ],
  ['Berlin, Germany', { location: 'Berlin, Germany', location_type: null, city: 'Berlin', country: 'DE' }],
  [
    'Toronto, ON',
    { location: 'Toronto, ON', location_type: null, city: 'Toronto', region: 'ON', country: 'CA' },
  ],
  [
    'Toronto, ON, Canada',
    { location: 'Toronto, ON, Canada', location_type: null, city: 'Toronto', region: 'ON', country: 'CA' },
  ],
  [
    'Bengaluru, Karnataka, India',
    {
      location: 'Bengaluru, Karnataka, India',
      location_type: null,
      city: 'Bengaluru',
      region: 'Karnataka',
      country: 'IN',
    },
  ],
  ['Ho Chi Minh', { location: 'Ho Chi Minh', location_type: null, city: 'Ho Chi Minh' }],
  ['London', { location: 'London', location_type: null, city: 'London' }],
  ['Europe', { location: 'Europe', location_type: null, region: 'Europe' }],
  ['North America', { location: 'North America', location_type: null, region: 'North America' }],
  ['United States', { location: 'United States', location_type: null, country: 'US' }],
  ['3 Locations', { location: '3 Locations', location_type: null }],
  [
    'Utrecht, The Netherlands | HYBRID',
    { location: 'Utrecht, The Netherlands', location_type: 'hybrid', city: 'Utrecht', country: 'NL' },
  ],
  [
    '  San   Francisco,  CA ',
    {
      location: 'San Francisco, CA',
      location_type: null,
      city: 'San Francisco',
      region: 'CA',
      country: 'US',
    },
  ],
  [
    'Austin, TX 78701 (Hybrid work)',
    { location: 'Austin, TX', location_type: 'hybrid', city: 'Austin', region: 'TX', country: 'US' },
  ],
  [
    'Hybrid work in Chicago, IL 60606',
    { location: 'Chicago, IL', location_type: 'hybrid', city: 'Chicago', region: 'IL', country: 'US' },
  ],
  [
    'Remote in Denver, CO 80202',
    { location: 'Denver, CO', location_type: 'remote', city: 'Denver', region: 'CO', country: 'US' },
  ],
  [
    'Amsterdam, NL (Hybrid)',
    { location: 'Amsterdam, NL', location_type: 'hybrid', city: 'Amsterdam', country: 'NL' },
  ],
  ['Remote (US & Canada)', { location: 'US & Canada', location_type: 'remote', country: 'US' }],
  ['Remote - US or Canada', { location: 'US or Canada', location_type: 'remote', country: 'US' }],
  [
    'Seattle, WA or Remote',
    { location: 'Seattle, WA', location_type: 'remote', city: 'Seattle', region: 'WA', country: 'US' },
  ],
  ['NYC', { location: 'NYC', location_type: null, city: 'New York', region: 'NY', country: 'US' }],
  [
    'SF Bay Area',
    {
      location: 'SF Bay Area',
      location_type: null,
      city: 'San Francisco Bay Area',
      region: 'CA',
      country: 'US',
    },
  ],
  [
    'ONSITE in SF',
    { location: 'SF', location_type: 'onsite', city: 'San Francisco', region: 'CA', country: 'US' },
  ],
  ['Multiple Locations', { location: 'Multiple Locations', location_type: null }],
  [
    'Paris, France - Remote',
    { location: 'Paris, France', location_type: 'remote', city: 'Paris', country: 'FR' },
  ],
  ['', { location: null, location_type: null }],
];

void describe('parseLocation table', () => {
  for (const [text, expected] of TABLE) {
    void it(JSON.stringify(text), () => assert.deepEqual(parseLocation(text), expected));
  }
});

void describe('parseLocation hints', () => {
  void it('a source remote flag marks a plain place remote', () => {
    assert.deepEqual(parseLocation('Europe', { remote: true }), {
      location: 'Europe',
      location_type: 'remote',
      region: 'Europe',
    });
  });
  void it('an explicit mode in the text beats the hint', () => {
    assert.equal(parseLocation('Hybrid - London', { remote: true }).location_type, 'hybrid');
  });
  void it('a source type is used when the text names no mode', () => {
    assert.equal(parseLocation('London', { type: 'hybrid' }).location_type, 'hybrid');
  });
  void it('empty text with a remote flag reads as "Remote"', () => {
    assert.deepEqual(parseLocation('', { remote: true }), { location: 'Remote', location_type: 'remote' });
  });
  void it('a separate country code fills in the country', () => {
    assert.equal(parseLocation('London', { country: 'gb' }).country, 'GB');
    assert.equal(parseLocation('Austin, TX', { country: 'DE' }).country, 'US');
  });
});
