import { describe, expect, it } from 'vitest';
import { checkName, defaultPair, formatDateTime, nameAccepted, type ApiScheme } from '../../../../src-renderer/views/weights/schemes/schemeList';

const scheme = (name: string, extra: Partial<ApiScheme> = {}): ApiScheme => ({
  name, note: null, isBaseline: false, finalisedAt: null, createdAt: '2026-01-01T00:00:00.000Z', scheme: {}, ...extra,
});
const schemes = [scheme('均衡'), scheme('经济优先', { isBaseline: true }), scheme('2024 定稿', { finalisedAt: '2025-01-10T08:00:00.000Z' })];

describe('the name form', () => {
  it('lets save as replace an unfinalised scheme but never a finalised one', () => {
    const saveAs = (n: string) => checkName(n, schemes, { replaceable: true });
    expect([saveAs(''), saveAs('  '), saveAs('新方案'), saveAs(' 均衡 '), saveAs('2024 定稿')]).toEqual([
      'empty', 'empty', 'free', 'replaces', 'finalised',
    ]);
  });

  it('refuses any taken name for clone and rename; keeping the name is no rename', () => {
    expect(checkName('均衡', schemes, { replaceable: false })).toBe('taken');
    expect(checkName('2024 定稿', schemes, { replaceable: false })).toBe('taken');
    expect(checkName('均衡', schemes, { replaceable: false, current: '均衡' })).toBe('unchanged');
    expect(checkName('均衡 2', schemes, { replaceable: false, current: '均衡' })).toBe('free');
  });

  it('accepts only a free name or one save as may replace', () => {
    const all = ['empty', 'free', 'replaces', 'finalised', 'taken', 'unchanged'] as const;
    expect(all.filter(nameAccepted)).toEqual(['free', 'replaces']);
  });
});

describe('the comparison opens with', () => {
  it('the baseline against the loaded scheme, else the first against the next', () => {
    expect(defaultPair(schemes, '均衡')).toEqual(['经济优先', '均衡']);
    expect(defaultPair(schemes, null)).toEqual(['经济优先', '均衡']);
    expect(defaultPair(schemes, '经济优先')).toEqual(['经济优先', '均衡']);
    expect(defaultPair(schemes, '2024 定稿')).toEqual(['经济优先', '2024 定稿']);
    expect(defaultPair([scheme('x'), scheme('y')], null)).toEqual(['x', 'y']);
    expect(defaultPair([scheme('x')], 'x')).toBeNull();
  });
});

describe('timestamps', () => {
  it('show as local YYYY-MM-DD HH:mm', () => {
    const iso = '2026-03-04T05:06:07.000Z';
    const d = new Date(iso);
    const p = (n: number) => String(n).padStart(2, '0');
    expect(formatDateTime(iso)).toBe(`${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`);
    expect(formatDateTime('not a date')).toBe('not a date');
  });
});
