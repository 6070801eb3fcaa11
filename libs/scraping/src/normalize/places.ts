/** Small place tables for location parsing: US states, Canadian provinces and country names. */

// prettier-ignore
export const US_STATES: Record<string, string> = {
  AL: 'Alabama', AK: 'Alaska', AZ: 'Arizona', AR: 'Arkansas', CA: 'California', CO: 'Colorado',
  CT: 'Connecticut', DE: 'Delaware', DC: 'District of Columbia', FL: 'Florida', GA: 'Georgia',
  HI: 'Hawaii', ID: 'Idaho', IL: 'Illinois', IN: 'Indiana', IA: 'Iowa', KS: 'Kansas', KY: 'Kentucky',
  LA: 'Louisiana', ME: 'Maine', MD: 'Maryland', MA: 'Massachusetts', MI: 'Michigan', MN: 'Minnesota',
  MS: 'Mississippi', MO: 'Missouri', MT: 'Montana', NE: 'Nebraska', NV: 'Nevada', NH: 'New Hampshire',
  NJ: 'New Jersey', NM: 'New Mexico', NY: 'New York', NC: 'North Carolina', ND: 'North Dakota',
  OH: 'Ohio', OK: 'Oklahoma', OR: 'Oregon', PA: 'Pennsylvania', RI: 'Rhode Island',
  SC: 'South Carolina', SD: 'South Dakota', TN: 'Tennessee', TX: 'Texas', UT: 'Utah', VT: 'Vermont',
  VA: 'Virginia', WA: 'Washington', WV: 'West Virginia', WI: 'Wisconsin', WY: 'Wyoming',
};

// prettier-ignore
export const CA_PROVINCES: Record<string, string> = {
  AB: 'Alberta', BC: 'British Columbia', MB: 'Manitoba', NB: 'New Brunswick',
  NL: 'Newfoundland and Labrador', NS: 'Nova Scotia', ON: 'Ontario', PE: 'Prince Edward Island',
  QC: 'Quebec', SK: 'Saskatchewan',
};

/** Lower-cased country names, common aliases and ISO codes → ISO 3166-1 alpha-2. */
// prettier-ignore
const COUNTRY_ALIASES: Record<string, string> = {
  us: 'US', usa: 'US', 'u.s.': 'US', 'u.s.a.': 'US', 'united states': 'US',
  'united states of america': 'US', america: 'US',
  uk: 'GB', gb: 'GB', 'u.k.': 'GB', 'united kingdom': 'GB', 'great britain': 'GB', england: 'GB',
  scotland: 'GB', wales: 'GB', 'northern ireland': 'GB',
  ca: 'CA', canada: 'CA', de: 'DE', germany: 'DE', deutschland: 'DE', fr: 'FR', france: 'FR',
  nl: 'NL', netherlands: 'NL', 'the netherlands': 'NL', holland: 'NL', es: 'ES', spain: 'ES',
  it: 'IT', italy: 'IT', pt: 'PT', portugal: 'PT', ie: 'IE', ireland: 'IE', se: 'SE', sweden: 'SE',
  no: 'NO', norway: 'NO', dk: 'DK', denmark: 'DK', fi: 'FI', finland: 'FI', pl: 'PL', poland: 'PL',
  ch: 'CH', switzerland: 'CH', at: 'AT', austria: 'AT', be: 'BE', belgium: 'BE', cz: 'CZ',
  czechia: 'CZ', 'czech republic': 'CZ', ro: 'RO', romania: 'RO', bg: 'BG', bulgaria: 'BG',
  gr: 'GR', greece: 'GR', ua: 'UA', ukraine: 'UA', ee: 'EE', estonia: 'EE', lt: 'LT',
  lithuania: 'LT', lv: 'LV', latvia: 'LV', hu: 'HU', hungary: 'HU', hr: 'HR', croatia: 'HR',
  rs: 'RS', serbia: 'RS', tr: 'TR', turkey: 'TR', 'türkiye': 'TR', il: 'IL', israel: 'IL',
  ae: 'AE', uae: 'AE', 'united arab emirates': 'AE', in: 'IN', india: 'IN', sg: 'SG',
  singapore: 'SG', jp: 'JP', japan: 'JP', kr: 'KR', 'south korea': 'KR', korea: 'KR', cn: 'CN',
  china: 'CN', hk: 'HK', 'hong kong': 'HK', tw: 'TW', taiwan: 'TW', vn: 'VN', vietnam: 'VN',
  'viet nam': 'VN', th: 'TH', thailand: 'TH', ph: 'PH', philippines: 'PH', id: 'ID',
  indonesia: 'ID', my: 'MY', malaysia: 'MY', pk: 'PK', pakistan: 'PK', au: 'AU',
  australia: 'AU', nz: 'NZ', 'new zealand': 'NZ', br: 'BR', brazil: 'BR', brasil: 'BR', mx: 'MX',
  mexico: 'MX', ar: 'AR', argentina: 'AR', co: 'CO', colombia: 'CO', cl: 'CL', chile: 'CL',
  pe: 'PE', peru: 'PE', uy: 'UY', uruguay: 'UY', za: 'ZA', 'south africa': 'ZA', ng: 'NG',
  nigeria: 'NG', ke: 'KE', kenya: 'KE', eg: 'EG', egypt: 'EG', ma: 'MA', morocco: 'MA',
};

/** Two-letter codes are only trusted as countries when they are not also US state codes. */
export function countryCode(name: string): string | null {
  const key = name.trim().toLowerCase().replace(/\s+/g, ' ');
  return COUNTRY_ALIASES[key] ?? null;
}

/** Regions wider than a country, kept as `region` (and no country). */
// prettier-ignore
export const WIDE_REGIONS = [
  'europe', 'eu', 'emea', 'apac', 'latam', 'americas', 'north america', 'south america',
  'latin america', 'asia', 'africa', 'oceania', 'middle east', 'european union', 'nordics', 'cet',
  'est', 'pst', 'us timezones', 'global',
];
