/** The villages' goals of the latest year (Case A: 260 villages, 1,896 goals, 1,875 done). Each
 * village has 5-10 goals; the few not done fall mostly on villages with weak governance. The
 * goal completion indicator V6.1 of that year is then the villages' real completion rate. */
import type { Goal, GoalStatus, Indicator } from '../../src-shared/model';
import type { Village } from './county-units';
import { GOAL_TEMPLATES, STATUS_NOTES, type GoalContext, type GoalTemplate } from './goal-templates';
import { townshipCommittee } from './names';
import { finishValue, roundTo } from './numbers';
import type { Rng } from './random';
import type { ValueTable } from './value-table';

export const GOAL_TOTAL = 1896;
/** Goals not done (partial, missed, dropped): 1,896 − 1,875 in Case A. */
const NOT_DONE: readonly (readonly [GoalStatus, number])[] = [['partial', 12], ['missed', 6], ['dropped', 3]];
const MIN_GOALS = 5;
const MAX_GOALS = 10;
/** Relative frequencies of 5, 6, …, 10 goals per village. */
const COUNT_WEIGHTS = [0.12, 0.2, 0.24, 0.2, 0.14, 0.1];

/** Goals per village, then nudged one at a time until they add up to the total. */
function goalCounts(villages: readonly Village[], rng: Rng): number[] {
  const counts = villages.map(() => MIN_GOALS + rng.weightedIndex(COUNT_WEIGHTS));
  let sum = counts.reduce((a, b) => a + b, 0);
  while (sum !== GOAL_TOTAL) {
    const i = rng.int(0, villages.length - 1);
    if (sum > GOAL_TOTAL && counts[i] > MIN_GOALS) { counts[i]--; sum--; }
    if (sum < GOAL_TOTAL && counts[i] < MAX_GOALS) { counts[i]++; sum++; }
  }
  return counts;
}

/** Statuses of every goal slot: all done except a fixed number, at most two per village. */
function goalStatuses(villages: readonly Village[], counts: readonly number[], rng: Rng): GoalStatus[][] {
  const slots = villages.flatMap((v, i) => Array.from({ length: counts[i] }, (_, k) => ({ i, k, w: Math.exp(-0.9 * v.g) })));
  const wanted = NOT_DONE.reduce((a, [, n]) => a + n, 0);
  for (let attempt = 0; ; attempt++) {
    const r = rng.fork(`attempt-${attempt}`);
    const chosen = r.shuffle(r.weightedSample(slots.map((s) => s.w), wanted));
    const perVillage = new Map<number, number>();
    for (const c of chosen) perVillage.set(slots[c].i, (perVillage.get(slots[c].i) ?? 0) + 1);
    if ([...perVillage.values()].some((n) => n > 2)) continue;
    const statuses = counts.map((n) => Array.from({ length: n }, (): GoalStatus => 'done'));
    let next = 0;
    for (const [status, n] of NOT_DONE) {
      for (let j = 0; j < n; j++, next++) statuses[slots[chosen[next]].i][slots[chosen[next]].k] = status;
    }
    return statuses;
  }
}

function actualFor(template: GoalTemplate, target: number, ctx: GoalContext): number | null {
  const d = template.decimals ?? 0;
  const { rng, status } = ctx;
  if (status === 'dropped') return null;
  if (template.measured && template.indicator) return ctx.current(template.indicator) ?? null;
  if (template.binary) return status === 'done' ? 1 : 0;
  const grain = 10 ** -d;
  if (status === 'done') {
    const over = roundTo(target * (rng.chance(0.3) ? rng.uniform(1.02, 1.2) : 1), d);
    return Math.min(over, template.cap ?? Infinity);
  }
  const ratio = status === 'partial' ? rng.uniform(0.55, 0.95) : rng.uniform(0.1, 0.5);
  return roundTo(Math.min(target - grain, Math.max(0, target * ratio)), d);
}

export interface GoalPlan {
  villages: readonly Village[];
  year: string;
  previousYear: string;
  leaves: readonly Indicator[];
}

/** Generates the goals and writes the year's V6.1 (and raised values of linked indicators) into
 * the table, so goals and data agree. */
export function generateGoals(plan: GoalPlan, table: ValueTable, rng: Rng): Goal[] {
  const { villages, year, previousYear } = plan;
  const leaf = new Map(plan.leaves.map((l) => [l.code, l]));
  const counts = goalCounts(villages, rng.fork('counts'));
  const statuses = goalStatuses(villages, counts, rng.fork('statuses'));
  const goals: Goal[] = [];

  villages.forEach((v, i) => {
    const r = rng.fork(v.code);
    const base: Omit<GoalContext, 'status'> = {
      v,
      rng: r,
      current: (code) => table.get(year, v.code, code),
      previous: (code) => table.get(previousYear, v.code, code),
    };
    const pool = GOAL_TEMPLATES.filter((t) =>
      (!t.indicator || leaf.has(t.indicator))
      && (!t.categories || t.categories.includes(v.category))
      && (!t.fits || t.fits({ ...base, status: 'done' })));
    const picked = r.weightedSample(pool.map((t) => t.weight ?? 1), counts[i]).map((k) => pool[k]);
    const order = r.shuffle(picked);
    // A binary goal cannot be partly done: give 'partial' to a goal that can be.
    const st = statuses[i].slice();
    st.forEach((s, k) => {
      if (s !== 'partial' || !order[k].binary) return;
      const swap = order.findIndex((t, j) => !t.binary && st[j] === 'done');
      if (swap >= 0) [st[k], st[swap]] = [st[swap], st[k]];
    });

    order.forEach((template, k) => {
      const ctx: GoalContext = { ...base, status: st[k] };
      const target = template.target(ctx);
      const actual = actualFor(template, target, ctx);
      if (template.raises && template.indicator && st[k] === 'done' && actual !== null) {
        const now = table.get(year, v.code, template.indicator);
        const ind = leaf.get(template.indicator);
        const reached = template.binary ? (table.get(previousYear, v.code, template.indicator) ?? 0) + 1 : actual;
        if (ind && typeof now === 'number' && now < reached) table.set(year, v.code, template.indicator, finishValue(reached, ind));
      }
      const notes = st[k] === 'done' ? null : STATUS_NOTES[st[k] as keyof typeof STATUS_NOTES];
      goals.push({
        unit: v.code,
        period: year,
        code: `${v.code}-${year}-${String(k + 1).padStart(2, '0')}`,
        title: template.title(target, ctx),
        indicator: template.indicator,
        target,
        actual,
        status: st[k],
        verifiedBy: townshipCommittee(v.township.name),
        note: notes ? r.pick(notes) : actual !== null && actual >= target * 1.15 ? '超额完成' : null,
      });
    });

    const completion = leaf.get('V6.1');
    if (completion) {
      const done = st.filter((s) => s === 'done').length;
      table.set(year, v.code, 'V6.1', finishValue((100 * done) / st.length, completion));
    }
  });
  return goals;
}
