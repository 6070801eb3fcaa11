export * from './config.schema';
export * from './config.module';
export * from './duration';
export * from './load-config';
