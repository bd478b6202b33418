import { writeFileSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { SHEETS, tempPath, writeWorkbookDir } from './workbook-fixture';
import { fileHash, runCli } from './run-cli';

/** Every bad input the importer handles: a non-zero exit, one line on stderr naming what and
 * where, and the database left byte-for-byte as it was (or not created at all). */

let db: string;
let dbHash: string | null;

beforeAll(() => {
  db = tempPath('county.db');
  const ok = runCli(['import', writeWorkbookDir(), '--db', db]);
  expect(ok.stderr).toBe('');
  expect(ok.status).toBe(0);
  dbHash = fileHash(db);
  expect(dbHash).not.toBeNull();
});

function expectRefused(args: string[], ...expected: (string | RegExp)[]): string {
  const r = runCli(args);
  expect(r.status).not.toBe(0);
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  for (const e of expected) expect(lines[0]).toMatch(e);
  expect(fileHash(db)).toBe(dbHash);
  // WAL side files must not carry a pending write either.
  expect(readdirSync(join(db, '..')).filter((f) => f.endsWith('-wal') || f.endsWith('.tmp'))).toEqual([]);
  return lines[0];
}

function replaceLine(sheet: keyof typeof SHEETS, index: number, line: string): string {
  const lines = SHEETS[sheet].split('\n');
  lines[index] = line;
  return lines.join('\n');
}

function fileIn(name: string, data: string | Uint8Array): string {
  const p = join(mkdtempSync(join(tmpdir(), 'kaoping-bad-')), name);
  writeFileSync(p, data);
  return p;
}

describe('kaoping import refuses bad input and changes nothing', () => {
  it('not a workbook at all', () => {
    const pdf = fileIn('report.xlsx', '%PDF-1.4\n%âãÏÓ\n1 0 obj << /Type /Catalog >> endobj\n');
    expectRefused(['import', pdf, '--db', db], /report\.xlsx/);
  });

  it('an empty file', () => {
    expectRefused(['import', fileIn('empty.xlsx', new Uint8Array(0)), '--db', db], /empty\.xlsx/);
  });

  it('a missing sheet', () => {
    expectRefused(['import', writeWorkbookDir({ units: null }), '--db', db], /units/);
  });

  it('a missing required column', () => {
    const indicators = SHEETS.indicators.replace('code,name,name_en', 'code,title,name_en');
    expectRefused(['import', writeWorkbookDir({ indicators }), '--db', db], /sheet indicators/, /name/);
  });

  it('duplicate codes', () => {
    const units = replaceLine('units', 3, 'U1,丙村,T1,village,城郊融合');
    expectRefused(['import', writeWorkbookDir({ units }), '--db', db], /sheet units/, /row 4/, /U1/);
  });

  it('an unknown parent', () => {
    const indicators = replaceLine('indicators', 5, 'I3,绿化率,Green cover,D9,1,1,indicator');
    expectRefused(['import', writeWorkbookDir({ indicators }), '--db', db], /sheet indicators/, /row 6/, /D9/);
  });

  it('a cycle in the tree', () => {
    let indicators = replaceLine('indicators', 1, 'D1,产业,Industry,I1,2,,indicator');
    indicators = indicators.replace('I1,集体收入,Collective income,D1,1,1,indicator', 'I1,集体收入,Collective income,D1,1,1,indicator\nI4,子项,Child,I1,1,1,indicator');
    expectRefused(['import', writeWorkbookDir({ indicators }), '--db', db], /sheet indicators/, /D1|I1/);
  });

  it('a data row naming an unknown unit', () => {
    const data = replaceLine('data', 2, 'U9,2024,20,5,NA,6,0');
    expectRefused(['import', writeWorkbookDir({ data }), '--db', db], /sheet data/, /row 3/, /U9/);
  });

  it('a data column naming an unknown indicator', () => {
    const data = SHEETS.data.replace('unit,period,I1,I2,I3,B1,P1', 'unit,period,I1,I2,I7,B1,P1');
    expectRefused(['import', writeWorkbookDir({ data }), '--db', db], /sheet data/, /I7/);
  });

  it('a non-numeric value', () => {
    const data = replaceLine('data', 3, 'U3,2024,30,abc,9,0,2');
    expectRefused(['import', writeWorkbookDir({ data }), '--db', db], /sheet data/, /row 4/, /column I2/, /abc/);
  });

  it('a negative weight', () => {
    const indicators = replaceLine('indicators', 3, 'I1,集体收入,Collective income,D1,-1,1,indicator');
    expectRefused(['import', writeWorkbookDir({ indicators }), '--db', db], /sheet indicators/, /row 4/, /weight/);
  });

  it('a non-finite weight', () => {
    const indicators = replaceLine('indicators', 3, 'I1,集体收入,Collective income,D1,Infinity,1,indicator');
    expectRefused(['import', writeWorkbookDir({ indicators }), '--db', db], /sheet indicators/, /row 4/, /weight/);
  });

  it('a formula cell', async () => {
    const wb = new ExcelJS.Workbook();
    for (const name of ['indicators', 'units', 'data'] as const) {
      const ws = wb.addWorksheet(name);
      for (const line of SHEETS[name].split('\n')) ws.addRow(line.split(','));
    }
    wb.getWorksheet('data')!.getCell('C3').value = { formula: 'SUM(1,2)', result: 3 };
    const path = fileIn('formula.xlsx', new Uint8Array(await wb.xlsx.writeBuffer()));
    expectRefused(['import', path, '--db', db], /sheet data/, /row 3/, /column I1/);
  });

  it('a 100,000-row sheet with one bad value near its end', () => {
    const rows = ['unit,period,indicator,value'];
    const units = ['U1', 'U2', 'U3', 'U4'];
    for (let p = 0; rows.length <= 100_000; p++) {
      for (const u of units) rows.push(`${u},P${p},I1,${p % 97}`);
    }
    rows[99_999] = rows[99_999].replace(/,[^,]*$/, ',n/a?');
    expect(rows.length).toBe(100_001);
    expectRefused(['import', writeWorkbookDir({ data: rows.join('\n') }), '--db', db], /sheet data/, /row 100000/, /value/);
  });

  it('a bad workbook does not create a database that did not exist', () => {
    const fresh = tempPath('never.db');
    const r = runCli(['import', writeWorkbookDir({ units: null }), '--db', fresh]);
    expect(r.status).not.toBe(0);
    expect(fileHash(fresh)).toBeNull();
  });

  it('speaks Chinese by default', () => {
    const data = replaceLine('data', 3, 'U3,2024,30,abc,9,0,2');
    const r = runCli(['import', writeWorkbookDir({ data }), '--db', db], 'zh-CN');
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/工作表 data/);
    expect(r.stderr).toMatch(/第 4 行/);
  });
});

describe('other commands refuse bad input', () => {
  it('score on a database that does not exist', () => {
    const r = runCli(['score', '--db', tempPath('missing.db')]);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/missing\.db/);
  });

  it('score with a bad range or aggregation', () => {
    expectRefused(['score', '--db', db, '--range', '100,0'], /--range/);
    expectRefused(['score', '--db', db, '--aggregate', 'median'], /--aggregate/, /arithmetic, geometric/);
  });

  it('score of an unknown period', () => {
    expectRefused(['score', '--db', db, '--period', '1999'], /1999/, /2024/);
  });
});
