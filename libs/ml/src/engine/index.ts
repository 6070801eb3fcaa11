export * from './search-documents';
export * from './search-engine';
export * from './search-engine.module';
