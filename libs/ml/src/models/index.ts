export * from './model-files';
