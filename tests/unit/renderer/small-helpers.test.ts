import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { en } from '../../../src-renderer/i18n/en';
import { translateMessage } from '../../../src-renderer/i18n/message';
import { zhCN } from '../../../src-renderer/i18n/zh-CN';
import { formatScore, formatShare, formatValue } from '../../../src-renderer/lib/format';
import { choosePeriod, sortPeriods } from '../../../src-renderer/state/periods';
import type { ApiPeriod, ApiUnit } from '../../../src-renderer/state/types';
import { exportFileName } from '../../../src-renderer/views/data/exportFileName';
import { filterUnits, parentOptions } from '../../../src-renderer/views/data/unitFilters';
import { sharedMessages } from '../../../src-shared/i18n';

describe('display formatting', () => {
  it('shows scores with two decimals and missing as a dash', () => {
    expect(formatScore(87.5)).toBe('87.50');
    expect(formatScore(87.456)).toBe('87.46');
    expect(formatScore(-0.004)).toBe('-0.00');
    expect(formatScore(1234.5)).toBe('1234.50');
    expect(formatScore(null)).toBe('—');
    expect(formatScore(NaN)).toBe('—');
  });

  it('shows raw values grouped with at most two decimals', () => {
    expect(formatValue(12345.678)).toBe('12,345.68');
    expect(formatValue(3)).toBe('3');
    expect(formatValue(undefined)).toBe('—');
  });

  it('shows shares as percentages with one decimal', () => {
    expect(formatShare(1 / 3)).toBe('33.3%');
    expect(formatShare(0.06)).toBe('6.0%');
    expect(formatShare(null)).toBe('—');
  });
});

describe('period choice', () => {
  const p = (code: string, kind: ApiPeriod['kind'], year: number | null, observations: number): ApiPeriod => ({ code, kind, year, observations });
  const periods = [p('2026Q1', 'quarter', 2026, 100), p('2024', 'year', 2024, 100), p('2025', 'year', 2025, 100), p('2026', 'year', 2026, 0)];

  it('sorts oldest first, years before their quarters', () => {
    expect(sortPeriods(periods).map((x) => x.code)).toEqual(['2024', '2025', '2026', '2026Q1']);
  });

  it('opens on the latest year that has data', () => {
    expect(choosePeriod(periods, null)).toBe('2025');
  });

  it('keeps the period chosen before if it still exists', () => {
    expect(choosePeriod(periods, '2026Q1')).toBe('2026Q1');
    expect(choosePeriod(periods, 'gone')).toBe('2025');
  });

  it('falls back to any period with data, then to any period, then to none', () => {
    expect(choosePeriod([p('2026Q1', 'quarter', 2026, 5), p('2026Q2', 'quarter', 2026, 0)], null)).toBe('2026Q1');
    expect(choosePeriod([p('X', 'other', null, 0)], null)).toBe('X');
    expect(choosePeriod([], null)).toBeNull();
  });
});

describe('export file name', () => {
  it('is kaoping-export-YYYYMMDD.xlsx in local time', () => {
    expect(exportFileName(new Date(2026, 0, 5, 23, 59))).toBe('kaoping-export-20260105.xlsx');
    expect(exportFileName(new Date(2025, 10, 21))).toBe('kaoping-export-20251121.xlsx');
  });
});

describe('unit filters', () => {
  const u = (code: string, name: string, parent: string | null, level: string, category: string | null, position: number): ApiUnit => ({
    code, name, parent, level, category, groups: {}, attributes: {}, position,
  });
  const units = [
    u('T2', '西镇', null, 'township', null, 0),
    u('T1', '东镇', null, 'township', null, 1),
    u('V1', '东河村', 'T1', 'village', '集聚提升', 2),
    u('V2', '西山村', 'T2', 'village', '城郊融合', 3),
    u('V3', '南湖村', 'T1', 'village', '城郊融合', 4),
  ];

  it('combines level, parent, category and search', () => {
    expect(filterUnits(units, { level: 'village', parent: null, category: null, query: '' }).map((x) => x.code)).toEqual(['V1', 'V2', 'V3']);
    expect(filterUnits(units, { level: null, parent: 'T1', category: '城郊融合', query: '' }).map((x) => x.code)).toEqual(['V3']);
    expect(filterUnits(units, { level: null, parent: null, category: null, query: 'nhc' }).map((x) => x.code)).toEqual(['V3']);
  });

  it('offers the containing units in sheet order, by name', () => {
    expect(parentOptions(units)).toEqual([
      { value: 'T2', label: '西镇' },
      { value: 'T1', label: '东镇' },
    ]);
  });
});

describe('message keys in the UI language', () => {
  const t = (lng: 'zh-CN' | 'en') => {
    const inst = i18next.createInstance();
    void inst.init({
      lng,
      initAsync: false,
      showSupportNotice: false,
      interpolation: { escapeValue: false },
      resources: {
        'zh-CN': { translation: { ...sharedMessages['zh-CN'], ...zhCN } },
        en: { translation: { ...sharedMessages.en, ...en } },
      },
    });
    return inst;
  };

  it('translates a known key with its params', () => {
    const zh = t('zh-CN');
    expect(translateMessage(zh.t, (k) => zh.exists(k), 'ui.error.badResponse', { call: 'score' })).toBe(
      '考评服务返回了无法识别的结果（score）。',
    );
    const e = t('en');
    expect(translateMessage(e.t, (k) => e.exists(k), 'ui.export.done', { file: 'a.xlsx' })).toBe('Exported a.xlsx');
  });

  it('says an unknown key as a sentence naming it, never the bare key', () => {
    const e = t('en');
    expect(translateMessage(e.t, (k) => e.exists(k), 'io.somethingNew', { row: 3, sheet: 'data' })).toBe(
      'A problem occurred: io.somethingNew row=3, sheet=data',
    );
  });
});
