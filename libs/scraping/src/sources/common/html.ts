import { load, type CheerioAPI } from 'cheerio';
import { PermanentError } from '@app/contracts';
import type { SourceName } from '../../types';

/** Loads an HTML page; a JSON body (or anything without markup) is the wrong input for an HTML parser. */
export function loadHtml(body: string, source: SourceName): CheerioAPI {
  const trimmed = body.trim();
  if (trimmed === '') throw new PermanentError(`${source}: empty body`);
  if (/^[[{]/.test(trimmed)) throw new PermanentError(`${source}: expected an HTML page but the body is JSON`);
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
