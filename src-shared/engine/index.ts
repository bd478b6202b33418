/** The scoring engine (pure): FORMAT.md's standard computation and its building blocks. */
export * from './types';
export * from './tree';
export * from './matrix';
export * from './normalise';
export * from './aggregate';
export * from './adjust';
export * from './rank';
export * from './explain';
export * from './score';
