/** The scoring engine (pure): the standard computation of docs/workbook-format.md and its
 * building blocks. */
export * from './types';
export * from './tree';
export * from './matrix';
export * from './normalise';
export * from './aggregate';
export * from './adjust';
export * from './rank';
export * from './explain';
export * from './score';
export * from './scheme';
export * from './scoring';
export * from './stats';
export * from './weights';
export * from './process';
export * from './results';
