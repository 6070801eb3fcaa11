import { SOURCE_NAMES, type SourceName } from '../types';
import { ashbyFetcher } from './ashby.fetcher';
import { builtinFetcher } from './builtin.fetcher';
import { diceFetcher } from './dice.fetcher';
import type { FetcherDeps, FetcherFactory, SourceFetcher } from './fetcher.types';
import { greenhouseFetcher } from './greenhouse.fetcher';
import { hackernewsFetcher } from './hackernews.fetcher';
import { indeedFetcher } from './indeed.fetcher';
import { leverFetcher } from './lever.fetcher';
import { remoteokFetcher } from './remoteok.fetcher';
import { wellfoundFetcher } from './wellfound.fetcher';
import { ycombinatorFetcher } from './ycombinator.fetcher';

export const FETCHER_FACTORIES: Readonly<Record<SourceName, FetcherFactory>> = {
  indeed: indeedFetcher,
  dice: diceFetcher,
  wellfound: wellfoundFetcher,
  ycombinator: ycombinatorFetcher,
  builtin: builtinFetcher,
  greenhouse: greenhouseFetcher,
  lever: leverFetcher,
  ashby: ashbyFetcher,
  remoteok: remoteokFetcher,
  hackernews: hackernewsFetcher,
};

export function createFetcher(source: SourceName, deps: FetcherDeps): SourceFetcher {
  return FETCHER_FACTORIES[source](deps);
}

/** Every source's fetcher sharing one HTTP client (and browser): one rate limiter, one set of jars. */
export function createFetchers(deps: FetcherDeps): Record<SourceName, SourceFetcher> {
  return Object.fromEntries(SOURCE_NAMES.map((s) => [s, createFetcher(s, deps)])) as Record<
    SourceName,
    SourceFetcher
  >;
}
