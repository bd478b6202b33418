import type { CallResult } from '../../src-shared/api';
import { formatScore } from '../lib/format';
import type { EChartsCoreOption } from './echarts';
import { CHART_FONT, MEANING } from './palette';

/** The waterfall of one unit's score (the explanation drawer): how each indicator's
 * contribution builds the base score, then how bonus, penalty, caps and the floor turn the base
 * into the total. Pure: an explanation in, an ECharts option out. */

export type Explanation = CallResult<'explain'>;

export type StepKind = 'contribution' | 'base' | 'bonus' | 'penalty' | 'adjustment' | 'total';

export interface WaterfallStep {
  /** Indicator or item code; `base`, `adjustment`, `total` for the others. */
  key: string;
  kind: StepKind;
  label: string;
  /** Where the bar starts and ends on the score axis (base and total bars start at 0). */
  start: number;
  end: number;
}

export interface WaterfallLabels {
  /** The name of an indicator or adjustment item, by code. */
  name: (code: string) => string;
  base: string;
  total: string;
  /** Caps on the bonus and penalty sums and the floor, where they changed the total. */
  adjustment: string;
}

/** Below this a gap between the summed steps and the reported total is rounding, not a cap. */
const EPSILON = 1e-9;

/** The steps, top to bottom:
 *
 *   1. every present leaf (score not missing), by contribution, largest first (tree order on
 *      ties), each from the running sum s to s + contribution, s starting at 0;
 *   2. the base bar, 0 → base (= the sum of step 1 when the explanation is additive);
 *   3. each bonus item with points > 0, base upwards, then each penalty item with points > 0,
 *      downwards (points after each item's own cap);
 *   4. where the total differs from base + Σ bonus − Σ penalty (the sum caps, the floor), one
 *      adjustment step to the total;
 *   5. the total bar, 0 → total.
 *
 * Veto items move no points: the drawer lists them. No steps for a unit without a base. */
export function waterfallSteps(e: Explanation, labels: WaterfallLabels): WaterfallStep[] {
  if (e.base === null) return [];
  const steps: WaterfallStep[] = [];
  const present = e.leaves
    .map((leaf, order) => ({ leaf, order }))
    .filter(({ leaf }) => leaf.score !== null)
    .sort((a, b) => b.leaf.contribution - a.leaf.contribution || a.order - b.order);
  let run = 0;
  for (const { leaf } of present) {
    steps.push({ key: leaf.code, kind: 'contribution', label: labels.name(leaf.code), start: run, end: run + leaf.contribution });
    run += leaf.contribution;
  }
  steps.push({ key: 'base', kind: 'base', label: labels.base, start: 0, end: e.base });
  run = e.base;
  for (const kind of ['bonus', 'penalty'] as const) {
    for (const item of e.items) {
      if (item.kind !== kind || !(item.points > 0)) continue;
      const end = kind === 'bonus' ? run + item.points : run - item.points;
      steps.push({ key: item.code, kind, label: labels.name(item.code), start: run, end });
      run = end;
    }
  }
  if (e.total !== null) {
    if (Math.abs(e.total - run) > EPSILON) steps.push({ key: 'adjustment', kind: 'adjustment', label: labels.adjustment, start: run, end: e.total });
    steps.push({ key: 'total', kind: 'total', label: labels.total, start: 0, end: e.total });
  }
  return steps;
}

const COLOUR: Record<StepKind, string> = {
  contribution: MEANING.contribution,
  base: MEANING.total,
  bonus: MEANING.gain,
  penalty: MEANING.loss,
  adjustment: MEANING.adjustment,
  total: MEANING.total,
};

/** Whether a step is drawn from 0 (a subtotal) rather than floating on the running sum. */
export const isSubtotal = (s: WaterfallStep): boolean => s.kind === 'base' || s.kind === 'total';

/** The number shown at a bar: a subtotal's value, a step's signed change (`+1.00`, `−0.50`;
 * contributions unsigned, as they all add). */
export function stepText(s: WaterfallStep): string {
  if (isSubtotal(s)) return formatScore(s.end);
  const d = s.end - s.start;
  if (s.kind === 'contribution') return formatScore(d);
  return d < 0 ? `−${formatScore(-d)}` : `+${formatScore(d)}`;
}

export interface WaterfallStyle {
  /** Base font size of the chart's text (larger in presentation mode). */
  fontSize?: number;
  /** Room for the category names on the left, in pixels. */
  labelWidth?: number;
}

/** Tooltips are HTML: a name like `<5% 的农户` must show as text. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Height that gives every step a readable bar at `fontSize`. */
export function waterfallHeight(steps: number, fontSize = 12): number {
  return 40 + steps * Math.round(fontSize * 1.6);
}

/** The ECharts option: a horizontal bar chart of the steps, top to bottom, as two stacked bar
 * series: an invisible offset (where a floating step starts: min(start, end); 0 for a subtotal)
 * and the visible bar (its length |end − start|; a subtotal's signed value). Stacking with
 * `stackStrategy: 'all'` keeps the sum right when a bar crosses 0. */
export function waterfallOption(steps: readonly WaterfallStep[], style: WaterfallStyle = {}): EChartsCoreOption {
  const fontSize = style.fontSize ?? 12;
  const labelWidth = style.labelWidth ?? 220;
  return {
    animationDuration: 300,
    color: [MEANING.contribution],
    textStyle: { fontFamily: CHART_FONT, fontSize, color: MEANING.text },
    // the grid's box holds the axis labels too (ECharts 6; what containLabel did before)
    grid: { left: 8, right: 24 + fontSize * 4, top: 8, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    tooltip: { trigger: 'item', textStyle: { fontSize } },
    xAxis: {
      type: 'value',
      axisLabel: { fontSize: fontSize - 1, color: MEANING.axis },
      splitLine: { lineStyle: { color: MEANING.grid } },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: steps.map((s) => s.label),
      axisTick: { show: false },
      axisLine: { lineStyle: { color: MEANING.axis } },
      axisLabel: { fontSize, color: MEANING.text, width: labelWidth, overflow: 'truncate' },
    },
    series: [
      {
        name: 'offset',
        type: 'bar',
        stack: 'waterfall',
        stackStrategy: 'all',
        silent: true,
        itemStyle: { color: 'transparent' },
        emphasis: { disabled: true },
        tooltip: { show: false },
        data: steps.map((s) => (isSubtotal(s) ? 0 : Math.min(s.start, s.end))),
      },
      {
        name: 'step',
        type: 'bar',
        stack: 'waterfall',
        stackStrategy: 'all',
        barCategoryGap: '28%',
        data: steps.map((s) => ({
          value: isSubtotal(s) ? s.end : Math.abs(s.end - s.start),
          itemStyle: { color: COLOUR[s.kind] },
          label: { show: true, position: 'right', fontSize: fontSize - 1, color: MEANING.text, formatter: stepText(s) },
          tooltip: { formatter: `${escapeHtml(s.label)}&emsp;<b>${stepText(s)}</b>` },
        })),
      },
    ],
  };
}
