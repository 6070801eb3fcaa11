export * from './worker-embedder';
