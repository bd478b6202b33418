import { describe, expect, it } from 'vitest';
import { comparePinyin, matchesSearch, pinyinKey } from '../../../src-renderer/lib/pinyin';

describe('pinyin ordering of Chinese names', () => {
  it('sorts by pinyin, not by code point', () => {
    // code points: 北 U+5317 < 安 U+5B89 < 张 U+5F20 < 白 U+767D < 陈 U+9648; pinyin: an < bai < bei < chen < zhang
    const names = ['陈家村', '北湖村', '安乐村', '张庄村', '白马村'];
    expect([...names].sort()).toEqual(['北湖村', '安乐村', '张庄村', '白马村', '陈家村']);
    expect([...names].sort(comparePinyin)).toEqual(['安乐村', '白马村', '北湖村', '陈家村', '张庄村']);
  });

  it('orders by the next syllable when the first is the same', () => {
    // dong he < dong hu < dong shan
    expect(['东山村', '东湖村', '东河村'].sort(comparePinyin)).toEqual(['东河村', '东湖村', '东山村']);
  });

  it('never ties two different names', () => {
    expect(comparePinyin('东河村', '东河村')).toBe(0);
    expect(Math.sign(comparePinyin('东河村', '东和村'))).not.toBe(0);
  });

  it('keeps Latin text and digits as they are, lower-cased', () => {
    expect(pinyinKey('A区')).toBe('a qu1');
  });
});

describe('search by name, code or pinyin', () => {
  it('matches part of the name or the code', () => {
    expect(matchesSearch('河', '东河村', 'V001')).toBe(true);
    expect(matchesSearch('v00', '东河村', 'V001')).toBe(true);
    expect(matchesSearch('  ', '东河村')).toBe(true);
  });

  it('matches pinyin initials and full pinyin', () => {
    expect(matchesSearch('dhc', '东河村')).toBe(true);
    expect(matchesSearch('donghe', '东河村')).toBe(true);
    expect(matchesSearch('HE', '东河村')).toBe(true);
  });

  it('does not match what is not there', () => {
    expect(matchesSearch('xyz', '东河村', 'V001')).toBe(false);
    expect(matchesSearch('山', '东河村', 'V001')).toBe(false);
  });
});
