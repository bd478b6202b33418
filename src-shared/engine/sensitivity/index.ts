/** Sensitivity and uncertainty analysis (issue 6, docs/sensitivity.md): Monte Carlo over
 * weights, stability intervals, one-at-a-time sweeps, goal seeking and rank bounds. */
export * from './prng';
export * from './quantiles';
export * from './weights';
export * from './monte-carlo';
export * from './stability';
export * from './goal-seek';
export * from './choices';
export * from './fractional';
export * from './rank-certificate';
export * from './rank-refine';
export * from './group-seed';
export * from './group-bound';
export * from './milp';
export * from './rank-exact';
export * from './rank-polish';
export * from './steps';
export * from './rank-bounds';
export * from './rank-prove';
