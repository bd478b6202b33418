/* eslint-disable @typescript-eslint/no-explicit-any -- ECharts options are loosely typed unions; these tests read them back as plain data. */
import { describe, expect, it } from 'vitest';
import { bumpNeighbourhood, bumpOption, rankSpan } from '../../../../src-renderer/charts/bump';
import { OKABE_ITO } from '../../../../src-renderer/charts/palette';
import { chartStrings, LANGS } from './peers-labels';

const lines = [
  { unit: 'U1', name: '甲村', ranks: [3, 1] },
  { unit: 'U2', name: '乙村', ranks: [1, 2] },
  { unit: 'U4', name: '丁村', ranks: [null, 3] },
];

describe('bumpOption', () => {
  it.each(LANGS)('draws one line per unit, rank 1 on top, the unit last and highlighted (%s)', (lang) => {
    const s = chartStrings(lang);
    const o = bumpOption(['2024', '2025'], lines, 'U1', { rank: s.rank }) as any;
    expect(o.xAxis.data).toEqual(['2024', '2025']);
    expect(o.yAxis).toMatchObject({ inverse: true, min: 1, max: 3, name: s.rank });
    expect(o.series.map((x: any) => x.name)).toEqual(['乙村', '丁村', '甲村']);
    expect(o.series.map((x: any) => x.data.map((d: any) => d.value))).toEqual([[1, 2], ['-', 3], [3, 1]]);
    expect(o.series[2].lineStyle).toEqual({ width: 4, color: OKABE_ITO.blue });
    // the last point names the unit; a missing rank is a gap, never a label
    expect(o.series[1].data[1].label.formatter).toBe('3 丁村');
    expect(o.series[1].data[0].label.show).toBe(false);
  });

  it('spans the best to the worst rank drawn, the name at the top', () => {
    expect(rankSpan([{ unit: 'a', name: 'a', ranks: [null, 7, 2] }, { unit: 'b', name: 'b', ranks: [4, null, 5] }])).toEqual({ best: 2, worst: 7 });
    const o = bumpOption(['p'], [{ unit: 'a', name: 'a', ranks: [3] }, { unit: 'b', name: 'b', ranks: [9] }], 'a', { rank: 'r' }) as any;
    expect([o.yAxis.min, o.yAxis.max, o.yAxis.nameLocation]).toEqual([3, 9, 'start']);
  });

  it('keeps the unit and the peers ranked nearest to it in the latest period it has a rank in', () => {
    // focus F's latest rank is 5 (its last period has none); distances: A 0 (rank 5 tie), B 1 (4),
    // C 1 (6), D 3 (8), E none
    const big = [
      { unit: 'D', name: 'D', ranks: [1, 8, 1] },
      { unit: 'C', name: 'C', ranks: [1, 6, 1] },
      { unit: 'F', name: 'F', ranks: [2, 5, null] },
      { unit: 'E', name: 'E', ranks: [3, null, 2] },
      { unit: 'B', name: 'B', ranks: [4, 4, 3] },
      { unit: 'A', name: 'A', ranks: [5, 5, 4] },
    ];
    // size 4: F with A, B, C, in the given order; size 3: B and C tie at 1, B's better rank (4) wins
    expect(bumpNeighbourhood(big, 'F', 4).map((l) => l.unit)).toEqual(['C', 'F', 'B', 'A']);
    expect(bumpNeighbourhood(big, 'F', 3).map((l) => l.unit)).toEqual(['F', 'B', 'A']);
    expect(bumpNeighbourhood(big, 'F', 10)).toHaveLength(6);
  });
});

describe('bumpOption scale', () => {
  it('takes a given span, e.g. 1 … n for a unit alone in the county', () => {
    const o = bumpOption(['a', 'b'], [{ unit: 'U', name: 'U', ranks: [58, 64] }], 'U', { rank: 'r' }, { span: { best: 1, worst: 260 } }) as any;
    expect([o.yAxis.min, o.yAxis.max]).toEqual([1, 260]);
  });
});
