export * from './errors';
export * from './envelope';
export * from './event-definition';
export * from './streams';
export * from './consumers';
export * from './events';
export * from './pipeline-consumers';
