import type { BrowserClient } from '../browser/browser-client';
import type { ScrapeHttpClient } from '../http/scrape-http-client';
import type { ScrapeQuery, SourceName } from '../types';

/** One raw response for the parser: the body and the URL it came from. */
export interface FetchedBody {
  url: string;
  body: string;
  contentType: string | null;
}

/** Builds the real request(s) for a query and returns raw bodies; parsing happens after. */
export interface SourceFetcher {
  readonly source: SourceName;
  fetch(query: ScrapeQuery, signal?: AbortSignal): Promise<FetchedBody[]>;
}

export interface FetcherDeps {
  http: ScrapeHttpClient;
  /** Needed only for sources rendered in a browser (see useBrowser). */
  browser?: BrowserClient;
  /**
   * Per-source base URL replacing the real origin(s), e.g. { greenhouse: 'http://127.0.0.1:4100' }:
   * the same paths and queries are requested there (tests, mirrors).
   */
  baseUrls?: Partial<Record<SourceName, string>>;
  /** Sources whose HTML pages go through the browser; defaults to wellfound only (when a browser is given). */
  useBrowser?: Partial<Record<SourceName, boolean>>;
  /** Keys some APIs want: Dice's search API (x-api-key), Indeed's GraphQL API (indeed-api-key). */
  apiKeys?: { dice?: string; indeed?: string };
  /** Pages per query when the query gives no maxPages (default 3; never more than 20). */
  defaultMaxPages?: number;
}

export type FetcherFactory = (deps: FetcherDeps) => SourceFetcher;
