export * from './types';
export * from './normalize';
export * from './sources';
export * from './http';
export * from './browser';
export * from './fetchers';
export * from './pool';
export * from './dedup';
