import type { EChartsCoreOption } from './echarts';
import { OKABE_ITO } from './palette';
import { fontSizeOf, textStyle, wrapLabel, type PeerChartStyle } from './peerStyle';

/** Radar of dimension scores: the unit, its peers' median and its peers' best, one axis per
 * dimension. Pure: dimension comparisons in, an ECharts option out. */

export interface RadarDimension {
  name: string;
  value: number | null;
  peerMedian: number | null;
  peerBest: number | null;
}

export interface RadarLabels {
  unit: string;
  median: string;
  best: string;
}

/** A missing score is not plotted as 0: ECharts leaves '-' out of the polygon. */
const point = (v: number | null): number | '-' => (v === null ? '-' : v);

/** Every axis runs 0 to the same maximum: 100 (the standard range), or the largest score when a
 * scheme's range goes higher. */
export function radarMax(dims: readonly RadarDimension[]): number {
  let max = 100;
  for (const d of dims) for (const v of [d.value, d.peerMedian, d.peerBest]) if (v !== null && v > max) max = v;
  return max;
}

/** The radar's radius as a share of the chart: larger type needs more room for the axis names
 * around it (62% at the screen's 12 px, 1.5 points less per pixel above; 56% on the report card). */
export function radarRadius(fontSize: number, compact: boolean): string {
  if (compact) return '56%';
  return `${Math.max(40, 62 - Math.max(0, fontSize - 12) * 1.5)}%`;
}

export function radarOption(dims: readonly RadarDimension[], labels: RadarLabels, style: PeerChartStyle = {}): EChartsCoreOption {
  const fontSize = fontSizeOf(style);
  const max = radarMax(dims);
  return {
    animationDuration: 300,
    textStyle: textStyle(fontSize),
    color: [OKABE_ITO.blue, OKABE_ITO.orange, OKABE_ITO.bluishGreen],
    legend: { bottom: 0, textStyle: { fontSize } },
    tooltip: { trigger: 'item', textStyle: { fontSize } },
    radar: {
      // long dimension names break onto a second line rather than run off the chart
      indicator: dims.map((d) => ({ name: wrapLabel(d.name, style.compact || fontSize > 12 ? 12 : 18), max, min: 0 })),
      radius: radarRadius(fontSize, style.compact ?? false),
      center: ['50%', '48%'],
      axisName: { fontSize, color: '#262626' },
      splitNumber: 4,
    },
    series: [
      {
        type: 'radar',
        symbolSize: Math.round(fontSize * 0.5),
        data: [
          { name: labels.unit, value: dims.map((d) => point(d.value)), areaStyle: { opacity: 0.15 }, lineStyle: { width: 3 } },
          // dashes and dots, so the three lines differ without colour too
          { name: labels.median, value: dims.map((d) => point(d.peerMedian)), lineStyle: { type: 'dashed', width: 2 }, symbol: 'rect' },
          { name: labels.best, value: dims.map((d) => point(d.peerBest)), lineStyle: { type: 'dotted', width: 2 }, symbol: 'triangle' },
        ],
      },
    ],
  };
}
