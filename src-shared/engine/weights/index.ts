/** Weights (issue 3): equal, AHP (with experts' geometric mean and the consistency check),
 * the objective methods (entropy, CRITIC, coefficient of variation), combined weights, and a
 * scheme's weights per unit category. Pure functions over the min-max [0, 1] matrix + mask
 * and over pairwise matrices (number[][]). */
export * from './types';
export * from './vector';
export * from './equal';
export * from './columns';
export * from './entropy';
export * from './critic';
export * from './cv';
export * from './objective';
export * from './combined';
export * from './saaty-scale';
export * from './random-index';
export * from './pairwise';
export * from './eigen';
export * from './consistency';
export * from './judgements';
export * from './ahp';
export * from './experts';
export * from './pairwise-table';
export * from './category';
