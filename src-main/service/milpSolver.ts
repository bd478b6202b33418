import loadHighs from 'highs';
import type { MilpModel, MilpSolution, MilpSolver } from '../../src-shared/engine/sensitivity/milp';

/** Branch-and-bound nodes one program may use. A count, not a clock, so a result depends only
 * on its input; when it runs out, the solver's bound still holds (the end is then reported
 * unproven rather than wrong). */
const MAX_NODES = 2_000;

/** Off for a program whose bound is the answer: these heuristics search for better points
 * (around the relaxation's solution, in a reduced problem) and took about 60% of the time of
 * the rank programs' relaxed limit on the demo county (±20%: 8.4 s → 3.0 s for the same
 * bound), while the bound comes from the relaxation, cuts and branching, which stay. */
const BOUND_FIRST = { mip_heuristic_run_rins: false, mip_heuristic_run_rens: false, mip_heuristic_run_root_reduced_cost: false };

/** A solver for the engine's mixed-integer programs: HiGHS (compiled to WebAssembly, single
 * threaded, deterministic), loaded once. */
export async function loadMilpSolver(): Promise<MilpSolver> {
  const highs = await loadHighs();
  const inf = (v: number) => (v === Infinity ? highs.infinity : v === -Infinity ? -highs.infinity : v);
  const { modelStatus, objectiveSense, variableType } = highs.constants;
  // A solver error (HiGHS refusing a model, running out of memory) is an answer the engine
  // knows: no bound, no point. It then keeps its certificate's limits.
  return (model: MilpModel): MilpSolution => {
    try {
      return run(model);
    } catch {
      return { status: 'failed', x: null, objective: NaN, bound: NaN };
    }
  };

  function run(model: MilpModel): MilpSolution {
    const numCols = model.cost.length;
    const numRows = model.rows.length;
    const starts = new Int32Array(numRows + 1);
    model.rows.forEach((r, k) => (starts[k + 1] = starts[k] + r.columns.length));
    const indices = new Int32Array(starts[numRows]);
    const values = new Float64Array(starts[numRows]);
    model.rows.forEach((r, k) => {
      indices.set(r.columns, starts[k]);
      values.set(r.values, starts[k]);
    });
    const solver = highs.createModel({
      numCols,
      numRows,
      sense: model.sense === 'max' ? objectiveSense.maximize : objectiveSense.minimize,
      colCost: model.cost,
      colLower: model.lower.map(inf),
      colUpper: model.upper.map(inf),
      rowLower: model.rows.map((r) => inf(r.lower)),
      rowUpper: model.rows.map((r) => inf(r.upper)),
      matrix: { format: 'csr', numRows, numCols, starts, indices, values },
      integrality: model.integer.map((int) => (int ? variableType.integer : variableType.continuous)),
    });
    try {
      // The objective counts units: a gap below 1 is optimal, so no relative gap is allowed.
      solver.options.set({
        output_flag: false,
        mip_rel_gap: 0,
        mip_max_nodes: MAX_NODES,
        presolve: 'off',
        ...(model.emphasis === 'bound' ? BOUND_FIRST : {}),
      });
      solver.run();
      const status = solver.getModelStatus();
      const hasPoint = Number(solver.info.get('primal_solution_status')) === 2;
      const objective = hasPoint ? solver.getObjectiveValue() : NaN;
      // A program without integers is an LP: its optimum is its bound (HiGHS leaves the MIP
      // bound at 0 there).
      const dual = model.integer.some(Boolean) ? Number(solver.info.get('mip_dual_bound')) : NaN;
      const bound = Number.isFinite(dual) ? dual : status === modelStatus.optimal ? objective : NaN;
      return {
        status:
          status === modelStatus.optimal
            ? 'optimal'
            : status === modelStatus.infeasible
              ? 'infeasible'
              : hasPoint || Number.isFinite(dual)
                ? 'limit'
                : 'failed',
        x: hasPoint ? Float64Array.from(solver.getSolution().colValue) : null,
        objective,
        bound,
      };
    } finally {
      solver.dispose();
    }
  }
}

let loaded: Promise<MilpSolver | undefined> | null = null;
/** The one solver of this process, loaded on first use (the WebAssembly module is ~3 MB);
 * undefined when it cannot be loaded (the engine then does without, and a later call tries
 * again). */
export function milpSolver(): Promise<MilpSolver | undefined> {
  return (loaded ??= loadMilpSolver().catch(() => {
    loaded = null;
    return undefined;
  }));
}
