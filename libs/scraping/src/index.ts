export * from './types';
export * from './normalize';
// TODO(parsers): add `export * from './sources';` once libs/scraping/src/sources/index.ts exists.
export * from './http';
export * from './browser';
export * from './fetchers';
export * from './pool';
export * from './dedup';
