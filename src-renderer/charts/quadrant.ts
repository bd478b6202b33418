import type { EChartsCoreOption } from './echarts';
import { MEANING, OKABE_ITO } from './palette';
import { fontSizeOf, textStyle, type PeerChartStyle } from './peerStyle';
import { escapeHtml } from './waterfall';

/** Quadrant scatter of level (total) against improvement (change since the previous period),
 * split by the median lines into strong, catching up, falling behind and lagging
 * (src-shared/engine/peers/quadrant.ts). The quadrants are named in their corners; the unit is
 * the large labelled blue dot. */

export interface QuadrantDot {
  unit: string;
  name: string;
  level: number;
  improvement: number;
}

export interface QuadrantLabels {
  level: string;
  improvement: string;
  strong: string;
  catchingUp: string;
  fallingBehind: string;
  lagging: string;
}

export interface Extent {
  min: number;
  max: number;
}

/** An axis range around values and their median with a 10% margin (so no dot sits on the frame
 * and the median line is always inside). */
export function paddedExtent(values: readonly number[], median: number): Extent {
  const all = [...values, median];
  const lo = Math.min(...all);
  const hi = Math.max(...all);
  const pad = (hi - lo) * 0.1 || Math.abs(hi) * 0.1 || 1;
  return { min: lo - pad, max: hi + pad };
}

/** The four quadrant areas as [from corner, to corner] in data coordinates. */
export function quadrantAreas(x: Extent, y: Extent, xMedian: number, yMedian: number, labels: QuadrantLabels) {
  const area = (name: string, x0: number, y0: number, x1: number, y1: number, position: string) => [
    { name, coord: [x0, y0], label: { position } },
    { coord: [x1, y1] },
  ];
  return [
    area(labels.strong, xMedian, yMedian, x.max, y.max, 'insideTopRight'),
    area(labels.catchingUp, x.min, yMedian, xMedian, y.max, 'insideTopLeft'),
    area(labels.fallingBehind, xMedian, y.min, x.max, yMedian, 'insideBottomRight'),
    area(labels.lagging, x.min, y.min, xMedian, yMedian, 'insideBottomLeft'),
  ];
}

export function quadrantOption(
  dots: readonly QuadrantDot[],
  medians: { level: number; improvement: number },
  focus: string,
  labels: QuadrantLabels,
  style: PeerChartStyle = {},
): EChartsCoreOption {
  const fontSize = fontSizeOf(style);
  const x = paddedExtent(dots.map((d) => d.level), medians.level);
  const y = paddedExtent(dots.map((d) => d.improvement), medians.improvement);
  const tip = (d: QuadrantDot) =>
    `${escapeHtml(d.name)}<br/>${escapeHtml(labels.level)}: ${d.level.toFixed(2)}<br/>${escapeHtml(labels.improvement)}: ${d.improvement.toFixed(2)}`;
  const peers = dots.filter((d) => d.unit !== focus);
  const mine = dots.filter((d) => d.unit === focus);
  return {
    animationDuration: 300,
    textStyle: textStyle(fontSize),
    grid: { left: 8, right: fontSize * 2, top: fontSize * 2.5, bottom: fontSize * 2.5, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    tooltip: { trigger: 'item', textStyle: { fontSize } },
    xAxis: {
      type: 'value', min: x.min, max: x.max, name: labels.level, nameLocation: 'middle', nameGap: fontSize * 1.6,
      axisLabel: { fontSize: fontSize - 1, color: MEANING.axis, formatter: (v: number) => v.toFixed(0), showMinLabel: false, showMaxLabel: false },
      splitLine: { show: false },
    },
    yAxis: {
      type: 'value', min: y.min, max: y.max, name: labels.improvement, nameTextStyle: { fontSize, align: 'left' },
      // the padded ends are not round numbers: only the ticks between them are labelled
      axisLabel: { fontSize: fontSize - 1, color: MEANING.axis, formatter: (v: number) => v.toFixed(0), showMinLabel: false, showMaxLabel: false },
      splitLine: { show: false },
    },
    series: [
      {
        name: 'peers',
        type: 'scatter',
        symbolSize: fontSize * 0.8,
        itemStyle: { color: OKABE_ITO.skyBlue, borderColor: '#fff', borderWidth: 1 },
        data: peers.map((d) => ({ value: [d.level, d.improvement], name: d.name, tooltip: { formatter: tip(d) } })),
        markLine: {
          silent: true,
          symbol: 'none',
          lineStyle: { color: OKABE_ITO.black, type: 'dashed' },
          label: { show: false },
          data: [{ xAxis: medians.level }, { yAxis: medians.improvement }],
        },
        markArea: {
          silent: true,
          itemStyle: { color: 'rgba(0,0,0,0)' },
          label: { fontSize, color: MEANING.axis, fontWeight: 'bold' },
          data: quadrantAreas(x, y, medians.level, medians.improvement, labels),
        },
      },
      {
        name: 'unit',
        type: 'scatter',
        z: 3,
        symbolSize: fontSize * 1.4,
        itemStyle: { color: OKABE_ITO.blue, borderColor: '#fff', borderWidth: 2 },
        label: { show: true, position: 'top', fontSize, fontWeight: 'bold', color: OKABE_ITO.blue, formatter: '{b}' },
        data: mine.map((d) => ({ value: [d.level, d.improvement], name: d.name, tooltip: { formatter: tip(d) } })),
      },
    ],
  };
}
