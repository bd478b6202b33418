/* eslint-disable @typescript-eslint/no-explicit-any -- ECharts options are loosely typed unions; these tests read them back as plain data. */
import { describe, expect, it } from 'vitest';
import { percentileStripOption, type StripRow } from '../../../../src-renderer/charts/percentileStrip';
import { MEANING } from '../../../../src-renderer/charts/palette';
import { signedGap } from '../../../../src-renderer/charts/peerStyle';
import { chartStrings, LANGS } from './peers-labels';

const rows: StripRow[] = [
  { name: '集体收入', unit: '万元', percentile: 50, gap: -12.5, value: 50, peerMedian: 62.5 },
  { name: '信访件数', unit: '件', percentile: 100, gap: -20, value: 10, peerMedian: 30 },
  { name: '绿化率', unit: null, percentile: null, gap: null, value: null, peerMedian: 10 },
];

describe('signedGap', () => {
  it('writes the sign, at most two decimals and the unit', () => {
    expect(signedGap(12.5, '万元')).toBe('+12.5 万元');
    expect(signedGap(-20, '件')).toBe('−20 件');
    expect(signedGap(0, null)).toBe('0');
    expect(signedGap(1234.567, '%')).toBe('+1,234.57 %');
    expect(signedGap(null, '件')).toBe('—');
  });
});

describe('percentileStripOption', () => {
  it.each(LANGS)('puts each indicator on its row at its percentile, with the gap in raw units (%s)', (lang) => {
    const s = chartStrings(lang);
    const o = percentileStripOption(rows, { axis: s.stripAxis, median: s.stripMedian, value: s.value, peerMedian: s.peerMedian, gap: s.gap }) as any;
    expect(o.yAxis.data).toEqual(['集体收入', '信访件数', '绿化率']);
    expect(o.xAxis).toMatchObject({ min: 0, max: 100, name: s.stripAxis });
    const data = o.series[0].data;
    expect(data.map((d: any) => d.value)).toEqual([[50, 0], [100, 1], ['-', 2]]);
    expect(data.map((d: any) => d.label.formatter)).toEqual(['−12.5 万元', '−20 件', '—']);
    expect(data.map((d: any) => d.itemStyle.color)).toEqual([MEANING.gain, MEANING.gain, MEANING.loss]);
    expect(data[2].label.show).toBe(false);
    expect(data[0].tooltip.formatter).toContain(`${s.peerMedian}: 62.5 万元`);
    expect(o.series[0].markLine.data).toEqual([{ xAxis: 50 }]);
    expect(o.series[0].markLine.label.formatter).toBe(s.stripMedian);
  });
});
