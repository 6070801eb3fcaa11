export * from './fetcher.types';
export * from './fetcher-registry';
export { fetchPages, getPage, pageCount, slug, sourceUrl } from './fetch-helpers';
export { INDEED_JOB_SEARCH_QUERY } from './indeed.graphql';
