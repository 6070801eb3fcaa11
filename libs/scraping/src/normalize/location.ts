import type { LocationType } from '../types';
import { CA_PROVINCES, US_STATES, WIDE_REGIONS, countryCode } from './places';

export interface ParsedLocation {
  /** The place with work-mode words removed ("Hybrid - Austin, TX" → "Austin, TX"); "Remote" when only that. */
  location: string | null;
  location_type: LocationType | null;
  /** ISO 3166-1 alpha-2 when known. */
  country?: string;
  city?: string;
  /** State, province or a region wider than a country ("Europe"). */
  region?: string;
}

export interface LocationHints {
  /** The source's own remote flag (RemoteOK, Ashby isRemote, Dice isRemote...). */
  remote?: boolean | null;
  /** The source's own work-mode field, used when the text names no mode. */
  type?: LocationType | null;
  /** Country code the source gives separately (Lever `country`, Ashby address). */
  country?: string | null;
}

const REMOTE_RE =
  /\b(?:remote|anywhere|worldwide|work\s*from\s*home|wfh|distributed|telecommute|home[-\s]based)\b/i;
const HYBRID_RE = /\bhybrid\b/i;
const ONSITE_RE = /\b(?:on-?\s?site|in[-\s]office|in[-\s]person|office[-\s]based)\b/i;
const MODE_WORDS_RE =
  /\b(?:fully\s+|100%\s+)?(?:(?:remote|hybrid)\s+work(?:\s+in)?|remote(?:[-\s](?:first|friendly|ok|okay|only|eligible))?|hybrid|on-?\s?site|in[-\s]office|in[-\s]person|office[-\s]based|work\s*from\s*home|wfh|telecommute)\b/gi;
const EDGE_JUNK_RE = /^[\s\-–—/|,:;()+&]+|[\s\-–—/|,:;()+&]+$/g;
const GLOBAL_WORDS: Record<string, string> = {
  anywhere: 'Anywhere',
  worldwide: 'Worldwide',
  global: 'Global',
};

/**
 * Work mode named in the text. Hybrid wins over remote ("Remote or hybrid" is not fully remote);
 * remote wins over on-site ("NYC office / Remote" allows remote work).
 */
export function detectLocationType(text: string): LocationType | null {
  if (HYBRID_RE.test(text)) return 'hybrid';
  if (REMOTE_RE.test(text)) return 'remote';
  if (ONSITE_RE.test(text)) return 'onsite';
  return null;
}

// Comma-separated notes that are not places ("Remote, PT/ET hours preferred").
const NOT_PLACE_RE =
  /\b(?:hours?|preferred|time\s*zones?|timezones?|overlap|required|visa|relocation|full[-\s]?time|part[-\s]?time|contract|flexible)\b/i;

function stripModeWords(text: string): string {
  const kept = text.split(',').filter((part) => !NOT_PLACE_RE.test(part));
  let place = kept
    .join(',')
    .replace(MODE_WORDS_RE, ' ')
    .replace(/\(\s*\)/g, ' ');
  place = place.replace(/^\s*(?:in|from|within|based\s+in|or|and)\s+/i, '');
  place = place.replace(/\s+(?:or|and|in)\s*$/i, '');
  // "(US)" left alone after removing "Remote": drop the brackets.
  const bracketed = /^\s*\(([^()]*)\)\s*$/.exec(place);
  if (bracketed?.[1] !== undefined) place = bracketed[1];
  // US ZIP codes ("Chicago, IL 60606") add nothing a job search uses.
  place = place.replace(/\b([A-Z]{2})\s+\d{5}(?:-\d{4})?\b/g, '$1');
  return place.replace(/\s+/g, ' ').replace(EDGE_JUNK_RE, '').replace(/\s+,/g, ',').trim();
}

type PlaceParts = Pick<ParsedLocation, 'country' | 'city' | 'region'>;

// US state codes win over country codes (CA is California on a US board); country codes win over
// Canadian province codes ("Amsterdam, NL" is the Netherlands, "Toronto, ON" stays Ontario).
function fromTwoParts(first: string, last: string): PlaceParts {
  if (US_STATES[last]) return { city: first, region: last, country: 'US' };
  const usState = Object.entries(US_STATES).find(([, name]) => name.toLowerCase() === last.toLowerCase());
  if (usState) return { city: first, region: last, country: 'US' };
  const country = countryCode(last);
  if (country) return { city: first, country };
  if (CA_PROVINCES[last]) return { city: first, region: last, country: 'CA' };
  return { city: first, region: last };
}

// Shorthands boards and HN posters use for a few big metros.
const CITY_ALIASES: Record<string, PlaceParts> = {
  nyc: { city: 'New York', region: 'NY', country: 'US' },
  sf: { city: 'San Francisco', region: 'CA', country: 'US' },
  'sf bay area': { city: 'San Francisco Bay Area', region: 'CA', country: 'US' },
  'bay area': { city: 'San Francisco Bay Area', region: 'CA', country: 'US' },
  'san francisco bay area': { city: 'San Francisco Bay Area', region: 'CA', country: 'US' },
  la: { city: 'Los Angeles', region: 'CA', country: 'US' },
  dc: { city: 'Washington', region: 'DC', country: 'US' },
};

/** City / region / country from the first place in "City, ST" or "City, Region, Country" form. */
export function parsePlace(place: string): PlaceParts {
  const firstPlace = place.split(/\s*(?:;|\s\/\s|\||&|\bor\b|\band\b)\s*/i)[0] ?? '';
  if (/^(?:\d+|multiple|various|several)\s+locations?$/i.test(firstPlace) || !firstPlace) return {};
  const alias = CITY_ALIASES[firstPlace.toLowerCase()];
  if (alias) return { ...alias };
  const parts = firstPlace
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  const [first, second] = parts;
  const last = parts[parts.length - 1];
  if (!first || !last) return {};
  if (parts.length === 1) {
    if (GLOBAL_WORDS[first.toLowerCase()]) return {};
    if (WIDE_REGIONS.includes(first.toLowerCase())) return { region: first };
    const country = countryCode(first);
    return country ? { country } : { city: first };
  }
  if (parts.length === 2 && second) return fromTwoParts(first, second);
  const country = countryCode(last);
  return { city: first, region: parts[parts.length - 2], ...(country ? { country } : {}) };
}

function modeFromHints(hints: LocationHints): LocationType | null {
  if (hints.type) return hints.type;
  return hints.remote ? 'remote' : null;
}

/** Cleans a location string and reads its work mode and place parts. */
export function parseLocation(text: string | null | undefined, hints: LocationHints = {}): ParsedLocation {
  const raw = (text ?? '').replace(/[\u00A0\s]+/g, ' ').trim();
  const named = raw ? detectLocationType(raw) : null;
  // A source's explicit hybrid/on-site flag is more specific than a bare "remote" in the text.
  const location_type = named ?? modeFromHints(hints);
  const place = stripModeWords(raw);
  const global = GLOBAL_WORDS[place.toLowerCase()];
  const location = global ?? (place || (location_type === 'remote' ? 'Remote' : null));
  const parts = place ? parsePlace(place) : {};
  const country = parts.country ?? hints.country?.toUpperCase() ?? undefined;
  return {
    location,
    location_type,
    ...(parts.city ? { city: parts.city } : {}),
    ...(parts.region ? { region: parts.region } : {}),
    ...(country && /^[A-Z]{2}$/.test(country) ? { country } : {}),
  };
}
