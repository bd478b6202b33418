import { describe, expect, it } from 'vitest';
import { compareNullable, filterRows, topDimensions, townshipOptions } from '../../../src-renderer/views/ranking/rankingModel';
import { withNames } from '../../../src-renderer/views/ranking/warningParams';
import type { ApiIndicator, ScoreRow } from '../../../src-renderer/state/types';

function ind(code: string, parent: string | null): ApiIndicator {
  return {
    code, name: `名${code}`, nameEn: `Name ${code}`, parent, weight: 1, direction: 1, unit: null, kind: 'indicator',
    fineKind: null, scoring: 'minmax', aggregation: 'arithmetic', target: null, typicalMin: null, typicalMax: null,
    department: null, description: null, attributes: {}, position: 0,
  };
}

function row(unit: string, name: string, parent: string | null, category: string | null, total: number | null): ScoreRow {
  return {
    unit, name, parent, parentName: parent ? `${parent}镇` : null, category, rank: null, rankInCategory: null, total, base: total,
    bonus: 0, penalty: 0, veto: [], grade: null, boundaryTie: false, excluded: false, nodes: {},
  };
}

describe('ranking model', () => {
  it('takes the top-level aggregates as dimensions, in the order of the result', () => {
    const indicators = [ind('V1', null), ind('V1.1', 'V1'), ind('V1.2', 'V1'), ind('V2', null), ind('V2.1', 'V2'), ind('V2.1a', 'V2.1')];
    // aggregates top-down in tree order: V2 listed first on purpose
    const dims = topDimensions(['V2', 'V2.1', 'V1'], indicators);
    expect(dims.map((d) => d.code)).toEqual(['V2', 'V1']);
  });

  const rows = [
    row('a', '东河村', 'T1', '集聚提升', 80),
    row('b', '西山村', 'T2', '城郊融合', 70),
    row('c', '南湖村', 'T1', '城郊融合', null),
  ];

  it('filters by township, category and search text together', () => {
    expect(filterRows(rows, { township: 'T1', category: null, query: '' }).map((r) => r.unit)).toEqual(['a', 'c']);
    expect(filterRows(rows, { township: 'T1', category: '城郊融合', query: '' }).map((r) => r.unit)).toEqual(['c']);
    expect(filterRows(rows, { township: null, category: null, query: 'xsc' }).map((r) => r.unit)).toEqual(['b']);
    expect(filterRows(rows, { township: 'T2', category: null, query: 'dhc' })).toEqual([]);
  });

  it('lists each township once with its name', () => {
    expect(townshipOptions(rows)).toEqual([
      { value: 'T1', label: 'T1镇' },
      { value: 'T2', label: 'T2镇' },
    ]);
  });

  it('sorts missing numbers last in both directions', () => {
    const values = [3, null, 1, 2];
    // antd sorts ascending with compare(a, b) and descending with -compare(a, b)
    const asc = [...values].sort((a, b) => compareNullable(a, b, 'ascend'));
    const desc = [...values].sort((a, b) => -compareNullable(a, b, 'descend'));
    expect(asc).toEqual([1, 2, 3, null]);
    expect(desc).toEqual([3, 2, 1, null]);
  });
});

describe('engine warning parameters', () => {
  const indicatorNames = new Map([['V3.1', '文明村创建等级']]);
  const unitNames = new Map([['V001', '东河村']]);

  it('puts the name before the code of a known indicator or unit', () => {
    expect(withNames({ indicator: 'V3.1', unit: 'V001', value: -2 }, indicatorNames, unitNames, 'zh-CN')).toEqual({
      indicator: '文明村创建等级（V3.1）',
      unit: '东河村（V001）',
      value: -2,
    });
    expect(withNames({ indicator: 'V3.1' }, new Map([['V3.1', 'Civilized-village title level']]), unitNames, 'en')).toEqual({
      indicator: 'Civilized-village title level (V3.1)',
    });
  });

  it('leaves unknown codes and other parameters as they are', () => {
    expect(withNames({ indicator: 'Q9', unit: 3 }, indicatorNames, unitNames, 'zh-CN')).toEqual({ indicator: 'Q9', unit: 3 });
  });
});
