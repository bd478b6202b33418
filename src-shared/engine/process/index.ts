/** Process assessment (过程考核) beside the per-period score: expert marks (R13), goal
 * completion from the goals sheet, and period weights (R5). Pure functions. */
export * from './marks';
export * from './goals';
export * from './periods';
