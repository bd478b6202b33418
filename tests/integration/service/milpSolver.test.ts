import { beforeAll, describe, expect, it } from 'vitest';
import { loadMilpSolver } from '../../../src-main/service/milpSolver';
import type { MilpModel, MilpSolver } from '../../../src-shared/engine';

// The service's solver (HiGHS) on programs small enough to work by hand.

let solve: MilpSolver;
beforeAll(async () => {
  solve = await loadMilpSolver();
});

/** max x + y subject to 2x + 2y ≤ 3, 0 ≤ x, y ≤ 5. */
function pair(integer: boolean): MilpModel {
  return {
    sense: 'max',
    cost: [1, 1],
    lower: [0, 0],
    upper: [5, 5],
    integer: [integer, integer],
    rows: [{ columns: [0, 1], values: [2, 2], lower: -Infinity, upper: 3 }],
  };
}

describe('the HiGHS solver behind the exact rank programs', () => {
  it('solves the linear relaxation and the integer program (hand-worked: 1.5 and 1)', () => {
    const lp = solve(pair(false));
    expect(lp.status).toBe('optimal');
    expect(lp.objective).toBeCloseTo(1.5, 9);
    expect(lp.bound).toBeCloseTo(1.5, 9);
    const mip = solve(pair(true));
    expect(mip.status).toBe('optimal');
    expect(mip.objective).toBeCloseTo(1, 9);
    expect(mip.bound).toBeLessThan(2);
    const [x, y] = mip.x!;
    expect(Math.round(x) + Math.round(y)).toBe(1);
    expect(2 * x + 2 * y).toBeLessThanOrEqual(3 + 1e-9);
  });

  it('proves the same optimum when asked for the bound first (heuristics that only seek points off)', () => {
    // A knapsack worked by hand: values 6, 5, 4, 3 and weights 5, 4, 3, 2 within 9 → items
    // 1, 3 and 4 (weights 4 + 3 + 2) are worth 12, and nothing within 9 is worth more.
    const knapsack: MilpModel = {
      sense: 'max',
      cost: [6, 5, 4, 3],
      lower: [0, 0, 0, 0],
      upper: [1, 1, 1, 1],
      integer: [true, true, true, true],
      rows: [{ columns: [0, 1, 2, 3], values: [5, 4, 3, 2], lower: -Infinity, upper: 9 }],
    };
    for (const emphasis of ['bound', 'point'] as const) {
      const out = solve({ ...knapsack, emphasis });
      expect(out.status).toBe('optimal');
      expect(out.bound).toBeCloseTo(12, 9);
      expect(out.objective).toBeCloseTo(12, 9);
    }
  });

  it('minimises with equality rows and unbounded columns (hand-worked: 3x + y with x + y = 2, x ≥ 0.5 → 3 at x = 0.5, y = 1.5)', () => {
    const out = solve({
      sense: 'min',
      cost: [3, 1],
      lower: [0.5, 0],
      upper: [Infinity, Infinity],
      integer: [false, false],
      rows: [{ columns: [0, 1], values: [1, 1], lower: 2, upper: 2 }],
    });
    expect(out.status).toBe('optimal');
    expect(out.objective).toBeCloseTo(3, 9);
    expect(out.x![0]).toBeCloseTo(0.5, 9);
  });

  it('says infeasible, with no point, when the rows contradict each other', () => {
    const out = solve({
      sense: 'min',
      cost: [1],
      lower: [0],
      upper: [10],
      integer: [true],
      rows: [
        { columns: [0], values: [1], lower: 2, upper: Infinity },
        { columns: [0], values: [1], lower: -Infinity, upper: 1 },
      ],
    });
    expect(out.status).toBe('infeasible');
    expect(out.x).toBeNull();
  });

  it('says failed, without throwing, when HiGHS refuses the model (a cost that is not a number)', () => {
    const out = solve({ ...pair(false), cost: [NaN, 1] });
    expect(out).toMatchObject({ status: 'failed', x: null });
    expect(out.bound).toBeNaN();
  });
});
