export * from './embedding';
export * from './rerank';
export * from './search';
export * from './skills';
export * from './engine';
export * from './chunking';
export * from './matching';
export * from './embedding-worker';
