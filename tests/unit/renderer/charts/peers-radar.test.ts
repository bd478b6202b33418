/* eslint-disable @typescript-eslint/no-explicit-any -- ECharts options are loosely typed unions; these tests read them back as plain data. */
import { describe, expect, it } from 'vitest';
import { radarMax, radarOption, type RadarDimension } from '../../../../src-renderer/charts/radar';
import { wrapLabel } from '../../../../src-renderer/charts/peerStyle';
import { chartStrings, LANGS } from './peers-labels';

const dims: RadarDimension[] = [
  { name: '产业', value: 62.5, peerMedian: 43.75, peerBest: 75 },
  { name: '生态', value: 60, peerMedian: 10, peerBest: 20 },
  { name: '治理', value: null, peerMedian: 50, peerBest: 80 },
];

describe('radarOption', () => {
  it.each(LANGS)('plots the unit, the peer median and the peer best on one axis per dimension (%s)', (lang) => {
    const s = chartStrings(lang);
    const o = radarOption(dims, { unit: s.radarUnit, median: s.radarMedian, best: s.radarBest }) as any;
    expect(o.radar.indicator).toEqual([
      { name: '产业', max: 100, min: 0 },
      { name: '生态', max: 100, min: 0 },
      { name: '治理', max: 100, min: 0 },
    ]);
    const data = o.series[0].data;
    expect(data.map((d: any) => d.name)).toEqual([s.radarUnit, s.radarMedian, s.radarBest]);
    expect(data.map((d: any) => d.value)).toEqual([
      [62.5, 60, '-'],
      [43.75, 10, 50],
      [75, 20, 80],
    ]);
  });

  it('names differ by language and the axes stretch for a range above 100', () => {
    expect(chartStrings('zh-CN').radarMedian).toBe('对标中位数');
    expect(chartStrings('en').radarMedian).toBe('Peer median');
    expect(radarMax([{ name: 'a', value: 120, peerMedian: 3, peerBest: null }])).toBe(120);
  });

  it('takes a larger font when presenting', () => {
    const o = radarOption(dims, { unit: 'u', median: 'm', best: 'b' }, { fontSize: 20 }) as any;
    expect(o.radar.axisName.fontSize).toBe(20);
    expect(o.legend.textStyle.fontSize).toBe(20);
    // 62 − (20 − 12) × 1.5 = 50: room for the larger axis names
    expect(o.radar.radius).toBe('50%');
    expect((radarOption(dims, { unit: 'u', median: 'm', best: 'b' }) as any).radar.radius).toBe('62%');
  });
});

describe('wrapLabel', () => {
  it('breaks English between words and Chinese every n characters', () => {
    expect(wrapLabel('Civilized rural customs', 12)).toBe('Civilized\nrural\ncustoms');
    expect(wrapLabel('Annual exam goals', 12)).toBe('Annual exam\ngoals');
    expect(wrapLabel('农村人居环境整治提升', 4)).toBe('农村人居\n环境整治\n提升');
    expect(wrapLabel('产业兴旺', 4)).toBe('产业兴旺');
  });

  it('wraps the radar axis names, more tightly on the report card', () => {
    const dims = [{ name: 'Civilized rural customs', value: 1, peerMedian: 1, peerBest: 1 }];
    expect((radarOption(dims, { unit: 'u', median: 'm', best: 'b' }) as any).radar.indicator[0].name).toBe('Civilized rural\ncustoms');
    expect((radarOption(dims, { unit: 'u', median: 'm', best: 'b' }, { compact: true }) as any).radar.indicator[0].name).toBe('Civilized\nrural\ncustoms');
  });
});
