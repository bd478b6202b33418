import { describe, expect, it } from 'vitest';
import { goalCompletion } from '../../../../src-shared/engine/process';
import type { Goal, GoalStatus } from '../../../../src-shared/model';

let seq = 0;
const goal = (unit: string, status: GoalStatus, period = '2025'): Goal => ({
  unit, period, code: `G${++seq}`, title: 't', indicator: null, target: null, actual: null, status, verifiedBy: null, note: null,
});

describe('goalCompletion', () => {
  const goals: Goal[] = [
    // U1: 3 done, 1 partial, 1 dropped -> 100 × 3 / (5 − 1) = 75.
    goal('U1', 'done'), goal('U1', 'done'), goal('U1', 'partial'), goal('U1', 'dropped'), goal('U1', 'done'),
    // U2: 1 done, 1 missed, 1 set (still only set at the period's end) -> 100 × 1 / 3.
    goal('U2', 'done'), goal('U2', 'missed'), goal('U2', 'set'),
    // U3: every goal dropped -> nothing to complete: missing.
    goal('U3', 'dropped'), goal('U3', 'dropped'),
    // U4: 2 of 2 done -> 100.
    goal('U4', 'done'), goal('U4', 'done'),
    // Another period's goals do not count: U5 has none in 2025, U1's 2024 goal is ignored.
    goal('U5', 'done', '2024'), goal('U1', 'missed', '2024'),
  ];
  const c = goalCompletion(goals, '2025');

  it('counts only done goals, over the goals not dropped', () => {
    expect(c.get('U1')!.rate).toBe(75);
    expect(c.get('U2')!.rate).toBeCloseTo(100 / 3, 12);
    expect(c.get('U4')!.rate).toBe(100);
  });

  it('counts partial as not done: 1 done and 1 partial is 50%', () => {
    expect(goalCompletion([goal('U', 'done'), goal('U', 'partial')], '2025').get('U')!.rate).toBe(50);
  });

  it('gives the counts per status', () => {
    expect(c.get('U1')).toEqual({
      unit: 'U1', rate: 75, total: 5, counted: 4,
      byStatus: { set: 0, done: 3, partial: 1, missed: 0, dropped: 1 },
    });
    expect(c.get('U2')!.byStatus).toEqual({ set: 1, done: 1, partial: 0, missed: 1, dropped: 0 });
  });

  it('leaves units without goals out (missing, never 0) and gives NaN when all were dropped', () => {
    expect(c.has('U5')).toBe(false);
    expect(c.get('U3')!.rate).toBeNaN();
    expect(c.get('U3')).toMatchObject({ total: 2, counted: 0 });
    expect([...c.keys()]).toEqual(['U1', 'U2', 'U3', 'U4']);
    expect(goalCompletion(goals, '2023').size).toBe(0);
  });
});
