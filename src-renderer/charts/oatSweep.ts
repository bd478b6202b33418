import type { EChartsCoreOption } from './echarts';
import { CHART_FONT, MEANING, OKABE_ITO } from './palette';

/** One-at-a-time sweep: a unit's rank (left axis, 1 at the top) and total (right axis) as one
 * node's weight goes from 0 to the whole of its group (x: share, 0–100%); a vertical line marks
 * the nominal weight. Pure. */
export interface SweepPoint {
  share: number;
  total: number | null;
  rank: number | null;
}

export function oatSweepOption(
  points: readonly SweepPoint[],
  nominalShare: number,
  labels: { rank: string; total: string; weight: string; nominal: string },
  fontSize = 12,
): EChartsCoreOption {
  const x = (share: number) => Math.round(share * 10000) / 100;
  return {
    animation: false,
    textStyle: { fontFamily: CHART_FONT, fontSize, color: MEANING.text },
    grid: { left: 56, right: 64, top: 36, bottom: 40 },
    legend: { top: 0, data: [labels.rank, labels.total], textStyle: { fontSize } },
    tooltip: { trigger: 'axis', textStyle: { fontSize } },
    xAxis: { type: 'value', min: 0, max: 100, name: labels.weight, nameLocation: 'middle', nameGap: 24, axisLabel: { formatter: '{value}%' } },
    yAxis: [
      { type: 'value', inverse: true, minInterval: 1, min: 1, name: labels.rank, nameLocation: 'start', axisLabel: { color: MEANING.axis } },
      { type: 'value', name: labels.total, splitLine: { show: false }, axisLabel: { color: MEANING.axis } },
    ],
    series: [
      {
        type: 'line',
        name: labels.rank,
        step: 'middle',
        yAxisIndex: 0,
        itemStyle: { color: OKABE_ITO.blue },
        data: points.map((p) => [x(p.share), p.rank]),
        markLine: {
          symbol: 'none',
          lineStyle: { color: MEANING.text, type: 'dashed' },
          label: { formatter: labels.nominal, fontSize: fontSize - 1, position: 'start' },
          data: [{ xAxis: x(nominalShare) }],
        },
      },
      { type: 'line', name: labels.total, yAxisIndex: 1, itemStyle: { color: OKABE_ITO.orange }, data: points.map((p) => [x(p.share), p.total]) },
    ],
  };
}
