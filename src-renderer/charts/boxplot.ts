import { quantileSorted, sortedFinite } from '../../src-shared/engine/peers';
import type { EChartsCoreOption } from './echarts';
import { MEANING, SERIES_COLOURS } from './palette';
import { fontSizeOf, textStyle, type PeerChartStyle } from './peerStyle';
import { escapeHtml } from './waterfall';

/** Box plots of each dimension's scores by category (分类): one box per category within each
 * dimension. The five numbers are computed here, not by ECharts:
 *
 * - quartiles Q1, median, Q3 by linear interpolation (type 7, src-shared/engine/peers/stats.ts);
 * - whiskers (Tukey) at the most extreme scores within 1.5 × IQR of the box;
 * - scores beyond the whiskers are drawn as separate points (outliers). */

export interface FiveNumbers {
  low: number;
  q1: number;
  median: number;
  q3: number;
  high: number;
  outliers: number[];
  n: number;
}

/** The box of a set of scores (missing ones left out); null when none. */
export function fiveNumbers(values: Iterable<number>): FiveNumbers | null {
  const xs = sortedFinite(values);
  if (xs.length === 0) return null;
  const q1 = quantileSorted(xs, 0.25);
  const q3 = quantileSorted(xs, 0.75);
  const fence = 1.5 * (q3 - q1);
  const inside = xs.filter((v) => v >= q1 - fence && v <= q3 + fence);
  return {
    low: inside[0],
    q1,
    median: quantileSorted(xs, 0.5),
    q3,
    high: inside[inside.length - 1],
    outliers: xs.filter((v) => v < q1 - fence || v > q3 + fence),
    n: xs.length,
  };
}

/** Where ECharts draws box k of n side by side in a band, as a share of the band's width from
 * its centre (echarts/lib/chart/boxplot/boxplotLayout.js: 80% of the band is used, gaps 30% of
 * a box; its 2-pixel allowance is left out). The outliers are placed with it on a value axis
 * laid over the category axis, so each dot sits on its own box. */
export function boxOffset(k: number, n: number): number {
  const available = 0.8;
  const gap = (available / n) * 0.3;
  const width = (available - gap * (n - 1)) / n;
  return width / 2 - available / 2 + k * (gap + width);
}

export interface BoxplotInput {
  /** Dimension codes and their names, in tree order. */
  dimensions: readonly { code: string; name: string }[];
  /** Each unit's category and dimension scores (by code; null = missing). */
  rows: readonly { category: string | null; nodes: Record<string, number | null> }[];
}

/** Categories in code-point order, units without a category last under `none`. */
export function boxCategories(rows: BoxplotInput['rows']): (string | null)[] {
  const set = new Set(rows.map((r) => r.category));
  const named = [...set].filter((c): c is string => c !== null).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return set.has(null) ? [...named, null] : named;
}

export interface BoxplotLabels {
  score: string;
  /** Name of the units without a category. */
  none: string;
}

export function boxplotOption(input: BoxplotInput, labels: BoxplotLabels, style: PeerChartStyle = {}): EChartsCoreOption {
  const fontSize = fontSizeOf(style);
  const categories = boxCategories(input.rows);
  const nameOf = (c: string | null) => c ?? labels.none;
  const series = categories.flatMap((c, k) => {
    const colour = SERIES_COLOURS[k % SERIES_COLOURS.length];
    const mine = input.rows.filter((r) => r.category === c);
    const boxes = input.dimensions.map((d) => fiveNumbers(mine.map((r) => r.nodes[d.code] ?? NaN)));
    return [
      {
        name: nameOf(c),
        type: 'boxplot',
        itemStyle: { color: `${colour}33`, borderColor: colour, borderWidth: 1.5 },
        tooltip: {
          formatter: (p: { dataIndex: number }) => {
            const b = boxes[p.dataIndex];
            if (!b) return '';
            const f = (v: number) => v.toFixed(2);
            return `${escapeHtml(nameOf(c))} · ${escapeHtml(input.dimensions[p.dataIndex].name)} (n=${b.n})<br/>` +
              `${f(b.low)} / ${f(b.q1)} / <b>${f(b.median)}</b> / ${f(b.q3)} / ${f(b.high)}`;
          },
        },
        data: boxes.map((b) => (b ? [b.low, b.q1, b.median, b.q3, b.high] : [])),
      },
      {
        name: nameOf(c),
        type: 'scatter',
        xAxisIndex: 1,
        symbolSize: fontSize * 0.45,
        itemStyle: { color: colour },
        data: boxes.flatMap((b, j) => (b ? b.outliers.map((v) => [j + boxOffset(k, categories.length), v]) : [])),
      },
    ];
  });
  return {
    animationDuration: 300,
    textStyle: textStyle(fontSize),
    legend: { top: 0, textStyle: { fontSize }, data: categories.map(nameOf) },
    grid: { left: 8, right: 8, top: fontSize * 3, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    tooltip: { trigger: 'item', textStyle: { fontSize } },
    xAxis: [
      { type: 'category', data: input.dimensions.map((d) => d.name), axisLabel: { fontSize, interval: 0, width: fontSize * 9, overflow: 'break' } },
      // band j of the category axis is [j − 0.5, j + 0.5] here: the outliers' axis, not shown
      { type: 'value', min: -0.5, max: input.dimensions.length - 0.5, show: false },
    ],
    yAxis: {
      type: 'value', name: labels.score, nameTextStyle: { fontSize },
      axisLabel: { fontSize: fontSize - 1, color: MEANING.axis }, splitLine: { lineStyle: { color: MEANING.grid } },
    },
    series,
  };
}
