import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readWorkbook, writeWorkbookCsv, writeWorkbookXlsx } from '../../../src-main/io';
import type { Workbook } from '../../../src-shared/model';
import { CATALOG, csvFiles, errorsOf } from '../../unit/io/helpers';

/** A deterministic generator (LCG), so values have full, odd double precision. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const INJECTION = "=cmd|' /C calc'!A0";
const PERIODS = ['2023', '2024', '2024Q1', '2024Q2'];

/** The source: the county catalog with townships and villages (groups, attributes, text a
 * spreadsheet would run as a formula), four periods of wide data and goals. */
function sourceTexts(): Record<string, string> {
  const catalog = readFileSync(join(CATALOG, 'indicators.csv'), 'utf8');
  const rows = Papa.parse<Record<string, string>>(catalog, { header: true, skipEmptyLines: true }).data;
  const parents = new Set(rows.map((r) => r.parent).filter((p) => p !== ''));
  const leaves = rows.filter((r) => !parents.has(r.code));

  const units = ['code,name,parent,level,category,group:片区,人口,备注,@来源'];
  units.push('T1,城关镇,,township,,,,,');
  units.push('T2,"@桥头镇",,township,,,,,县民政局');
  const villages: string[] = [];
  // "''=x" is read as "'=x" (import strips the one quote export adds), which then needs two.
  const names = [INJECTION, '+86 热线村', '-东村', "''=already quoted", '南村二组长名字', '西村, "老村"'];
  const categories = ['集聚提升', '城郊融合', '特色保护', '搬迁撤并'];
  const attrs = ['1200', '01', '-5', '3.25', '', '1e3'];
  for (let i = 0; i < 12; i++) {
    const code = `C${String(i + 1).padStart(3, '0')}`;
    villages.push(code);
    const name = i < names.length ? names[i] : `村${i + 1}`;
    const quoted = /[",]/.test(name) ? `"${name.replace(/"/g, '""')}"` : name;
    units.push([code, quoted, i % 2 ? 'T2' : 'T1', 'village', categories[i % 4], i % 3 ? '北片' : '', attrs[i % attrs.length], i === 0 ? '=SUM(A1)' : '', ''].join(','));
  }

  const r = rng(20240601);
  const data = ['unit,period,' + leaves.map((l) => l.code).join(',')];
  for (const p of PERIODS) {
    for (const u of villages) {
      const cells = leaves.map((l) => {
        if (r() < 0.05) return '';
        const lo = Number(l.typical_min);
        const hi = Number(l.typical_max);
        if (l.kind === 'veto') return r() < 0.1 ? '1' : '0';
        return String(lo + (hi - lo) * r());
      });
      data.push(`${u},${p},${cells.join(',')}`);
    }
  }

  const goals = ['unit,period,code,title,indicator,target,actual,status,verified_by,note'];
  goals.push(`C001,2024,G1,新建冷链仓库,V6.1,1,1,done,乡镇党委,"=HYPERLINK(""http://x"")"`);
  goals.push('C002,2024,G1,道路硬化 5 公里,,5,3.5,partial,,');
  goals.push('C002,2024,G2,-,,,,dropped,,');
  return { 'indicators.csv': catalog, 'units.csv': units.join('\n'), 'data.csv': data.join('\n'), 'goals.csv': goals.join('\n') };
}

async function read(files: { name: string; data: Uint8Array }[]): Promise<Workbook> {
  const { workbook, issues } = await readWorkbook(files);
  expect(errorsOf(issues)).toEqual([]);
  expect(workbook).not.toBeNull();
  return workbook!;
}

const xlsx = (data: Uint8Array): { name: string; data: Uint8Array }[] => [{ name: 'export.xlsx', data }];

/** Every cell of every sheet, as exceljs reads it. */
async function cells(data: Uint8Array): Promise<Record<string, unknown[]>> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(data) as unknown as ArrayBuffer);
  return Object.fromEntries(book.worksheets.map((ws) => [ws.name, ws.getSheetValues()]));
}

async function loadBook(data: Uint8Array): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(data) as unknown as ArrayBuffer);
  return book;
}

describe('round trip', () => {
  let wb1: Workbook;
  beforeAll(async () => {
    wb1 = await read(csvFiles(sourceTexts()));
  });

  it('has a source worth the trip (units with tricky names, four periods, goals)', () => {
    expect(wb1.units.map((u) => u.name)).toContain(INJECTION);
    expect(wb1.units.find((u) => u.code === 'C004')?.name).toBe("'=already quoted");
    expect(wb1.units.find((u) => u.code === 'T2')?.attributes).toEqual({ '@来源': '县民政局' });
    expect(new Set(wb1.observations.map((o) => o.period))).toEqual(new Set(PERIODS));
    expect(wb1.observations.some((o) => o.value === null)).toBe(true);
    expect(wb1.goals).toHaveLength(3);
  });

  it('xlsx: export -> import -> export gives the same workbook and the same cells', async () => {
    const x1 = await writeWorkbookXlsx(wb1);
    const wb2 = await read(xlsx(x1));
    const x2 = await writeWorkbookXlsx(wb2);
    const wb3 = await read(xlsx(x2));
    const x3 = await writeWorkbookXlsx(wb3);
    // The source was already in the export's order (periods, then units, leaves in tree
    // order), so even the first import equals it.
    expect(wb2).toEqual(wb1);
    expect(wb3).toEqual(wb2);
    expect(await cells(x3)).toEqual(await cells(x2));
    expect(await cells(x2)).toEqual(await cells(x1));
  });

  it('csv: export -> import -> export gives the same workbook and the same text', async () => {
    const c1 = writeWorkbookCsv(wb1);
    const wb2 = await read(csvFiles(c1));
    const c2 = writeWorkbookCsv(wb2);
    const wb3 = await read(csvFiles(c2));
    expect(wb2).toEqual(wb1);
    expect(wb3).toEqual(wb2);
    expect(writeWorkbookCsv(wb3)).toEqual(c2);
    expect(c2).toEqual(c1);
  });

  it('xlsx and csv carry the same content', async () => {
    const viaXlsx = await read(xlsx(await writeWorkbookXlsx(wb1)));
    expect(writeWorkbookCsv(viaXlsx)).toEqual(writeWorkbookCsv(wb1));
  });

  it('a long data sheet comes back wide with the same observations', async () => {
    const t = sourceTexts();
    const wide = Papa.parse<string[]>(t['data.csv']).data;
    const long = ['unit,period,indicator,value'];
    for (const r of wide.slice(1)) for (let c = 2; c < wide[0].length; c++) long.push([r[0], r[1], wide[0][c], r[c]].join(','));
    const fromLong = await read(csvFiles({ ...t, 'data.csv': long.join('\n') }));
    const back = await read(xlsx(await writeWorkbookXlsx(fromLong)));
    expect(back).toEqual(wb1);
  });
});

describe('the xlsx export', () => {
  let book: ExcelJS.Workbook;
  let wb: Workbook;
  beforeAll(async () => {
    wb = await read(csvFiles(sourceTexts()));
    book = await loadBook(await writeWorkbookXlsx(wb));
  });

  it('has the four sheets, header row bold and frozen, key columns frozen', () => {
    expect(book.worksheets.map((ws) => ws.name)).toEqual(['indicators', 'units', 'data', 'goals']);
    for (const ws of book.worksheets) {
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(ws.getRow(1).getCell(1).font?.bold).toBe(true);
    }
    expect(book.getWorksheet('data')!.views[0]).toMatchObject({ xSplit: 3 });
    // The catalog lists its tree depth-first, so tree order is the order of its leaf rows.
    const parents = new Set(wb.indicators.map((i) => i.parent));
    const leaves = wb.indicators.filter((i) => !parents.has(i.code)).map((i) => i.code);
    expect((book.getWorksheet('data')!.getRow(1).values as unknown[]).slice(1)).toEqual(['unit', 'name', 'period', ...leaves]);
  });

  it('sizes columns for Chinese text (a CJK character counts two)', () => {
    // Goal titles: 新建冷链仓库 (12 wide), 道路硬化 5 公里 (8 + 3 + 4 = 15), "-": 15 + 2 of padding.
    expect(book.getWorksheet('goals')!.getColumn(4).width).toBe(17);
    // Unit names: the longest is the injection text, 18 characters written with its quote: 19 + 2.
    expect(INJECTION).toHaveLength(18);
    expect(book.getWorksheet('units')!.getColumn(2).width).toBe(21);
    // The code column: header "code" and "C001" are 4 wide; 4 + 2 = 6, the minimum.
    expect(book.getWorksheet('units')!.getColumn(1).width).toBe(6);
    // Indicator names: the longest, 村两委主要成员受刑事处罚或严重党纪处分, is 19 characters: 38 + 2.
    expect(book.getWorksheet('indicators')!.getColumn(2).width).toBe(40);
    // Descriptions run to hundreds of characters; columns stop at 60.
    expect(book.getWorksheet('indicators')!.getColumn(15).width).toBe(60);
  });

  it('writes numbers as numbers with full double precision', () => {
    const data = book.getWorksheet('data')!;
    const header = data.getRow(1).values as string[];
    const byKey = new Map(wb.observations.map((o) => [`${o.unit}|${o.period}|${o.indicator}`, o.value]));
    let compared = 0;
    data.eachRow((row, n) => {
      if (n === 1) return;
      const v = row.values as unknown[];
      for (let c = 4; c < header.length; c++) {
        const expected = byKey.get(`${v[1]}|${v[3]}|${header[c]}`);
        expect(v[c] ?? null).toBe(expected);
        if (typeof expected === 'number') compared++;
      }
    });
    expect(compared).toBeGreaterThan(1000);
  });

  it('neutralises text cells that start with =, +, - or @, and writes free text that is a number as a number', () => {
    const units = book.getWorksheet('units')!;
    const col = (name: string): number => (units.getRow(1).values as string[]).indexOf(name);
    const rowOf = (code: string): ExcelJS.Row => {
      let found: ExcelJS.Row | undefined;
      units.eachRow((r) => {
        if (r.getCell(1).value === code) found = r;
      });
      return found!;
    };
    expect(rowOf('C001').getCell(col('name')).value).toBe("'" + INJECTION);
    expect(rowOf('C001').getCell(col('name')).type).toBe(ExcelJS.ValueType.String);
    expect(rowOf('C002').getCell(col('name')).value).toBe("'+86 热线村");
    expect(rowOf('C003').getCell(col('name')).value).toBe("'-东村");
    expect(rowOf('C004').getCell(col('name')).value).toBe("''=already quoted");
    expect(rowOf('T2').getCell(col('name')).value).toBe("'@桥头镇");
    expect(rowOf('C001').getCell(col('备注')).value).toBe("'=SUM(A1)");
    // Headers are text too.
    expect(col("'@来源")).toBeGreaterThan(0);
    // Attributes: "1200" and "-5" are numbers' spellings, "01" and "1e3" are not.
    expect(rowOf('C001').getCell(col('人口')).value).toBe(1200);
    expect(rowOf('C002').getCell(col('人口')).value).toBe('01');
    expect(rowOf('C003').getCell(col('人口')).value).toBe(-5);
    expect(rowOf('C006').getCell(col('人口')).value).toBe('1e3');
    const goals = book.getWorksheet('goals')!;
    expect(goals.getRow(2).getCell(10).value).toBe('\'=HYPERLINK("http://x")');
    expect(goals.getRow(4).getCell(4).value).toBe("'-");
  });
});
