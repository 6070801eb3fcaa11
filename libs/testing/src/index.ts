export * from './test-config';
export * from './test-database';
export * from './wait-for';
export * from './test-nats';
export * from './nats-server-process';
export * from './api-client';
