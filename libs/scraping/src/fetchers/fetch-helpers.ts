import { PermanentError } from '@app/contracts';
import { HttpStatusError } from '../http/errors';
import type { ScrapeQuery, SourceName } from '../types';
import type { FetchedBody, FetcherDeps } from './fetcher.types';

const MAX_PAGES_CAP = 20;

/** The URL on the source's real origin, or on its override when one is configured. */
export function sourceUrl(
  deps: FetcherDeps,
  source: SourceName,
  realOrigin: string,
  pathAndQuery: string,
): string {
  const base = (deps.baseUrls?.[source] ?? realOrigin).replace(/\/+$/, '');
  return `${base}${pathAndQuery}`;
}

export function pageCount(deps: FetcherDeps, query: ScrapeQuery): number {
  const n = query.maxPages ?? deps.defaultMaxPages ?? 3;
  return Math.max(1, Math.min(MAX_PAGES_CAP, Math.floor(n)));
}

export function slug(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function requireBoard(source: SourceName, query: ScrapeQuery): string {
  const board = query.board?.trim();
  if (!board)
    throw new PermanentError(`${source} needs a board slug (query.board), e.g. "vercel"`, 'invalid');
  if (!/^[\w.-]+$/.test(board))
    throw new PermanentError(`${source}: invalid board slug ${JSON.stringify(board)}`, 'invalid');
  return board;
}

export function qs(params: Record<string, string | number | undefined>): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') p.set(k, String(v));
  return p.toString();
}

/** A GET through the HTTP client, or a render through the browser when the source is set to use it. */
export async function getPage(
  deps: FetcherDeps,
  source: SourceName,
  url: string,
  init: { headers?: Record<string, string>; waitFor?: string; signal?: AbortSignal } = {},
): Promise<FetchedBody> {
  const viaBrowser = deps.browser && (deps.useBrowser?.[source] ?? source === 'wellfound');
  if (viaBrowser) {
    const page = await deps.browser!.fetchRendered(source, url, {
      waitFor: init.waitFor,
      waitUntil: 'domcontentloaded',
    });
    return { url: page.url, body: page.html, contentType: 'text/html' };
  }
  const res = await deps.http.fetch(source, url, { headers: init.headers, signal: init.signal });
  return { url: res.url, body: res.body, contentType: res.contentType };
}

/**
 * Fetches numbered result pages until `max`, a page that links to no next page, or a 404 after the
 * first page (boards answer 404 past the last page).
 */
export async function fetchPages(
  max: number,
  urlFor: (pageIndex: number) => string,
  get: (url: string) => Promise<FetchedBody>,
  hasNext: (body: FetchedBody, pageIndex: number) => boolean,
): Promise<FetchedBody[]> {
  const out: FetchedBody[] = [];
  for (let i = 0; i < max; i++) {
    let page: FetchedBody;
    try {
      page = await get(urlFor(i));
    } catch (e) {
      if (i > 0 && e instanceof HttpStatusError && e.status === 404) break;
      throw e;
    }
    out.push(page);
    if (!hasNext(page, i)) break;
  }
  return out;
}
