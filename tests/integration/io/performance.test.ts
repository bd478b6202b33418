import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readWorkbook, type WorkbookFile } from '../../../src-main/io';
import { ISSUE_CAP } from '../../../src-main/io/issues';
import { csvFiles } from '../../unit/io/helpers';

/** 100,000-row data sheets, generated here (never committed): read and validated, or
 * reported, within a few seconds. */

const ROWS = 100_000;
const LEAVES = 20;
const UNITS = ROWS / LEAVES; // long sheet: every unit has every leaf once

function indicatorsCsv(): string {
  const lines = ['code,name,parent,weight'];
  lines.push('A,甲,,1', 'B,乙,,1');
  for (let j = 0; j < LEAVES; j++) lines.push(`L${j},指标${j},${j % 2 ? 'B' : 'A'},1`);
  return lines.join('\n');
}

function unitsCsv(n: number): string {
  const lines = ['code,name'];
  for (let i = 0; i < n; i++) lines.push(`U${i},单位${i}`);
  return lines.join('\n');
}

/** Value of unit i on leaf j: deterministic, with every 97th missing. */
const value = (i: number, j: number): string => ((i * 31 + j * 17) % 97 === 0 ? '' : String((i * 7 + j * 13) % 1000 / 10));

function longCsv(bad = false): string {
  const lines = ['unit,period,indicator,value'];
  for (let i = 0; i < UNITS; i++) for (let j = 0; j < LEAVES; j++) lines.push(`U${i},2024,L${j},${bad ? 'x' + j : value(i, j)}`);
  return lines.join('\n');
}

describe('a 100,000-row data sheet', () => {
  it('long, in CSV: read and validated completely', async () => {
    const files = csvFiles({ 'indicators.csv': indicatorsCsv(), 'units.csv': unitsCsv(UNITS), 'data.csv': longCsv() });
    const result = await readWorkbook(files);
    expect(result.issues).toEqual([]);
    expect(result.workbook!.observations).toHaveLength(ROWS);
    let missing = 0;
    for (let i = 0; i < UNITS; i++) for (let j = 0; j < LEAVES; j++) if (value(i, j) === '') missing++;
    expect(result.workbook!.observations.filter((o) => o.value === null)).toHaveLength(missing);
  });

  it('wide, in CSV (100,000 unit-period rows, 2,000,000 cells)', async () => {
    const periods = 10;
    const units = ROWS / periods;
    const lines = ['unit,period,' + Array.from({ length: LEAVES }, (_, j) => `L${j}`).join(',')];
    for (let p = 0; p < periods; p++) {
      for (let i = 0; i < units; i++) lines.push(`U${i},${2015 + p},` + Array.from({ length: LEAVES }, (_, j) => value(i, j)).join(','));
    }
    const files = csvFiles({ 'indicators.csv': indicatorsCsv(), 'units.csv': unitsCsv(units), 'data.csv': lines.join('\n') });
    const result = await readWorkbook(files);
    expect(result.issues).toEqual([]);
    expect(result.workbook!.observations).toHaveLength(ROWS * LEAVES);
  });

  it('long, in xlsx: read and validated completely', async () => {
    const book = new ExcelJS.Workbook();
    const addSheet = (name: string, text: string): void => {
      const ws = book.addWorksheet(name);
      for (const line of text.split('\n')) ws.addRow(line.split(','));
    };
    addSheet('indicators', indicatorsCsv());
    addSheet('units', unitsCsv(UNITS));
    const data = book.addWorksheet('data');
    data.addRow(['unit', 'period', 'indicator', 'value']);
    for (let i = 0; i < UNITS; i++) {
      for (let j = 0; j < LEAVES; j++) {
        const v = value(i, j);
        data.addRow([`U${i}`, '2024', `L${j}`, v === '' ? null : Number(v)]);
      }
    }
    const file: WorkbookFile = { name: 'big.xlsx', data: new Uint8Array(await book.xlsx.writeBuffer()) };
    const result = await readWorkbook([file]);
    expect(result.issues).toEqual([]);
    expect(result.workbook!.observations).toHaveLength(ROWS);
    expect(result.workbook!.observations[LEAVES + 1]).toEqual({ unit: 'U1', period: '2024', indicator: 'L1', value: Number(value(1, 1)) });
  });

  it('with every value bad: reported, capped at the limit plus one summary', async () => {
    const files = csvFiles({ 'indicators.csv': indicatorsCsv(), 'units.csv': unitsCsv(UNITS), 'data.csv': longCsv(true) });
    const result = await readWorkbook(files);
    expect(result.workbook).toBeNull();
    expect(result.issues).toHaveLength(ISSUE_CAP + 1);
    expect(result.issues[0]).toMatchObject({ key: 'io.cell.notNumber', sheet: 'data', row: 2, column: 'value', params: { value: 'x0' } });
    expect(result.issues[ISSUE_CAP]).toEqual({ key: 'io.more', params: { count: ROWS - ISSUE_CAP, errors: ROWS - ISSUE_CAP }, severity: 'error' });
  });
});
