export * from './semaphore';
export * from './scrape-worker-pool';
