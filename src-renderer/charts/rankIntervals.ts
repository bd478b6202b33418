import type { EChartsCoreOption } from './echarts';
import { CHART_FONT, MEANING, OKABE_ITO, rankAxis } from './palette';

/** Rank intervals of a Monte Carlo run, units ordered by nominal rank (best on the left): a
 * bar from the 5th to the 95th percentile rank (drawn as an invisible offset bar up to q05 and
 * a visible bar of q95 − q05 stacked on it, at least a sliver so that [1, 1] still shows), the
 * median as a dot and the nominal rank as a dash. Rank 1 at the top. Pure. */
export interface IntervalUnit {
  label: string;
  nominal: number;
  median: number;
  q05: number;
  q95: number;
}

export interface IntervalLabels {
  interval: string;
  median: string;
  nominal: string;
}

/** The visible length of a degenerate interval [r, r]. */
export const MIN_BAR = 0.3;

export function intervalUnits<T extends { nominal: number | null; median: number | null; q05: number | null; q95: number | null }>(
  units: readonly T[],
  label: (u: T) => string,
): IntervalUnit[] {
  return units
    .filter((u) => u.nominal !== null && u.median !== null && u.q05 !== null && u.q95 !== null)
    .map((u) => ({ label: label(u), nominal: u.nominal!, median: u.median!, q05: u.q05!, q95: u.q95! }))
    .sort((a, b) => a.nominal - b.nominal);
}

export function rankIntervalsOption(units: readonly IntervalUnit[], labels: IntervalLabels, fontSize = 12): EChartsCoreOption {
  const worst = Math.max(1, ...units.map((u) => u.q95));
  return {
    animation: false,
    textStyle: { fontFamily: CHART_FONT, fontSize, color: MEANING.text },
    grid: { left: 48, right: 16, top: 36, bottom: 48 },
    legend: { top: 0, data: [labels.interval, labels.median, labels.nominal], textStyle: { fontSize } },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, textStyle: { fontSize } },
    xAxis: {
      type: 'category',
      data: units.map((u) => u.label),
      axisLabel: { show: units.length <= 40, rotate: 60, fontSize: fontSize - 2, interval: 0 },
      axisTick: { show: false },
    },
    yAxis: rankAxis(worst, fontSize),
    series: [
      {
        type: 'bar',
        stack: 'interval',
        silent: true,
        itemStyle: { color: 'transparent' },
        data: units.map((u) => u.q05 - MIN_BAR / 2),
        tooltip: { show: false },
      },
      {
        type: 'bar',
        stack: 'interval',
        name: labels.interval,
        barWidth: '60%',
        itemStyle: { color: OKABE_ITO.skyBlue },
        data: units.map((u) => Math.max(MIN_BAR, u.q95 - u.q05 + MIN_BAR)),
      },
      { type: 'scatter', name: labels.median, symbolSize: 6, itemStyle: { color: OKABE_ITO.blue }, data: units.map((u) => u.median) },
      {
        type: 'scatter',
        name: labels.nominal,
        symbol: 'rect',
        symbolSize: [10, 2],
        itemStyle: { color: MEANING.text },
        data: units.map((u) => u.nominal),
      },
    ],
  };
}
