export * from './values';
export * from './job-builder';
export * from './json-ld';
export * from './html';
