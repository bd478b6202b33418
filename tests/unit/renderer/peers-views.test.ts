/* eslint-disable @typescript-eslint/no-explicit-any -- ECharts options are loosely typed unions; these tests read them back as plain data. */
import i18next, { type TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { makeIndicator } from '../../../src-shared/model';
import { uiStrings } from '../../../src-renderer/i18n/catalogs';
import { bumpFor, heatmapFor, strengthsFor, stripFor, type Comparison } from '../../../src-renderer/views/peers/peerChartOptions';
import { peerSpec } from '../../../src-renderer/views/peers/peersState';

function translator(lng: 'zh-CN' | 'en'): TFunction {
  const inst = i18next.createInstance();
  void inst.init({ lng, initAsync: false, showSupportNotice: false, resources: { [lng]: { translation: uiStrings[lng] } }, interpolation: { escapeValue: false } });
  return inst.t;
}

const indicators = [
  makeIndicator('I1', { name: '集体收入', nameEn: 'Collective income', unit: '万元', position: 0 }),
  makeIndicator('I2', { name: '信访件数', nameEn: 'Petitions', unit: '件', direction: -1, position: 1 }),
];

/** The fixture county's U1 against its category (tests/integration/service/peers.test.ts). */
const c: Comparison = {
  period: '2025',
  previousPeriod: '2024',
  scheme: null,
  unit: { code: 'U1', name: '甲村', parentName: '东镇', category: 'A', level: 'village' },
  peers: [
    { unit: 'U2', name: '乙村', parentName: '东镇', category: 'A', distance: null },
    { unit: 'U4', name: '丁村', parentName: '西镇', category: 'A', distance: null },
  ],
  indicators: [
    { code: 'I1', direction: 1, value: 50, peerMedian: 62.5, gap: -12.5, percentile: 50, peerBest: 100, peersWithValue: 2 },
    { code: 'I2', direction: -1, value: 10, peerMedian: 30, gap: -20, percentile: 100, peerBest: 20, peersWithValue: 2 },
  ],
  strengths: ['I2'],
  weaknesses: ['I1'],
  dimensions: [],
  quadrant: null,
  ranks: { periods: ['2024', '2025'], rows: [{ unit: 'U1', ranks: [3, 1] }, { unit: 'U2', ranks: [1, 2] }, { unit: 'U4', ranks: [1, 3] }] },
  heatmap: { leaves: ['I1', 'I2'], rows: [{ unit: 'U1', scores: [50, 75] }, { unit: 'U2', scores: [100, 50] }, { unit: 'U4', scores: [25, 0] }] },
};

describe('peer chart inputs from a comparison', () => {
  it('names indicators in the UI language and writes gaps in their units', () => {
    const zh = stripFor(c, { t: translator('zh-CN'), locale: 'zh-CN', indicators, fontSize: 12 }).option as any;
    expect(zh.yAxis.data).toEqual(['集体收入', '信访件数']);
    expect(zh.series[0].data.map((d: any) => d.label.formatter)).toEqual(['−12.5 万元', '−20 件']);
    const en = stripFor(c, { t: translator('en'), locale: 'en', indicators, fontSize: 12 }).option as any;
    expect(en.yAxis.data).toEqual(['Collective income', 'Petitions']);
    expect(en.xAxis.name).toBe('Percentile among peers (direction applied, higher is better)');
  });

  it('labels strengths by percentile, shorter on the report card', () => {
    const full = strengthsFor(c, { t: translator('zh-CN'), locale: 'zh-CN', indicators, fontSize: 12 }).option as any;
    expect(full.series[0].data.map((d: any) => d.label.formatter)).toEqual(['第100百分位  −20 件', '第50百分位  −12.5 万元']);
    const compact = strengthsFor(c, { t: translator('zh-CN'), locale: 'zh-CN', indicators, fontSize: 10, compact: true }).option as any;
    expect(compact.series[0].data.map((d: any) => d.label.formatter)).toEqual(['100分位', '50分位']);
  });

  it('names the units of the bump chart and the heatmap', () => {
    const bump = bumpFor(c, { t: translator('en'), locale: 'en', indicators, fontSize: 12 }) as any;
    expect(bump.series.map((s: any) => s.name)).toEqual(['乙村', '丁村', '甲村']);
    const heat = heatmapFor(c, { t: translator('en'), locale: 'en', indicators, fontSize: 12 }, { column: 1, order: 'asc' });
    expect(heat.columns).toEqual(['Collective income', 'Petitions']);
    expect((heat.option as any).yAxis.data.map((d: any) => d.value)).toEqual(['丁村', '乙村', '甲村']);
  });
});

describe('peerSpec', () => {
  it('asks for the chosen group, and for nothing until a saved group is picked', () => {
    const base = { k: 4, endowment: ['I1'], saved: null };
    expect(peerSpec({ ...base, kind: 'township' })).toEqual({ kind: 'township' });
    expect(peerSpec({ ...base, kind: 'similar' })).toEqual({ kind: 'similar', k: 4, indicators: ['I1'] });
    expect(peerSpec({ ...base, kind: 'saved' })).toBeNull();
    expect(peerSpec({ ...base, kind: 'saved', saved: '示范村' })).toEqual({ kind: 'saved', name: '示范村' });
  });
});
