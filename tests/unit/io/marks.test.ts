import { describe, expect, it } from 'vitest';
import { readWorkbook, writeWorkbookCsv, writeWorkbookXlsx } from '../../../src-main/io';
import { sheetKindOf } from '../../../src-main/io/names';
import type { Mark, Workbook } from '../../../src-shared/model';
import { brief, csvFiles, errorsOf, fixtureTexts, readTexts, warningsOf } from './helpers';

/** The valid small workbook (tests/fixtures/workbooks/valid-small) plus a marks sheet. Its
 * leaves: E1 (typical_max 150), E2, S1 (100), S2 (10); E and S are aggregates. */
const MARKS_CSV = [
  'unit,period,indicator,expert,value,note',
  'C01,2024,S1,张三,90,',
  'C01,2024,S1,李四,85.5,材料齐全',
  'C01,2024,S1,王五,88%,',
  'C02,2024,E1,张三,120,',
].join('\n');

const withMarks = (marks = MARKS_CSV): Record<string, string> => ({ ...fixtureTexts('valid-small'), 'marks.csv': marks });

async function valid(texts: Record<string, string>, period?: string): Promise<Workbook> {
  const { workbook, issues } = await readTexts(texts, period);
  expect(errorsOf(issues)).toEqual([]);
  expect(workbook).not.toBeNull();
  return workbook!;
}

const m = (unit: string, indicator: string, expert: string, value: number, note: string | null = null, period = '2024'): Mark => ({
  unit, period, indicator, expert, value, note,
});

/** Replaces the marks sheet's rows below the header. */
const rows = (...lines: string[]): Record<string, string> => withMarks(['unit,period,indicator,expert,value', ...lines].join('\n'));

async function problems(texts: Record<string, string>) {
  const { workbook, issues } = await readTexts(texts);
  return { workbook, errors: errorsOf(issues).map(brief), warnings: warningsOf(issues).map(brief), issues };
}

describe('the marks sheet', () => {
  it('is found by its names, 评分 among them', () => {
    for (const name of ['marks', 'Marks', 'mark', '评分', '专家评分', '专家评审']) expect(sheetKindOf(name)).toBe('marks');
  });

  it('reads one mark per row, a percent as the number shown, notes kept', async () => {
    const wb = await valid(withMarks());
    expect(wb.marks).toEqual([
      m('C01', 'S1', '张三', 90),
      m('C01', 'S1', '李四', 85.5, '材料齐全'),
      m('C01', 'S1', '王五', 88),
      m('C02', 'E1', '张三', 120),
    ]);
  });

  it('reads Chinese sheet and column names like the English ones', async () => {
    const t = fixtureTexts('valid-small');
    t['评分.csv'] = MARKS_CSV.replace('unit,period,indicator,expert,value,note', '单位编码,期间,指标,专家,评分,备注');
    expect(await valid(t)).toEqual(await valid(withMarks()));
  });

  it('takes the period named at import time when the sheet has no period column', async () => {
    const t = fixtureTexts('valid-small');
    t['marks.csv'] = 'unit,indicator,expert,value\nC01,S1,A,90\n';
    expect((await valid(t, '2024')).marks).toEqual([m('C01', 'S1', 'A', 90)]);
  });

  it('is optional: a workbook without it, or with only its header, has no marks', async () => {
    const without = await valid(fixtureTexts('valid-small'));
    expect('marks' in without).toBe(false);
    const { workbook, issues } = await readTexts(withMarks('unit,period,indicator,expert,value\n'));
    expect(issues).toEqual([]);
    expect(workbook).toEqual(without);
  });
});

describe('bad input in the marks sheet, each named by sheet, row and column', () => {
  it('an unknown unit, an unknown indicator and an aggregate', async () => {
    const { workbook, errors } = await problems(rows('C09,2024,S1,A,90', 'C01,2024,X9,A,90', 'C01,2024,E,A,90'));
    expect(workbook).toBeNull();
    expect(errors).toEqual([
      { key: 'io.data.unknownUnit', sheet: 'marks', row: 2, column: 'unit' },
      { key: 'io.data.unknownIndicator', sheet: 'marks', row: 3, column: 'indicator' },
      { key: 'io.data.aggregateIndicator', sheet: 'marks', row: 4, column: 'indicator' },
    ]);
  });

  it('a value that is not a number, is missing or is not finite; a missing expert', async () => {
    const { errors } = await problems(rows('C01,2024,S1,A,good', 'C01,2024,S1,B,', 'C01,2024,S1,C,NA', 'C01,2024,S1,D,inf', 'C01,2024,S1,,90'));
    expect(errors).toEqual([
      { key: 'io.cell.notNumber', sheet: 'marks', row: 2, column: 'value' },
      { key: 'io.cell.required', sheet: 'marks', row: 3, column: 'value' },
      { key: 'io.cell.required', sheet: 'marks', row: 4, column: 'value' },
      { key: 'io.cell.notFinite', sheet: 'marks', row: 5, column: 'value' },
      { key: 'io.cell.required', sheet: 'marks', row: 6, column: 'expert' },
    ]);
  });

  it('the same expert marking the same unit, period and indicator twice', async () => {
    const { errors, issues } = await problems(rows('C01,2024,S1,A,90', 'C01,2024,S1,B,80', 'C01,2024,S1,A,70', 'C01,2023,S1,A,70'));
    expect(errors).toEqual([{ key: 'io.marks.duplicate', sheet: 'marks', row: 4, column: 'expert' }]);
    expect(issues.find((i) => i.key === 'io.marks.duplicate')!.params).toMatchObject({ unit: 'C01', period: '2024', indicator: 'S1', expert: 'A', first: 2 });
  });

  it('a mark outside 0 to typical_max is a warning, not an error', async () => {
    const t = rows('C01,2024,S1,A,101', 'C01,2024,S1,B,-1', 'C01,2024,S1,C,100', 'C01,2024,E1,A,0', 'C01,2024,S2,A,-2');
    // S2 without a typical range: only a negative mark is flagged.
    t['indicators.csv'] = t['indicators.csv'].replace('S2,信访次数,Petitions,S,2,-1,次,quantitative,,0,10', 'S2,信访次数,Petitions,S,2,-1,次,quantitative,,,');
    const { workbook, errors, warnings, issues } = await problems(t);
    expect(errors).toEqual([]);
    expect(workbook!.marks).toHaveLength(5);
    expect(warnings).toEqual([
      { key: 'io.marks.outOfRange', sheet: 'marks', row: 2, column: 'value' },
      { key: 'io.marks.outOfRange', sheet: 'marks', row: 3, column: 'value' },
      { key: 'io.marks.negative', sheet: 'marks', row: 6, column: 'value' },
    ]);
    expect(issues[0].params).toMatchObject({ indicator: 'S1', value: 101, max: 100 });
  });

  it('a missing required column, and an unknown column (ignored)', async () => {
    const missing = await problems(withMarks('unit,period,indicator,value\nC01,2024,S1,90\n'));
    expect(missing.errors).toEqual([{ key: 'io.column.missing', sheet: 'marks', row: 1, column: 'expert' }]);
    const extra = await problems(withMarks('unit,period,indicator,expert,value,weight\nC01,2024,S1,A,90,3\n'));
    expect(extra.errors).toEqual([]);
    expect(extra.warnings).toEqual([{ key: 'io.column.ignored', sheet: 'marks', row: 1, column: 'weight' }]);
    expect(extra.workbook!.marks).toEqual([m('C01', 'S1', 'A', 90)]);
  });

  it('two sheets standing for marks', async () => {
    const t = withMarks();
    t['评分.csv'] = MARKS_CSV;
    const { errors } = await problems(t);
    expect(errors.map((e) => e.key)).toEqual(['io.sheet.duplicate']);
  });
});

describe('marks round trip', () => {
  const source = async (): Promise<Workbook> => {
    const wb = await valid(withMarks());
    // Text a spreadsheet would run as a formula, and full double precision.
    wb.marks!.push(m('C03', 'S2', '=HYPERLINK("x")', 1 / 3, '-待复核'));
    return wb;
  };

  it('export to xlsx and import again gives the same workbook', async () => {
    const wb = await source();
    const { workbook, issues } = await readWorkbook([{ name: 'out.xlsx', data: await writeWorkbookXlsx(wb) }]);
    expect(errorsOf(issues)).toEqual([]);
    expect(workbook).toEqual(wb);
  });

  it('export to CSV and import again gives the same workbook', async () => {
    const wb = await source();
    const files = writeWorkbookCsv(wb);
    expect(Object.keys(files)).toEqual(['indicators.csv', 'units.csv', 'data.csv', 'goals.csv', 'marks.csv']);
    expect(files['marks.csv'].split('\r\n')[0]).toBe('\ufeffunit,period,indicator,expert,value,note');
    const { workbook, issues } = await readWorkbook(csvFiles(files));
    expect(errorsOf(issues)).toEqual([]);
    expect(workbook).toEqual(wb);
  });

  it('a workbook without marks exports no marks sheet', async () => {
    const wb = await valid(fixtureTexts('valid-small'));
    expect(Object.keys(writeWorkbookCsv(wb))).toEqual(['indicators.csv', 'units.csv', 'data.csv', 'goals.csv']);
    expect(Object.keys(writeWorkbookCsv({ ...wb, marks: [] }))).toEqual(['indicators.csv', 'units.csv', 'data.csv', 'goals.csv']);
  });
});
