export * from './job-keys';
export * from './near-duplicate';
