import { describe, expect, it } from 'vitest';
import { gradeProbabilityOption, segmentText, uncertainGradeUnits } from '../../../../src-renderer/charts/gradeProbability';
import { oatSweepOption } from '../../../../src-renderer/charts/oatSweep';
import { MEANING } from '../../../../src-renderer/charts/palette';
import { intervalUnits, MIN_BAR, rankIntervalsOption } from '../../../../src-renderer/charts/rankIntervals';
import { labelPositions, slopeOption } from '../../../../src-renderer/charts/slope';
import { stabilityBarsOption, stabilityRows } from '../../../../src-renderer/charts/stabilityBars';

type Series = { type: string; name?: string; data: unknown[]; stack?: string; lineStyle?: { color: string }; markLine?: { data: unknown[] } };
const seriesOf = (o: unknown) => (o as { series: Series[] }).series;

describe('slope chart', () => {
  it('draws one line per unit from its baseline rank to its scenario rank, coloured by direction', () => {
    const o = slopeOption(
      [
        { label: '甲', baseRank: 3, rank: 1 },
        { label: '乙', baseRank: 1, rank: 2 },
        { label: '丙', baseRank: 5, rank: 5 },
      ],
      { baseline: '基准', scenario: '情景' },
      12,
      // 14 px of text over 4 ranks in (104 − 48) px: labels 1 rank apart need no moving
      104,
    );
    const [labels, ...lines] = seriesOf(o).reverse();
    lines.reverse();
    expect(lines.map((x) => [x.name, x.data])).toEqual([
      ['甲', [3, 1]],
      ['乙', [1, 2]],
      ['丙', [5, 5]],
    ]);
    expect(lines.map((x) => x.lineStyle!.color)).toEqual([MEANING.gain, MEANING.loss, MEANING.axis]);
    // the last series labels each scenario end with the name and new rank
    expect(labels.data).toEqual([
      { value: [1, 1], label: { formatter: '甲 1' } },
      { value: [1, 2], label: { formatter: '乙 2' } },
      { value: [1, 5], label: { formatter: '丙 5' } },
    ]);
    expect((o as { yAxis: { inverse: boolean; max: number } }).yAxis).toMatchObject({ inverse: true, max: 5 });
  });

  it('pushes labels of close ranks a line apart, in rank order', () => {
    const units = [
      { label: 'a', baseRank: 9, rank: 35 },
      { label: 'b', baseRank: 1, rank: 34 },
      { label: 'c', baseRank: 2, rank: 39 },
      { label: 'd', baseRank: 3, rank: 80 },
    ];
    // b at 34, a at max(35, 34 + 2) = 36, c at max(39, 38) = 39, d stays at 80.
    expect(labelPositions(units, 2)).toEqual([36, 34, 39, 80]);
  });
});

describe('rank interval chart', () => {
  const units = intervalUnits(
    [
      { unit: 'b', nominal: 2, median: 2, q05: 1, q95: 4 },
      { unit: 'a', nominal: 1, median: 1, q05: 1, q95: 1 },
      { unit: 'x', nominal: null, median: null, q05: null, q95: null },
    ],
    (u) => u.unit.toUpperCase(),
  );

  it('orders the ranked units by nominal rank and drops the unranked', () => {
    expect(units.map((u) => u.label)).toEqual(['A', 'B']);
  });

  it('stacks an invisible offset to q05 and a bar to q95, with the median and nominal as marks', () => {
    const [offset, bar, median, nominal] = seriesOf(rankIntervalsOption(units, { interval: '区间', median: '中位', nominal: '名义' }));
    expect(offset.stack).toBe(bar.stack);
    // A: [1, 1] shows as a sliver of MIN_BAR centred on 1; B: from 1 to 4.
    expect(offset.data).toEqual([1 - MIN_BAR / 2, 1 - MIN_BAR / 2]);
    expect(bar.data).toEqual([MIN_BAR, 3 + MIN_BAR]);
    expect((offset.data as number[])[1] + (bar.data as number[])[1]).toBeCloseTo(4 + MIN_BAR / 2, 12);
    expect(median.data).toEqual([1, 2]);
    expect(nominal.data).toEqual([1, 2]);
  });
});

describe('grade probability bars', () => {
  const units = [
    { label: 'A', nominal: 1, probabilities: [1, 0, 0] },
    { label: 'C', nominal: 3, probabilities: [0.25, 0.75, 0] },
    { label: 'B', nominal: 2, probabilities: [0.6, 0.4, 0] },
  ];

  it('keeps the uncertain units by nominal rank', () => {
    expect(uncertainGradeUnits(units).map((u) => u.label)).toEqual(['B', 'C']);
    expect(uncertainGradeUnits([units[0]]).map((u) => u.label)).toEqual(['A']);
  });

  it('labels segments in whole percent, never rounding a near-certainty to 100%', () => {
    expect([segmentText(5), segmentText(42.4), segmentText(99.6), segmentText(100)]).toEqual(['', '42%', '>99%', '100%']);
  });

  it('stacks one series per grade in percent', () => {
    const s = seriesOf(gradeProbabilityOption(uncertainGradeUnits(units), ['优秀', '良好', '一般']));
    expect(s.map((x) => [x.name, x.stack, x.data])).toEqual([
      ['优秀', 'grade', [60, 25]],
      ['良好', 'grade', [40, 75]],
      ['一般', 'grade', [0, 0]],
    ]);
  });
});

describe('stability bars', () => {
  it('shows each node’s interval and nominal weight as shares of its group', () => {
    const rows = stabilityRows(
      [
        { node: 'A', weight: 1.2, max: 2, low: 8 / 7, high: 2 },
        { node: 'B', weight: 0.8, max: 2, low: 0, high: 6 / 7 },
      ],
      (c) => `节点${c}`,
    );
    const [offset, bar, nominal] = seriesOf(stabilityBarsOption(rows, { interval: '区间', nominal: '当前' }));
    expect(offset.data).toEqual([57.14, 0]);
    expect(bar.data).toEqual([100 - 57.14, 42.86]);
    expect(nominal.data).toEqual([60, 40]);
  });
});

describe('one-at-a-time sweep', () => {
  it('plots rank and total against the weight share and marks the nominal weight', () => {
    const points = [
      { share: 0, total: 20, rank: 2 },
      { share: 0.5, total: 40, rank: 3 },
      { share: 1, total: 60, rank: 2 },
    ];
    const [rank, total] = seriesOf(oatSweepOption(points, 0.6, { rank: '名次', total: '总分', weight: '权重', nominal: '当前' }));
    expect(rank.data).toEqual([[0, 2], [50, 3], [100, 2]]);
    expect(total.data).toEqual([[0, 20], [50, 40], [100, 60]]);
    expect(rank.markLine!.data).toEqual([{ xAxis: 60 }]);
  });
});
