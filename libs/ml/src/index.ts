export * from './embedding';
export * from './rerank';
export * from './search';
export * from './skills';
