/**
 * Currency detection for salary strings: prefixed dollar symbols first (CA$ before $), then the
 * bare symbols, then ISO codes, then words. `$` alone means USD unless the caller says otherwise.
 */
const PREFIXED_DOLLARS: ReadonlyArray<[RegExp, string]> = [
  [/\b(?:CA|C)\$/i, 'CAD'],
  [/\b(?:AU|A)\$/i, 'AUD'],
  [/\bNZ\$/i, 'NZD'],
  [/\bUS\$/i, 'USD'],
  [/\bS\$/, 'SGD'],
  [/\bHK\$/i, 'HKD'],
  [/\bR\$/, 'BRL'],
  [/\bMX\$/i, 'MXN'],
];

const SYMBOLS: ReadonlyArray<[string, string]> = [
  ['€', 'EUR'],
  ['£', 'GBP'],
  ['₹', 'INR'],
  ['¥', 'JPY'],
  ['₩', 'KRW'],
  ['₽', 'RUB'],
  ['₺', 'TRY'],
  ['₪', 'ILS'],
  ['₱', 'PHP'],
  ['zł', 'PLN'],
];

// prettier-ignore
export const ISO_CURRENCIES = [
  'USD', 'EUR', 'GBP', 'CAD', 'AUD', 'NZD', 'INR', 'JPY', 'CHF', 'SEK', 'NOK', 'DKK', 'PLN', 'CZK',
  'HUF', 'RON', 'SGD', 'HKD', 'CNY', 'BRL', 'MXN', 'ZAR', 'ILS', 'TRY', 'AED', 'KRW', 'PHP', 'IDR',
  'NGN', 'KES', 'UAH', 'ARS', 'COP', 'CLP', 'VND', 'THB', 'MYR', 'PKR', 'EGP', 'RUB',
] as const;

const ISO_RE = new RegExp(`(?:^|[^A-Za-z])(${ISO_CURRENCIES.join('|')})(?![A-Za-z])`);

const WORDS: ReadonlyArray<[RegExp, string]> = [
  [/\beuros?\b/i, 'EUR'],
  [/\b(?:pounds?|sterling)\b/i, 'GBP'],
  [/\b(?:rupees?|lpa|lakhs?|lacs?|crores?)\b/i, 'INR'],
  [/\bdollars?\b/i, 'USD'],
  [/\bfrancs?\b/i, 'CHF'],
];

/** The currency a salary string names, or null when it names none. */
export function detectCurrency(text: string): string | null {
  for (const [re, code] of PREFIXED_DOLLARS) if (re.test(text)) return code;
  const iso = ISO_RE.exec(text);
  if (iso?.[1]) return iso[1];
  for (const [symbol, code] of SYMBOLS) if (text.includes(symbol)) return code;
  if (text.includes('$')) return 'USD';
  for (const [re, code] of WORDS) if (re.test(text)) return code;
  return null;
}
