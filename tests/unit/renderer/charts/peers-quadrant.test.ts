/* eslint-disable @typescript-eslint/no-explicit-any -- ECharts options are loosely typed unions; these tests read them back as plain data. */
import { describe, expect, it } from 'vitest';
import { paddedExtent, quadrantOption, type QuadrantLabels } from '../../../../src-renderer/charts/quadrant';
import { chartStrings, LANGS } from './peers-labels';

// The fixture county's category A in 2025 (tests/integration/service/peers-fixture.ts)
const dots = [
  { unit: 'U1', name: '甲村', level: 63.25, improvement: 63.25 },
  { unit: 'U2', name: '乙村', level: 47.5, improvement: -52.5 },
  { unit: 'U4', name: '丁村', level: 6.25, improvement: -93.75 },
];

describe('quadrantOption', () => {
  it('pads the axis by a tenth of the span, the median included', () => {
    // levels 6.25 … 63.25, span 57 -> pad 5.7
    expect(paddedExtent([63.25, 47.5, 6.25], 47.5)).toEqual({ min: 6.25 - 5.7, max: 63.25 + 5.7 });
    expect(paddedExtent([5, 5], 5)).toEqual({ min: 4.5, max: 5.5 });
  });

  it.each(LANGS)('plots level against improvement with median lines and the four named quadrants (%s)', (lang) => {
    const s = chartStrings(lang);
    const labels: QuadrantLabels = {
      level: s.level, improvement: s.improvement, strong: s.strong, catchingUp: s.catchingUp, fallingBehind: s.fallingBehind, lagging: s.lagging,
    };
    const o = quadrantOption(dots, { level: 47.5, improvement: -52.5 }, 'U1', labels) as any;
    expect(o.xAxis.name).toBe(s.level);
    expect(o.yAxis.name).toBe(s.improvement);
    expect(o.series[0].data.map((d: any) => d.value)).toEqual([[47.5, -52.5], [6.25, -93.75]]);
    expect(o.series[1].data).toMatchObject([{ value: [63.25, 63.25], name: '甲村' }]);
    expect(o.series[0].markLine.data).toEqual([{ xAxis: 47.5 }, { yAxis: -52.5 }]);
    const areas = o.series[0].markArea.data;
    expect(areas.map((a: any) => a[0].name)).toEqual([s.strong, s.catchingUp, s.fallingBehind, s.lagging]);
    // strong: from the medians up and right to the corner
    expect(areas[0][0].coord).toEqual([47.5, -52.5]);
    expect(areas[0][1].coord).toEqual([o.xAxis.max, o.yAxis.max]);
    expect(areas[3][0].coord).toEqual([o.xAxis.min, o.yAxis.min]);
  });
});
