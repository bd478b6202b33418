/** What-if scenarios (issue 6): a base scheme with options laid over it, changed data values
 * and category moves, compared with the baseline. */
export * from './definition';
export * from './apply';
export * from './compare';
