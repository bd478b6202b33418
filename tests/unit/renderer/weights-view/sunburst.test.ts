import { describe, expect, it } from 'vitest';
import { SERIES_COLOURS } from '../../../../src-renderer/charts/palette';
import { LABEL_MIN_ANGLE, sunburstData, sunburstOption, type SunburstNode } from '../../../../src-renderer/charts/sunburst';
import { sectorLabel } from '../../../../src-renderer/views/weights/sectorLabel';

// A small tree, shares worked by hand:
//   A 3 points, B 1 point        → A 3/4, B 1/4 of the whole
//   A: a1 1 point, a2 3 points   → a1 1/4 of A = 0.75 × 0.25 = 0.1875, a2 0.75 × 0.75 = 0.5625
const tree: SunburstNode[] = [
  {
    code: 'A',
    label: '甲',
    name: '甲维度',
    points: 3,
    share: 0.75,
    effective: 0.75,
    children: [
      { code: 'a1', label: 'a1', name: '指标一', points: 1, share: 0.25, effective: 0.1875 },
      { code: 'a2', label: 'a2', name: '指标<二>', points: 3, share: 0.75, effective: 0.5625 },
    ],
  },
  { code: 'B', label: '乙', name: '乙维度', points: 1, share: 0.25, effective: 0.25 },
];

describe('sunburst option builder', () => {
  it('gives one datum per node, valued in percent of the whole, coloured by its top-level node', () => {
    expect(sunburstData(tree)).toEqual([
      {
        id: 'A',
        name: '甲',
        value: 75,
        itemStyle: { color: SERIES_COLOURS[0], opacity: 1 },
        children: [
          { id: 'a1', name: 'a1', value: 18.75, itemStyle: { color: SERIES_COLOURS[0], opacity: 0.75 } },
          { id: 'a2', name: 'a2', value: 56.25, itemStyle: { color: SERIES_COLOURS[0], opacity: 0.75 } },
        ],
      },
      { id: 'B', name: '乙', value: 25, itemStyle: { color: SERIES_COLOURS[1], opacity: 1 } },
    ]);
  });

  it('builds one unsorted sunburst series with a ring per level', () => {
    const option = sunburstOption(tree, { tooltip: () => '' }) as { series: Record<string, unknown>[] };
    expect(option.series).toHaveLength(1);
    const s = option.series[0];
    expect(s.type).toBe('sunburst');
    expect(s.sort).toBeNull(); // tree order, not by size
    expect(s.nodeClick).toBe(false);
    expect(s.data).toEqual(sunburstData(tree));
    expect(s.label).toMatchObject({ minAngle: LABEL_MIN_ANGLE });
    // the top level from 12% to 52%, the one level below it the rest up to 95%
    const levels = s.levels as { r0?: string; r?: string }[];
    expect(levels.map((l) => [l.r0, l.r])).toEqual([
      [undefined, undefined],
      ['12%', '52%'],
      ['52%', '95%'],
    ]);
    // three levels: 52%–95% split in two, 21.5 each
    const deeper: SunburstNode[] = [{ ...tree[0], children: [{ ...tree[0].children![0], children: [{ ...tree[1], code: 'q' }] }] }];
    const three = (sunburstOption(deeper, { tooltip: () => '' }) as { series: { levels: { r0?: string; r?: string }[] }[] }).series[0].levels;
    expect(three.map((l) => [l.r0, l.r])).toEqual([
      [undefined, undefined],
      ['12%', '52%'],
      ['52%', '73.5%'],
      ['73.5%', '95%'],
    ]);
  });

  it('says points, share of the parent and of the whole in the tooltip, with names escaped', () => {
    const seen: unknown[] = [];
    const option = sunburstOption(tree, {
      tooltip: (n) => {
        seen.push(n);
        return `${n.name}|${n.points}|${n.share}|${n.effective}`;
      },
    }) as { tooltip: { formatter: (p: unknown) => string } };
    expect(option.tooltip.formatter({ data: { id: 'a2' } })).toBe('指标&#60;二&#62;|3|75.0%|56.3%');
    expect(seen).toEqual([{ name: '指标&#60;二&#62;', code: 'a2', points: '3', share: '75.0%', effective: '56.3%' }]);
    expect(option.tooltip.formatter({ data: { id: 'nothing' } })).toBe('');
  });
});

describe('sector labels of the top level', () => {
  it('breaks short Chinese names into lines and shows codes for anything wider', () => {
    expect(sectorLabel('产业兴旺', 'V1')).toBe('产业\n兴旺');
    expect(sectorLabel('治理', 'V4')).toBe('治理');
    expect(sectorLabel('生态宜居美', 'V2')).toBe('生态宜\n居美');
    expect(sectorLabel('村集体经济经营性收入', 'V1.1')).toBe('V1.1');
    expect(sectorLabel('Industry prosperity', 'V1')).toBe('V1');
  });
});
