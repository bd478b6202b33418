/* eslint-disable @typescript-eslint/no-explicit-any -- ECharts options are loosely typed unions; these tests read them back as plain data. */
import { describe, expect, it } from 'vitest';
import { heatmapCells, heatmapOption, MISSING_GREY, nextSort, sortHeatmapRows, type HeatmapRow } from '../../../../src-renderer/charts/heatmap';
import { chartStrings, LANGS } from './peers-labels';

const rows: HeatmapRow[] = [
  { unit: 'U1', name: '甲村', scores: [50, 75, 60] },
  { unit: 'U2', name: '乙村', scores: [100, null, 20] },
  { unit: 'U4', name: '丁村', scores: [25, 0, 60] },
];

describe('sortHeatmapRows', () => {
  it('sorts by any column either way, missing scores last, ties in the given order', () => {
    const names = (r: HeatmapRow[]) => r.map((x) => x.unit);
    expect(names(sortHeatmapRows(rows, { column: 0, order: 'desc' }))).toEqual(['U2', 'U1', 'U4']);
    expect(names(sortHeatmapRows(rows, { column: 0, order: 'asc' }))).toEqual(['U4', 'U1', 'U2']);
    expect(names(sortHeatmapRows(rows, { column: 1, order: 'asc' }))).toEqual(['U4', 'U1', 'U2']);
    expect(names(sortHeatmapRows(rows, { column: 1, order: 'desc' }))).toEqual(['U1', 'U4', 'U2']);
    expect(names(sortHeatmapRows(rows, { column: 2, order: 'desc' }))).toEqual(['U1', 'U4', 'U2']);
    expect(names(sortHeatmapRows(rows, null))).toEqual(['U1', 'U2', 'U4']);
  });
});

describe('nextSort', () => {
  it('sorts a clicked column best first, and flips it on a second click', () => {
    expect(nextSort(null, 2)).toEqual({ column: 2, order: 'desc' });
    expect(nextSort({ column: 2, order: 'desc' }, 2)).toEqual({ column: 2, order: 'asc' });
    expect(nextSort({ column: 2, order: 'asc' }, 2)).toEqual({ column: 2, order: 'desc' });
    expect(nextSort({ column: 2, order: 'asc' }, 0)).toEqual({ column: 0, order: 'desc' });
  });
});

describe('heatmapOption', () => {
  it('lays the cells out as [column, row, score], a missing score blank', () => {
    expect(heatmapCells(rows.slice(0, 2))).toEqual([
      [0, 0, 50], [1, 0, 75], [2, 0, 60],
      [0, 1, 100], [1, 1, '-'], [2, 1, 20],
    ]);
  });

  it.each(LANGS)('names the rows and columns, scales 0–100 and marks the unit (%s)', (lang) => {
    const s = chartStrings(lang);
    const o = heatmapOption(['收入', '信访', '绿化'], rows, 'U1', { score: s.score }) as any;
    expect(o.xAxis.data).toEqual(['收入', '信访', '绿化']);
    expect(o.xAxis.triggerEvent).toBe(true);
    expect(o.yAxis.data.map((d: any) => d.value)).toEqual(['甲村', '乙村', '丁村']);
    expect(o.yAxis.data[0].textStyle.fontWeight).toBe('bold');
    expect(o.visualMap).toMatchObject({ min: 0, max: 100 });
    // a missing cell is not drawn: the grid's grey, outside the white-to-blue scale, shows
    expect(o.grid).toMatchObject({ show: true, backgroundColor: MISSING_GREY });
    expect(o.visualMap.inRange.color).not.toContain(MISSING_GREY);
    expect(o.visualMap.text[1]).toContain(s.score);
    expect(o.series[0].data.map((d: any) => d.value)).toEqual(heatmapCells(rows));
    // white numbers on dark cells (above 60), dark on light
    expect(o.series[0].data[1].label.color).toBe('#fff');
    expect(o.series[0].data[0].label.color).not.toBe('#fff');
  });
});
