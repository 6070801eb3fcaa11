export * from './currency';
export * from './salary';
export * from './salary-bounds';
export * from './location';
export * from './places';
export * from './posted-date';
export * from './text';
export * from './company';
