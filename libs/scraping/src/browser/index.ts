export * from './browser-client';
export * from './cookies';
