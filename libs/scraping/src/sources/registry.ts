import { PermanentError } from '@app/contracts';
import { SOURCE_NAMES, type SourceName, type SourceParser } from '../types';
import { ashbyParser } from './ashby/ashby.parser';
import { builtinParser } from './builtin/builtin.parser';
import { diceParser } from './dice/dice.parser';
import { greenhouseParser } from './greenhouse/greenhouse.parser';
import { hackernewsParser } from './hackernews/hackernews.parser';
import { indeedParser } from './indeed/indeed.parser';
import { leverParser } from './lever/lever.parser';
import { remoteokParser } from './remoteok/remoteok.parser';
import { wellfoundParser } from './wellfound/wellfound.parser';
import { ycombinatorParser } from './ycombinator/ycombinator.parser';

/** One parser per source name. */
export const PARSERS: Readonly<Record<SourceName, SourceParser>> = {
  indeed: indeedParser,
  dice: diceParser,
  wellfound: wellfoundParser,
  ycombinator: ycombinatorParser,
  builtin: builtinParser,
  greenhouse: greenhouseParser,
  lever: leverParser,
  ashby: ashbyParser,
  remoteok: remoteokParser,
  hackernews: hackernewsParser,
};

export function isSourceName(name: string): name is SourceName {
  return (SOURCE_NAMES as readonly string[]).includes(name);
}

/** The parser for a source name; PermanentError (kind not_found) for an unknown name. */
export function getParser(source: string): SourceParser {
  if (!isSourceName(source)) {
    throw new PermanentError(`unknown source "${source}" (known: ${SOURCE_NAMES.join(', ')})`, 'not_found');
  }
  return PARSERS[source];
}

export type BodyShape = 'json' | 'html' | 'empty' | 'text';

/** What kind of body this is, before any parser looks at it. */
export function detectShape(body: string): BodyShape {
  const t = body.replace(/^\uFEFF/, '').trimStart();
  if (t === '') return 'empty';
  if (t.startsWith('{') || t.startsWith('[')) return 'json';
  if (t.startsWith('<')) return 'html';
  return 'text';
}

// Markers that only one board's pages or responses carry; checked in order.
const SOURCE_MARKERS: ReadonlyArray<[SourceName, RegExp]> = [
  ['indeed', /mosaic-provider-jobcards|"jobSearch"\s*:\s*\{/],
  ['wellfound', /"jobSearchResults"|JobListingSearchResult|wellfound\.com/],
  ['ycombinator', /WaasShowJobs?Page|ycombinator\.com\/companies/],
  ['builtin', /data-id="job-card"|builtin\.com\/job\//],
  ['dice', /dice\.com\/job-detail|"detailsPageUrl"/],
  ['greenhouse', /greenhouse\.io/],
  ['lever', /jobs\.lever\.co/],
  ['ashby', /ashbyhq\.com/],
  ['remoteok', /remoteok\.com/i],
  ['hackernews', /"comment_text"|Ask HN: Who is hiring/],
];

/** Guesses the source of a saved page or response (for imports without --source); null when unsure. */
export function detectSource(body: string): SourceName | null {
  const head = body.slice(0, 200_000);
  for (const [source, marker] of SOURCE_MARKERS) if (marker.test(head)) return source;
  return null;
}
