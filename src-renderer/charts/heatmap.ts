import type { EChartsCoreOption } from './echarts';
import { MEANING } from './palette';
import { fontSizeOf, textStyle, type PeerChartStyle } from './peerStyle';

/** Heatmap of units × indicators on the normalised 0–100 scale (direction applied, so darker is
 * always better), one row per unit. A sequential single-hue scale (white to Okabe–Ito blue)
 * reads the same with any colour-vision deficiency and in greyscale; the numbers are written in
 * the cells when they fit. */

export interface HeatmapRow {
  unit: string;
  name: string;
  scores: (number | null)[];
}

/** How the rows are ordered: as given, or by one column's score (missing scores last either
 * way; equal scores keep the given order). */
export type HeatmapSort = { column: number; order: 'asc' | 'desc' } | null;

export function sortHeatmapRows(rows: readonly HeatmapRow[], sort: HeatmapSort): HeatmapRow[] {
  if (!sort) return [...rows];
  const sign = sort.order === 'asc' ? 1 : -1;
  return rows
    .map((row, k) => ({ row, k, v: row.scores[sort.column] }))
    .sort((a, b) => {
      if (a.v === null || b.v === null) return a.v === b.v ? a.k - b.k : a.v === null ? 1 : -1;
      return sign * (a.v - b.v) || a.k - b.k;
    })
    .map((x) => x.row);
}

/** The sort after a click on column `column`: a new column sorts best first (descending); the
 * same column again flips the order. */
export function nextSort(current: HeatmapSort, column: number): HeatmapSort {
  if (current && current.column === column) return { column, order: current.order === 'desc' ? 'asc' : 'desc' };
  return { column, order: 'desc' };
}

/** Cells as ECharts heatmap data: [column, row, score]; missing scores are '-' (left blank). */
export function heatmapCells(rows: readonly HeatmapRow[]): [number, number, number | '-'][] {
  return rows.flatMap((r, y) => r.scores.map((s, x): [number, number, number | '-'] => [x, y, s ?? '-']));
}

/** The colour of a missing score: grey, which the white-to-blue scale never takes. */
export const MISSING_GREY = '#bdbdbd';

export interface HeatmapLabels {
  score: string;
}

/** Height that gives each row a readable band. */
export function heatmapHeight(rows: number, fontSize = 12): number {
  return 120 + rows * Math.round(fontSize * 1.9);
}

export function heatmapOption(
  columns: readonly string[],
  rows: readonly HeatmapRow[],
  focus: string | null,
  labels: HeatmapLabels,
  style: PeerChartStyle = {},
): EChartsCoreOption {
  const fontSize = fontSizeOf(style);
  const showNumbers = columns.length <= 20;
  return {
    animation: false,
    textStyle: textStyle(fontSize),
    // a missing score leaves its cell empty: the grid's grey shows through, not the scale's white
    grid: { left: 8, right: 8, top: 8, bottom: fontSize * 4, show: true, backgroundColor: MISSING_GREY, borderWidth: 0, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    tooltip: { trigger: 'item', textStyle: { fontSize } },
    xAxis: {
      type: 'category',
      position: 'top',
      // a click on a column's name sorts by it (the view handles the event: nextSort)
      triggerEvent: true,
      data: [...columns],
      axisLabel: { fontSize: fontSize - 1, rotate: columns.length > 8 ? 45 : 0, width: fontSize * 8, overflow: 'truncate' },
      splitArea: { show: false },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((r) => ({ value: r.name, textStyle: r.unit === focus ? { fontWeight: 'bold', color: MEANING.text } : {} })),
      axisLabel: { fontSize, width: fontSize * 9, overflow: 'truncate' },
    },
    visualMap: {
      type: 'continuous',
      min: 0,
      max: 100,
      calculable: false,
      orient: 'horizontal',
      left: 'center',
      bottom: 0,
      itemHeight: 160,
      text: ['100', `0  ${labels.score}`],
      textStyle: { fontSize: fontSize - 1 },
      inRange: { color: ['#ffffff', '#9ecae1', '#0072B2'] },
    },
    series: [
      {
        type: 'heatmap',
        // white numbers on the dark upper end of the scale, dark ones on the light end
        data: heatmapCells(rows).map((cell) => ({
          value: cell,
          label: { color: typeof cell[2] === 'number' && cell[2] > 60 ? '#fff' : MEANING.text },
        })),
        label: { show: showNumbers, fontSize: fontSize - 2, formatter: (p: { value: [number, number, number] }) => p.value[2].toFixed(0) },
        itemStyle: { borderColor: '#fff', borderWidth: 1 },
      },
    ],
  };
}
