export * from './text-embedder';
