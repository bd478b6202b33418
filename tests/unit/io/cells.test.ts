import { describe, expect, it } from 'vitest';
import { cellText, INVALID, MISSING, readFlag, readNumber, toHalfWidth } from '../../../src-main/io/cells';
import { neutralise, unneutralise } from '../../../src-main/io/neutralise';

describe('readNumber', () => {
  it('takes number cells as they are', () => {
    expect(readNumber(42.5)).toBe(42.5);
    expect(readNumber(-0.125)).toBe(-0.125);
  });

  it('reads numeric strings, with exponent and surrounding spaces', () => {
    expect(readNumber('12')).toBe(12);
    expect(readNumber(' -3.5 ')).toBe(-3.5);
    expect(readNumber('+7')).toBe(7);
    expect(readNumber('.5')).toBe(0.5);
    expect(readNumber('1.5e3')).toBe(1500);
    expect(readNumber('0.1')).toBe(0.1);
  });

  it('reads a percent string as the number written (93% -> 93, not 0.93)', () => {
    expect(readNumber('93%')).toBe(93);
    expect(readNumber('12.5 %')).toBe(12.5);
    expect(readNumber('-4%')).toBe(-4);
    expect(readNumber('９３％')).toBe(93); // full-width, as a Chinese input method types it
  });

  it('reads thousands separators only where they group by three', () => {
    expect(readNumber('1,234.5')).toBe(1234.5);
    expect(readNumber('12,345,678')).toBe(12345678);
    expect(readNumber('1,23')).toBe(INVALID);
  });

  it('treats empty, NA, -, — as missing (not zero)', () => {
    for (const m of [null, '', '   ', 'NA', 'na', 'N/A', '-', '—', '——', '－', '#N/A']) expect(readNumber(m)).toBe(MISSING);
  });

  it('says INVALID for anything else', () => {
    for (const bad of ['abc', '12abc', '1.2.3', '3-5', 'x%', '%', true, '0x10', '2024-01-01']) expect(readNumber(bad)).toBe(INVALID);
  });

  it('reads spelled-out infinities and huge exponents as non-finite numbers (the caller reports them)', () => {
    expect(readNumber('1e999')).toBe(Infinity);
    expect(readNumber('-Infinity')).toBe(-Infinity);
    expect(readNumber('inf')).toBe(Infinity);
    expect(readNumber('NaN')).toBeNaN();
  });

  it('undoes the export neutralisation of a negative number written as text', () => {
    expect(readNumber("'-5")).toBe(-5);
  });
});

describe('readFlag (veto items)', () => {
  it('takes TRUE/FALSE, yes/no and 是/否 as 1/0, numbers as numbers', () => {
    expect(readFlag(true)).toBe(1);
    expect(readFlag(false)).toBe(0);
    expect(readFlag('是')).toBe(1);
    expect(readFlag('否')).toBe(0);
    expect(readFlag('TRUE')).toBe(1);
    expect(readFlag('no')).toBe(0);
    expect(readFlag(1)).toBe(1);
    expect(readFlag('0')).toBe(0);
    expect(readFlag('')).toBe(MISSING);
    expect(readFlag('maybe')).toBe(INVALID);
  });
});

describe('cellText', () => {
  it('trims, turns empty into null and numbers into their text', () => {
    expect(cellText('  东村 ')).toBe('东村');
    expect(cellText('   ')).toBeNull();
    expect(cellText(null)).toBeNull();
    expect(cellText(3301)).toBe('3301');
    expect(cellText(0.5)).toBe('0.5');
  });

  it('strips the quote that export put before =, +, - or @, and no other quote', () => {
    expect(cellText("'=cmd|' /C calc'!A0")).toBe("=cmd|' /C calc'!A0");
    expect(cellText("'+1")).toBe('+1');
    expect(cellText("'@SUM(A1)")).toBe('@SUM(A1)');
    expect(cellText("'quoted'")).toBe("'quoted'");
    expect(cellText("''=x")).toBe("'=x");
  });
});

describe('neutralise', () => {
  it('prefixes a quote to text starting with =, +, - or @ (OWASP CSV injection)', () => {
    expect(neutralise('=cmd|\' /C calc\'!A0')).toBe("'=cmd|' /C calc'!A0");
    expect(neutralise('+1')).toBe("'+1");
    expect(neutralise('-')).toBe("'-");
    expect(neutralise('@x')).toBe("'@x");
    expect(neutralise('东村')).toBe('东村');
    expect(neutralise('a=b')).toBe('a=b');
  });

  it('round-trips with unneutralise, also for text that already starts with a quote', () => {
    for (const s of ['=1+1', "'=1+1", "''@x", "'plain", 'plain', '-', '+86 571', '@']) {
      expect(unneutralise(neutralise(s))).toBe(s);
    }
  });
});

describe('toHalfWidth', () => {
  it('folds full-width ASCII and the ideographic space', () => {
    expect(toHalfWidth('ＡＢ１２：　％')).toBe('AB12: %');
  });
});
