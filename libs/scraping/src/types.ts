import { SOURCE_NAMES } from '@app/contracts';

export { SOURCE_NAMES };
export type SourceName = (typeof SOURCE_NAMES)[number];

export type LocationType = 'remote' | 'hybrid' | 'onsite';
export type SalaryPeriod = 'year' | 'month' | 'week' | 'day' | 'hour';

/** One posting as a parser returns it: the shape `npm run scrape -- parse` prints. */
export interface NormalizedJob {
  title: string;
  company: string;
  location: string | null;
  location_type: LocationType | null;
  salary_min: number | null;
  salary_max: number | null;
  salary_currency: string | null;
  salary_period: SalaryPeriod | null;
  salary_text: string | null;
  description: string;
  /** ISO date (YYYY-MM-DD), resolved against the scrape time when the page says "2 days ago". */
  posted_date: string | null;
  url: string;
  /** The employer's own apply link when the page gives one (preferred by dedup). */
  apply_url?: string | null;
  source: SourceName;
  external_id: string;
}

export interface ParseContext {
  /** Where the body came from; parsers use it for relative links and slug-derived company names. */
  url?: string;
  /** Relative dates resolve against this. */
  scrapedAt: Date;
}

/** A pure function from a saved page or API response to jobs. Throws PermanentError on a body it cannot read. */
export interface SourceParser {
  readonly source: SourceName;
  parse(body: string, ctx: ParseContext): NormalizedJob[];
}

/** What a scrape task asks of a source. */
export interface ScrapeQuery {
  keywords: string;
  location?: string;
  remote?: boolean;
  /** Board slug for Greenhouse, Lever and Ashby (e.g. "vercel"); company slug for YC. */
  board?: string;
  maxPages?: number;
}
