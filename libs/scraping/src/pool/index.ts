export * from './semaphore';
export * from './scrape-worker-pool';
export * from './scraping-runtime';
