import { fixMojibake } from './text';

// Legal-form suffixes, matched at the end of the name (after commas and dots are dropped).
const LEGAL_SUFFIX_RE =
  /\s+(?:inc|incorporated|llc|l\s?l\s?c|ltd|limited|gmbh|corp|corporation|co|company|plc|ag|sa|s\s?a|bv|b\s?v|nv|pty|pty ltd|oy|ab|as|srl|sarl|sas|spa|kk|pvt|pvt ltd|private limited|lp|llp|ug|se)$/;

/**
 * The key for `companies.normalized_name`: lower case, legal forms (Inc, LLC, Ltd, GmbH, Corp...)
 * and punctuation around them removed, spaces collapsed. "Diode Computers, Inc." → "diode computers".
 * Dots inside a name ("modash.io") are kept: they are part of it.
 */
export function normalizeCompanyName(name: string | null | undefined): string {
  if (!name) return '';
  let s = fixMojibake(name)
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u00A0\s]+/g, ' ')
    .replace(/\s*\([^)]*\)\s*$/, '')
    .replace(/[,.]+(?=\s|$)/g, ' ')
    .replace(/["'`’]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  // Strip repeatedly: "Acme Holdings Pty Ltd", "Foo Co., Ltd."
  for (let i = 0; i < 3; i++) {
    const next = s.replace(LEGAL_SUFFIX_RE, '').trim();
    if (next === s || next === '') break;
    s = next;
  }
  return s;
}
