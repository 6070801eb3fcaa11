export * from './reranker';
