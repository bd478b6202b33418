import type { EChartsCoreOption } from './echarts';
import { CHART_FONT, MEANING, rankAxis } from './palette';

/** Slope chart baseline → scenario: one line per unit from its baseline rank to its scenario
 * rank, rank 1 at the top. Green for a move up, vermilion for a move down, grey for none; the
 * unit's name and its new rank label the right end (a last, label-only series, its labels
 * spaced a line apart where ranks are close), so meaning never rests on colour. Pure. */
export interface SlopeUnit {
  label: string;
  baseRank: number;
  rank: number;
}

export interface SlopeLabels {
  baseline: string;
  scenario: string;
}

export function slopeColour(u: SlopeUnit): string {
  return u.rank < u.baseRank ? MEANING.gain : u.rank > u.baseRank ? MEANING.loss : MEANING.axis;
}

/** Where each scenario label sits on the rank axis: at its unit's rank, pushed down just enough
 * that labels are at least `gap` ranks apart (gap = one line of text in rank units). In the
 * order of `units`. */
export function labelPositions(units: readonly SlopeUnit[], gap: number): number[] {
  const order = units.map((u, k) => k).sort((a, b) => units[a].rank - units[b].rank || a - b);
  const at = new Array<number>(units.length);
  let last = -Infinity;
  for (const k of order) {
    at[k] = Math.max(units[k].rank, last + gap);
    last = at[k];
  }
  return at;
}

/** `height`: the chart's height in pixels, to space the labels a line apart. */
export function slopeOption(units: readonly SlopeUnit[], labels: SlopeLabels, fontSize = 12, height = 300): EChartsCoreOption {
  const ranks = units.flatMap((u) => [u.baseRank, u.rank]);
  const span = Math.max(1, ...ranks) - 1 || 1;
  const at = labelPositions(units, ((fontSize + 2) * span) / Math.max(60, height - 48));
  const worst = Math.max(1, ...ranks, ...at);
  return {
    animationDuration: 300,
    textStyle: { fontFamily: CHART_FONT, fontSize, color: MEANING.text },
    grid: { left: 48, right: 160, top: 24, bottom: 24 },
    tooltip: { trigger: 'item', textStyle: { fontSize } },
    xAxis: { type: 'category', data: [labels.baseline, labels.scenario], boundaryGap: false, axisLabel: { fontSize } },
    yAxis: rankAxis(worst, fontSize),
    series: [
      ...units.map((u) => ({
        type: 'line',
        name: u.label,
        data: [u.baseRank, u.rank],
        symbolSize: 6,
        lineStyle: { color: slopeColour(u), width: 2 },
        itemStyle: { color: slopeColour(u) },
      })),
      // Every unit's name and new rank beside its scenario point, spaced a line apart.
      {
        type: 'scatter',
        name: 'labels',
        silent: true,
        symbolSize: 0,
        data: units.map((u, k) => ({ value: [1, at[k]], label: { formatter: `${u.label} ${u.rank}` } })),
        label: { show: true, position: 'right', fontSize: fontSize - 1, color: MEANING.text },
        tooltip: { show: false },
      },
    ],
  };
}
