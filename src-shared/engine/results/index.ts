/** Results of a scoring scheme beyond the standard computation (issue 3, "Aggregation and
 * results" and "Shape for speed"): TOPSIS, grades with quotas and ties, the rescorer. The
 * aggregation kernels, the compiled tree and the scoring pipeline they share with score.ts
 * are internal. */
export { topsis, type TopsisResult } from './topsis';
export { assignGrades, checkGradeRules, type GradeAssignment, type GradeInputs } from './grades';
export { createRescorer, type Rescorer } from './rescorer';
