import type { LocationType } from '../../types';
import { decodeEntities } from '../../normalize/text';
import { arr, isRecord, num, rec, str, type Json, type RawJob } from '../common';

const REMOTE_KIND: Record<string, LocationType> = {
  REMOTE: 'remote',
  // Wellfound's "on site or remote": remote work is allowed, so remote-seekers should see it.
  ONSITE_OR_REMOTE: 'remote',
  HYBRID: 'hybrid',
  ONSITE: 'onsite',
};

/** Apollo caches wrap JSON scalars as `{ type: 'json', json: [...] }`; GraphQL returns the array. */
function jsonArray(value: unknown): string[] {
  const list = Array.isArray(value) ? value : arr(rec(value).json);
  return list.map(str).filter((s): s is string => !!s);
}

/** One `JobListingSearchResult` (GraphQL or Apollo cache) of a startup → RawJob. */
export function listingToRaw(listing: Json, startup: Json): RawJob {
  const id = str(listing.id);
  const slug = str(listing.slug);
  const kind = str(rec(listing.remoteConfig).kind)?.toUpperCase() ?? '';
  const compensation = str(listing.compensation);
  const description = str(listing.description);
  return {
    title: str(listing.title),
    company: str(startup.name),
    location: jsonArray(listing.locationNames).join(' / ') || null,
    locationHints: { type: REMOTE_KIND[kind] ?? null, remote: listing.remote === true },
    // "$130k – $200k • 0.15% – 0.8%": the equity part is ignored; equity-only gives no salary.
    salaryText: compensation,
    salaryOptions: { defaultPeriod: 'year' },
    // Markdown with HTML entities left in ("Up&amp;Up").
    descriptionText: description ? decodeEntities(description) : null,
    posted: num(listing.liveStartAt),
    url: id ? `https://wellfound.com/jobs/${id}${slug ? `-${slug}` : ''}` : null,
    externalId: id,
  };
}

/** GraphQL search: `data.talent.jobSearchResults.startups.edges[].node.highlightedJobListings[]`. */
export function fromGraphql(data: Json): RawJob[] | null {
  const results = rec(rec(rec(data.data).talent).jobSearchResults);
  const edges = rec(results.startups).edges;
  if (!Array.isArray(edges)) return null;
  return edges.flatMap((edge) => {
    const node = rec(rec(edge).node);
    return arr(node.highlightedJobListings)
      .filter(isRecord)
      .map((l) => listingToRaw(l, node));
  });
}

/**
 * Apollo state from `__NEXT_DATA__` (`props.pageProps.apolloState.data`): a flat cache where startups
 * (`StartupResult:<id>`) point at their listings through `{ __ref }` entries.
 */
export function fromApolloState(nextData: unknown): RawJob[] | null {
  const cache = rec(rec(rec(rec(nextData).props).pageProps).apolloState).data;
  if (!isRecord(cache)) return null;
  const deref = (v: unknown): Json => {
    const ref = str(rec(v).__ref);
    return ref ? rec(cache[ref]) : rec(v);
  };
  const raws: RawJob[] = [];
  for (const entry of Object.values(cache)) {
    const startup = rec(entry);
    if (!/^Startup(Search)?Result$/.test(str(startup.__typename) ?? '')) continue;
    const listingsKey = Object.keys(startup).find((k) => k.startsWith('highlightedJobListings'));
    const listings = listingsKey ? arr(startup[listingsKey]) : [];
    for (const l of listings) raws.push(listingToRaw(deref(l), startup));
  }
  return raws;
}
