/* eslint-disable @typescript-eslint/no-explicit-any -- ECharts options are loosely typed unions; these tests read them back as plain data. */
import { describe, expect, it } from 'vitest';
import { boxCategories, boxOffset, boxplotOption, fiveNumbers } from '../../../../src-renderer/charts/boxplot';
import { chartStrings, LANGS } from './peers-labels';

describe('fiveNumbers', () => {
  it('takes type-7 quartiles and Tukey whiskers, with points beyond 1.5 × IQR as outliers', () => {
    // 1 2 3 4 5 6 7 8 100: Q1 = x[2] = 3, median 5, Q3 = x[6] = 7, IQR 4, fences −3 and 13
    expect(fiveNumbers([5, 1, 100, 2, 3, 4, 6, 7, 8, NaN])).toEqual({ low: 1, q1: 3, median: 5, q3: 7, high: 8, outliers: [100], n: 9 });
    // 10 20 30 40: h = 0.75 -> 17.5; h = 2.25 -> 32.5
    expect(fiveNumbers([40, 10, 30, 20])).toEqual({ low: 10, q1: 17.5, median: 25, q3: 32.5, high: 40, outliers: [], n: 4 });
    expect(fiveNumbers([NaN])).toBeNull();
  });
});

describe('boxOffset', () => {
  it('centres one box and spreads several over 80% of the band', () => {
    expect(boxOffset(0, 1)).toBeCloseTo(0, 12);
    // two boxes: gap 0.4 × 0.3 = 0.12, width (0.8 − 0.12) / 2 = 0.34 -> centres at ∓0.23
    expect(boxOffset(0, 2)).toBeCloseTo(-0.23, 12);
    expect(boxOffset(1, 2)).toBeCloseTo(0.23, 12);
  });
});

describe('boxplotOption', () => {
  const rows = [
    { category: '城郊融合', nodes: { D1: 10, D2: 50 } },
    { category: '城郊融合', nodes: { D1: 30, D2: null } },
    { category: null, nodes: { D1: 70, D2: 90 } },
    { category: '集聚提升', nodes: { D1: 40, D2: 60 } },
  ];

  it('orders categories by code point, the uncategorised last', () => {
    expect(boxCategories(rows)).toEqual(['城郊融合', '集聚提升', null]);
  });

  it.each(LANGS)('draws one box per category and dimension (%s)', (lang) => {
    const s = chartStrings(lang);
    const o = boxplotOption({ dimensions: [{ code: 'D1', name: '产业' }, { code: 'D2', name: '生态' }], rows }, { score: s.score, none: s.noCategory }) as any;
    expect(o.xAxis[0].data).toEqual(['产业', '生态']);
    expect(o.xAxis[1]).toMatchObject({ type: 'value', min: -0.5, max: 1.5 });
    expect(o.legend.data).toEqual(['城郊融合', '集聚提升', s.noCategory]);
    const boxes = o.series.filter((x: any) => x.type === 'boxplot');
    // 城郊融合 D1: 10, 30 -> Q1 15, median 20, Q3 25; D2: only 50
    expect(boxes[0].data).toEqual([[10, 15, 20, 25, 30], [50, 50, 50, 50, 50]]);
    expect(boxes[2].data).toEqual([[70, 70, 70, 70, 70], [90, 90, 90, 90, 90]]);
    expect(o.yAxis.name).toBe(s.score);
  });

  it('puts an outlier on its own box', () => {
    // 集聚提升 D1: 1 2 3 4 100 -> Q1 2, Q3 4, upper fence 7: 100 is an outlier; 2nd of 2 categories
    const rows = [1, 2, 3, 4, 100].map((v) => ({ category: '集聚提升', nodes: { D1: v } }));
    rows.push({ category: '城郊融合', nodes: { D1: 5 } });
    const o = boxplotOption({ dimensions: [{ code: 'D1', name: '产业' }], rows }, { score: '', none: '' }) as any;
    const dots = o.series.filter((x: any) => x.type === 'scatter');
    expect(dots[0].data).toEqual([]);
    expect(dots[1]).toMatchObject({ xAxisIndex: 1, data: [[0 + boxOffset(1, 2), 100]] });
  });
});
