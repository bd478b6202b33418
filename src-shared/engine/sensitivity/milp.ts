/** A mixed-integer linear program, as the engine hands it to a solver. The engine stays pure:
 * the host passes a `MilpSolver` (the service's is HiGHS, src-main/service/milpSolver.ts), and
 * without one the engine does without (rank-bounds.ts then keeps its certificate and search).
 *
 *     minimise or maximise  Σ cost[k]·x[k]
 *     subject to            rows[r].lower ≤ Σ rows[r].values[t]·x[rows[r].columns[t]] ≤ rows[r].upper
 *                           lower[k] ≤ x[k] ≤ upper[k],  x[k] integer where integer[k]
 */
export interface MilpModel {
  sense: 'min' | 'max';
  cost: number[];
  lower: number[];
  upper: number[];
  integer: boolean[];
  rows: MilpRow[];
  /** What the caller reads: 'bound' when the solver's bound is the answer and a point only a
   * bonus (the solver may then skip the heuristics that only look for points); 'point' (the
   * default) when the point found matters too. */
  emphasis?: 'bound' | 'point';
}

export interface MilpRow {
  columns: number[];
  values: number[];
  lower: number;
  upper: number;
}

/** What a solver found. `bound` is the solver's proven bound on the optimum (for a minimum, no
 * feasible point does better than it; for a maximum, none does more), which holds even when a
 * node limit stopped the search; `x` is the best point found (null when none was). */
export interface MilpSolution {
  status: 'optimal' | 'limit' | 'infeasible' | 'failed';
  x: Float64Array | null;
  objective: number;
  bound: number;
}

export type MilpSolver = (model: MilpModel) => MilpSolution;
