import type { EChartsCoreOption } from './echarts';
import { CHART_FONT, MEANING, OKABE_ITO } from './palette';

/** Stability intervals as bars: one row per node, the interval of its weight (as a share of
 * its sibling group, 0–100%) within which the unit's rank or the top-k set stays as it is,
 * drawn as an invisible offset to `low` and a visible bar to `high`; the nominal weight as a
 * black dash. A narrow bar around the dash is a fragile result. Pure. */
export interface StabilityRow {
  label: string;
  /** Shares of the group's sum, 0–1. */
  low: number;
  high: number;
  nominal: number;
}

export function stabilityRows<T extends { node: string; weight: number; max: number; low: number; high: number }>(
  intervals: readonly T[],
  label: (code: string) => string,
): StabilityRow[] {
  return intervals
    .filter((i) => i.max > 0)
    .map((i) => ({ label: label(i.node), low: i.low / i.max, high: i.high / i.max, nominal: i.weight / i.max }));
}

const pct = (share: number): number => Math.round(share * 10000) / 100;

export function stabilityBarsOption(rows: readonly StabilityRow[], labels: { interval: string; nominal: string }, fontSize = 12): EChartsCoreOption {
  return {
    animation: false,
    textStyle: { fontFamily: CHART_FONT, fontSize, color: MEANING.text },
    grid: { left: 8, right: 24, top: 32, bottom: 28, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    legend: { top: 0, data: [labels.interval, labels.nominal], textStyle: { fontSize } },
    tooltip: { trigger: 'item', textStyle: { fontSize } },
    xAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%', fontSize: fontSize - 1, color: MEANING.axis } },
    yAxis: { type: 'category', inverse: true, data: rows.map((r) => r.label), axisLabel: { fontSize, width: 160, overflow: 'truncate' } },
    series: [
      { type: 'bar', stack: 'stability', silent: true, itemStyle: { color: 'transparent' }, data: rows.map((r) => pct(r.low)), tooltip: { show: false } },
      {
        type: 'bar',
        stack: 'stability',
        name: labels.interval,
        itemStyle: { color: OKABE_ITO.bluishGreen },
        data: rows.map((r) => pct(r.high) - pct(r.low)),
        tooltip: { formatter: (p: { dataIndex: number }) => `${pct(rows[p.dataIndex].low)}% – ${pct(rows[p.dataIndex].high)}%` },
      },
      {
        type: 'scatter',
        name: labels.nominal,
        symbol: 'rect',
        symbolSize: [2, 16],
        itemStyle: { color: MEANING.text },
        data: rows.map((r) => pct(r.nominal)),
      },
    ],
  };
}
