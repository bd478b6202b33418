/* eslint-disable @typescript-eslint/no-explicit-any -- ECharts options are loosely typed unions; these tests read them back as plain data. */
import { describe, expect, it } from 'vitest';
import { MEANING } from '../../../../src-renderer/charts/palette';
import { strengthRows, strengthsOption } from '../../../../src-renderer/charts/strengths';
import { chartStrings, LANGS } from './peers-labels';

const strengths = [
  { name: '绿化率', unit: '%', percentile: 100, gap: 50 },
  { name: '信访件数', unit: '件', percentile: 87.5, gap: -20 },
];
const weaknesses = [
  { name: '集体收入', unit: '万元', percentile: 10, gap: -12.5 },
  { name: '道路', unit: 'km', percentile: 25, gap: -1 },
];

describe('strengthsOption', () => {
  it('lists strengths best first, then weaknesses with the worst last', () => {
    expect(strengthRows(strengths, weaknesses).map((r) => [r.name, r.kind])).toEqual([
      ['绿化率', 'strength'],
      ['信访件数', 'strength'],
      ['道路', 'weakness'],
      ['集体收入', 'weakness'],
    ]);
  });

  it.each(LANGS)('draws percentile − 50 as bars, labelled with percentile and gap (%s)', (lang) => {
    const s = chartStrings(lang);
    const percentile = (p: number) => s.percentile.replace('{{p}}', String(p));
    const o = strengthsOption(strengthRows(strengths, weaknesses), { axis: s.strengthsAxis, strength: s.strength, weakness: s.weakness, percentile }) as any;
    const data = o.series[0].data;
    expect(data.map((d: any) => d.value)).toEqual([50, 37.5, -25, -40]);
    expect(data.map((d: any) => d.itemStyle.color)).toEqual([MEANING.gain, MEANING.gain, MEANING.loss, MEANING.loss]);
    expect(data.map((d: any) => d.name)).toEqual([s.strength, s.strength, s.weakness, s.weakness]);
    expect(data[0].label.formatter).toBe(`${percentile(100)}  +50 %`);
    expect(data[3].label.formatter).toBe(`${percentile(10)}  −12.5 万元`);
    // percentile 88 (87.5 rounded) in the label; the axis reads percentiles again (−50 -> 0)
    expect(data[1].label.formatter.startsWith(percentile(88))).toBe(true);
    expect(o.xAxis.axisLabel.formatter(-50)).toBe('0');
    expect(o.xAxis.name).toBe(s.strengthsAxis);
    const compact = strengthsOption(strengthRows(strengths, weaknesses), { axis: '', strength: '', weakness: '', percentile }, { compact: true }) as any;
    expect(compact.series[0].data.map((d: any) => d.label.formatter)).toEqual([100, 88, 25, 10].map(percentile));
  });
});
