import { describe, expect, it } from 'vitest';
import { dataUrlToBytes, exportFileName, exportOption, optionToSvg } from '../../../../src-renderer/charts/exportChart';
import { waterfallOption, waterfallSteps, type Explanation } from '../../../../src-renderer/charts/waterfall';

const e: Explanation = {
  period: '2025',
  unit: 'U1',
  base: 45,
  total: 47,
  additive: true,
  leaves: [
    { code: 'A', weight: 0.25, score: 40, contribution: 10, raw: 1, rank: 2 },
    { code: 'B', weight: 0.75, score: 140 / 3, contribution: 35, raw: 2, rank: 1 },
  ],
  items: [{ code: 'VB1', kind: 'bonus', points: 2 }],
};
const option = waterfallOption(
  waterfallSteps(e, { name: (c) => (c === 'A' ? '村集体经济收入' : c), base: '基础得分', total: '总分', adjustment: '调整' }),
);

describe('chart export helpers', () => {
  it('export without animation on white', () => {
    expect(exportOption({ series: [] })).toEqual({ series: [], animation: false, backgroundColor: '#ffffff' });
  });

  it('render the option as a standalone SVG of the given size, text as text', () => {
    const svg = optionToSvg(option, 640, 300);
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg')).toBe(true);
    expect(svg).toMatch(/<svg[^>]* width="640" height="300"/);
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
    // a white background, the category names and the bar labels (35, 10, base 45, +2, total 47)
    expect(svg).toMatch(/<rect width="640" height="300"[^>]*fill="#ffffff"/);
    for (const text of ['村集体经济收入', '基础得分', '总分', '35.00', '10.00', '45.00', '+2.00', '47.00']) expect(svg).toContain(`>${text}<`);
  });

  it('decode a base64 data URL to its bytes', () => {
    // the 8-byte PNG signature, base64
    expect([...dataUrlToBytes('data:image/png;base64,iVBORw0KGgo=')]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(() => dataUrlToBytes('data:image/png,plain')).toThrow();
    expect(() => dataUrlToBytes('iVBORw0KGgo=')).toThrow();
  });

  it('make file names every file system accepts, Chinese kept', () => {
    expect(exportFileName('得分构成-安院村-2025', 'png')).toBe('得分构成-安院村-2025.png');
    expect(exportFileName('a/b\\c:d*e?"f"<g>|h', 'svg')).toBe('a_b_c_d_e_f_g_h.svg');
    expect(exportFileName('  ..hidden  name ', 'png')).toBe('hidden name.png');
    expect(exportFileName('///', 'svg')).toBe('_.svg');
    expect(exportFileName('', 'svg')).toBe('chart.svg');
  });
});
