import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { writeWorkbookCsv } from '../../../src-main/io';
import { leavesInTreeOrder } from '../../../src-main/io/export-tables';
import type { Indicator, Workbook } from '../../../src-shared/model';

function indicator(code: string, parent: string | null, position: number, extra: Partial<Indicator> = {}): Indicator {
  return {
    code, name: code, nameEn: null, parent, weight: 1, direction: 1, unit: null, kind: 'indicator', fineKind: null,
    scoring: 'minmax', aggregation: 'arithmetic', target: null, typicalMin: null, typicalMax: null, department: null,
    description: null, attributes: {}, position, ...extra,
  };
}

function workbook(): Workbook {
  return {
    indicators: [indicator('A', null, 0), indicator('A2', 'A', 1), indicator('A1', 'A', 2), indicator('B', null, 3)],
    units: [
      { code: 'U2', name: "=cmd|' /C calc'!A0", parent: null, level: null, category: null, groups: {}, attributes: {}, position: 0 },
      { code: 'U1', name: '东村, "一组"', parent: null, level: null, category: null, groups: { 片区: '北' }, attributes: { note: '-' }, position: 1 },
    ],
    observations: [
      { unit: 'U1', period: '2024', indicator: 'A1', value: 0.1 + 0.2 },
      { unit: 'U2', period: '2024', indicator: 'B', value: -1 / 3 },
      { unit: 'U2', period: '2023', indicator: 'A2', value: null },
    ],
    goals: [],
  };
}

const parse = (text: string): string[][] => Papa.parse<string[]>(text.replace(/^\ufeff/, ''), { skipEmptyLines: true }).data;

describe('writeWorkbookCsv', () => {
  it('writes one UTF-8 file with BOM per sheet, CRLF line ends', () => {
    const out = writeWorkbookCsv(workbook());
    expect(Object.keys(out)).toEqual(['indicators.csv', 'units.csv', 'data.csv', 'goals.csv']);
    for (const text of Object.values(out)) {
      expect(text.startsWith('\ufeff')).toBe(true);
      expect(text.endsWith('\r\n')).toBe(true);
    }
    expect(out['goals.csv']).toBe('\ufeffunit,period,code,title,indicator,target,actual,status,verified_by,note\r\n');
  });

  it('neutralises text that a spreadsheet would run as a formula, and quotes what needs it', () => {
    const units = parse(writeWorkbookCsv(workbook())['units.csv']);
    expect(units[0]).toEqual(['code', 'name', 'parent', 'level', 'category', 'group:片区', 'note']);
    expect(units[1][1]).toBe("'=cmd|' /C calc'!A0");
    expect(units[2][1]).toBe('东村, "一组"');
    expect(units[2][6]).toBe("'-");
  });

  it('writes data wide, periods in order, leaves in tree order, numbers in full precision', () => {
    const data = parse(writeWorkbookCsv(workbook())['data.csv']);
    // Leaves: A's children by position (A2 before A1), then B.
    expect(data[0]).toEqual(['unit', 'name', 'period', 'A2', 'A1', 'B']);
    expect(data.slice(1)).toEqual([
      ['U2', "'=cmd|' /C calc'!A0", '2023', '', '', ''],
      ['U2', "'=cmd|' /C calc'!A0", '2024', '', '', String(-1 / 3)],
      ['U1', '东村, "一组"', '2024', '', '0.30000000000000004', ''],
    ]);
    expect(Number(data[2][5])).toBe(-1 / 3);
  });
});

describe('leavesInTreeOrder', () => {
  it('walks the tree depth-first, children by position, whatever the row order', () => {
    const list = [indicator('X1', 'X', 5), indicator('Y', null, 1), indicator('X', null, 0), indicator('X2', 'X', 2), indicator('Y1', 'Y', 3)];
    expect(leavesInTreeOrder(list)).toEqual(['X2', 'X1', 'Y1']);
  });
});
