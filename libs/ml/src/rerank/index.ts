export * from './reranker';
export * from './lexical-text';
export * from './lexical.reranker';
export * from './cross-encoder.reranker';
export * from './reranker.factory';
