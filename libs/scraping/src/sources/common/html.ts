import { load, type CheerioAPI } from 'cheerio';
import { PermanentError } from '@app/contracts';
import type { SourceName } from '../../types';

/** Loads an HTML page; a JSON body (or anything without markup) is the wrong input for an HTML parser. */
export function loadHtml(body: string, source: SourceName): CheerioAPI {
  const trimmed = body.trim();
  if (trimmed === '') throw new PermanentError(`${source}: empty body`);
  if (/^[[{]/.test(trimmed))
    throw new PermanentError(`${source}: expected an HTML page but the body is JSON`);
  if (!/<[a-z!]/i.test(trimmed)) throw new PermanentError(`${source}: body is not HTML`);
  return load(trimmed);
}

/** The `__NEXT_DATA__` payload of a Next.js page, or null when the page has none. */
export function readNextData($: CheerioAPI): unknown {
  const text = $('script#__NEXT_DATA__').first().text();
  if (!text.trim()) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

/**
 * The JSON object literal that follows `marker` in a script (e.g. `window.mosaic.providerData[…]=`),
 * found by matching braces outside strings. Null when the marker or a balanced object is missing.
 */
export function jsonAfter(text: string, marker: string): unknown {
  const at = text.indexOf(marker);
  if (at < 0) return null;
  const start = text.indexOf('{', at + marker.length);
  if (start < 0) return null;
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === '{') depth++;
    else if (ch === '}' && --depth === 0) {
      try {
        return JSON.parse(text.slice(start, i + 1)) as unknown;
      } catch {
        return null;
      }
    }
  }
  return null;
}
