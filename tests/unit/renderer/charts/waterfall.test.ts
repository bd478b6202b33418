import { describe, expect, it } from 'vitest';
import { MEANING } from '../../../../src-renderer/charts/palette';
import {
  escapeHtml,
  stepText,
  waterfallOption,
  waterfallSteps,
  type Explanation,
  type WaterfallLabels,
} from '../../../../src-renderer/charts/waterfall';

const labels: WaterfallLabels = {
  name: (code) => `名${code}`,
  base: '基础得分',
  total: '总分',
  adjustment: '调整',
};

/** Leaves A, B, D present with weights 0.2, 0.5, 0.3 (C missing):
 *   A: 0.2 × 50 = 10,  B: 0.5 × 60 = 30,  D: 0.3 × 50/3 = 5   →  base = 45
 * Items: bonus VB1 2 points, bonus VB2 0, penalty VP1 1.5, veto VV1 triggered:
 *   total = 45 + 2 − 1.5 = 45.5 */
function explanation(over: Partial<Explanation> = {}): Explanation {
  return {
    period: '2025',
    unit: 'U1',
    base: 45,
    total: 45.5,
    additive: true,
    leaves: [
      { code: 'A', weight: 0.2, score: 50, contribution: 10, raw: 7, rank: 3 },
      { code: 'B', weight: 0.5, score: 60, contribution: 30, raw: 12, rank: 1 },
      { code: 'C', weight: 0, score: null, contribution: 0, raw: null, rank: null },
      { code: 'D', weight: 0.3, score: 50 / 3, contribution: 5, raw: 1, rank: 9 },
    ],
    items: [
      { code: 'VB1', kind: 'bonus', points: 2 },
      { code: 'VB2', kind: 'bonus', points: 0 },
      { code: 'VP1', kind: 'penalty', points: 1.5 },
      { code: 'VV1', kind: 'veto', points: 1 },
    ],
    ...over,
  };
}

const brief = (steps: ReturnType<typeof waterfallSteps>) => steps.map((s) => [s.key, s.kind, s.start, s.end]);

describe('waterfallSteps', () => {
  it('climbs by contribution (largest first, missing leaves left out) to the base, then bonus and penalty to the total', () => {
    expect(brief(waterfallSteps(explanation(), labels))).toEqual([
      ['B', 'contribution', 0, 30],
      ['A', 'contribution', 30, 40],
      ['D', 'contribution', 40, 45],
      ['base', 'base', 0, 45],
      ['VB1', 'bonus', 45, 47],
      ['VP1', 'penalty', 47, 45.5],
      ['total', 'total', 0, 45.5],
    ]);
  });

  it('names the steps by indicator and the subtotals by the labels given', () => {
    expect(waterfallSteps(explanation(), labels).map((s) => s.label)).toEqual(['名B', '名A', '名D', '基础得分', '名VB1', '名VP1', '总分']);
  });

  it('the contribution steps add up to the base of an additive explanation', () => {
    const steps = waterfallSteps(explanation(), labels);
    const sum = steps.filter((s) => s.kind === 'contribution').reduce((a, s) => a + (s.end - s.start), 0);
    expect(sum).toBe(45);
  });

  it('keeps tree order between equal contributions', () => {
    const e = explanation({
      leaves: [
        { code: 'X', weight: 0.5, score: 20, contribution: 10, raw: 1, rank: 1 },
        { code: 'Y', weight: 0.5, score: 20, contribution: 10, raw: 1, rank: 1 },
      ],
      base: 20,
      total: 20,
      items: [],
    });
    expect(waterfallSteps(e, labels).map((s) => s.key)).toEqual(['X', 'Y', 'base', 'total']);
  });

  it('adds one adjustment step where caps or the floor changed the total', () => {
    // a bonus cap of 1.7: total = 45 + 1.7 − 1.5 = 45.2, not the 45.5 the items give
    const steps = waterfallSteps(explanation({ total: 45.2 }), labels);
    const adjustment = steps[steps.length - 2];
    expect([adjustment.key, adjustment.kind, adjustment.start]).toEqual(['adjustment', 'adjustment', 45.5]);
    expect(adjustment.end).toBeCloseTo(45.2, 12);
    expect(steps[steps.length - 1]).toMatchObject({ kind: 'total', start: 0, end: 45.2 });
  });

  it('has no steps for a unit without a base score', () => {
    expect(waterfallSteps(explanation({ base: null, total: null }), labels)).toEqual([]);
  });
});

describe('stepText', () => {
  it('shows subtotals as values, contributions unsigned, bonus and penalty signed', () => {
    const text = waterfallSteps(explanation(), labels).map(stepText);
    expect(text).toEqual(['30.00', '10.00', '5.00', '45.00', '+2.00', '−1.50', '45.50']);
  });
});

describe('waterfallOption', () => {
  it('stacks an invisible offset under each visible bar: offsets min(start, end), lengths |end − start|, subtotals from 0', () => {
    const option = waterfallOption(waterfallSteps(explanation(), labels)) as {
      yAxis: { type: string; inverse: boolean; data: string[] };
      series: { name: string; type: string; stack: string; stackStrategy: string; itemStyle?: { color: string }; data: unknown[] }[];
    };
    expect(option.yAxis).toMatchObject({ type: 'category', inverse: true, data: ['名B', '名A', '名D', '基础得分', '名VB1', '名VP1', '总分'] });
    const [offset, step] = option.series;
    expect(offset).toMatchObject({ name: 'offset', type: 'bar', stack: 'waterfall', stackStrategy: 'all', itemStyle: { color: 'transparent' } });
    expect(offset.data).toEqual([0, 30, 40, 0, 45, 45.5, 0]);
    expect(step).toMatchObject({ name: 'step', type: 'bar', stack: 'waterfall', stackStrategy: 'all' });
    const bars = step.data as { value: number; itemStyle: { color: string }; label: { formatter: string } }[];
    expect(bars.map((b) => b.value)).toEqual([30, 10, 5, 45, 2, 1.5, 45.5]);
    expect(bars.map((b) => b.itemStyle.color)).toEqual([
      MEANING.contribution,
      MEANING.contribution,
      MEANING.contribution,
      MEANING.total,
      MEANING.gain,
      MEANING.loss,
      MEANING.total,
    ]);
    expect(bars.map((b) => b.label.formatter)).toEqual(['30.00', '10.00', '5.00', '45.00', '+2.00', '−1.50', '45.50']);
    // each offset + bar ends where the step ends (or starts, for a step down)
    bars.forEach((b, i) => expect((offset.data[i] as number) + b.value).toBeCloseTo([30, 40, 45, 45, 47, 47, 45.5][i], 12));
  });

  it('draws a bar that crosses 0 from its lower end (a penalty beyond the base, no floor)', () => {
    // base 2, penalty 5: total = 2 − 5 = −3
    const e = explanation({
      leaves: [{ code: 'A', weight: 1, score: 2, contribution: 2, raw: 2, rank: 1 }],
      base: 2,
      total: -3,
      items: [{ code: 'VP1', kind: 'penalty', points: 5 }],
    });
    const option = waterfallOption(waterfallSteps(e, labels)) as { series: { data: unknown[] }[] };
    expect(option.series[0].data).toEqual([0, 0, -3, 0]);
    expect((option.series[1].data as { value: number }[]).map((b) => b.value)).toEqual([2, 2, 5, -3]);
  });

  it('escapes names in the HTML tooltips', () => {
    expect(escapeHtml('<5% 的农户 & "户"')).toBe('&lt;5% 的农户 &amp; &quot;户&quot;');
    const option = waterfallOption(waterfallSteps(explanation(), { ...labels, name: () => '<b>x</b>' })) as {
      series: { data: unknown[] }[];
    };
    const first = option.series[1].data[0] as { tooltip: { formatter: string } };
    expect(first.tooltip.formatter).toContain('&lt;b&gt;x&lt;/b&gt;');
  });
});
