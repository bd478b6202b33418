import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { DEMO_FILE_DATE, generateCityWorkbook, generateCountyWorkbook, stabiliseXlsx } from '../../../scripts/demo';
import { filesFromPath, readWorkbook, writeWorkbookXlsx } from '../../../src-main/io';
import type { Workbook } from '../../../src-shared/model';

const demoPath = (name: string) => fileURLToPath(new URL(`../../../resources/demo/${name}`, import.meta.url));

/** The read workbook holds the generated one: same tree, units and goals, every generated value;
 * a wide data sheet also gives empty cells for indicators a period does not carry, which read
 * back as missing. */
function expectSameContent(read: Workbook, generated: Workbook): void {
  expect(read.indicators).toEqual(generated.indicators);
  expect(read.units).toEqual(generated.units);
  expect(read.goals).toEqual(generated.goals);
  const key = (o: { unit: string; period: string; indicator: string }) => `${o.period}|${o.unit}|${o.indicator}`;
  const readValues = new Map(read.observations.map((o) => [key(o), o.value]));
  const mismatches = generated.observations.filter((o) => readValues.get(key(o)) !== o.value);
  expect(mismatches).toEqual([]);
  const generatedKeys = new Set(generated.observations.map(key));
  expect(read.observations.filter((o) => !generatedKeys.has(key(o)) && o.value !== null)).toEqual([]);
}

describe('demo files', () => {
  it('stabiliseXlsx gives the same bytes whatever time exceljs stamped, with the fixed date inside', async () => {
    const write = async (created: Date) => {
      const book = new ExcelJS.Workbook();
      book.created = created;
      book.modified = created;
      book.addWorksheet('units').addRow(['code', 'name']);
      return new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer);
    };
    const a = await write(new Date('2020-05-06T07:08:09Z'));
    const b = await write(new Date('2024-10-11T12:13:14Z'));
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(false);
    const sa = stabiliseXlsx(a, DEMO_FILE_DATE);
    const sb = stabiliseXlsx(b, DEMO_FILE_DATE);
    expect(Buffer.from(sa).equals(Buffer.from(sb))).toBe(true);
    expect(Buffer.from(stabiliseXlsx(sa, DEMO_FILE_DATE)).equals(Buffer.from(sa))).toBe(true);
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(sa.buffer as ArrayBuffer);
    expect(back.created.toISOString()).toBe(DEMO_FILE_DATE.toISOString());
    expect(back.getWorksheet('units')?.getRow(1).values).toEqual([undefined, 'code', 'name']);
  });

  it('writes the city workbook as an xlsx that imports without issues and with the same content', async () => {
    const generated = generateCityWorkbook();
    const bytes = stabiliseXlsx(await writeWorkbookXlsx(generated), DEMO_FILE_DATE);
    const { workbook, issues } = await readWorkbook([{ name: 'demo-city.xlsx', data: bytes }]);
    expect(issues).toEqual([]);
    expectSameContent(workbook as Workbook, generated);
  });

  it('has committed demo files that hold what the generator gives (regenerate if this fails)', async () => {
    for (const [name, generate] of [
      ['demo-county.xlsx', generateCountyWorkbook],
      ['demo-county-csv', generateCountyWorkbook],
      ['demo-city.xlsx', generateCityWorkbook],
    ] as const) {
      expect(existsSync(demoPath(name))).toBe(true);
      const { workbook, issues } = await readWorkbook(await filesFromPath(demoPath(name)));
      expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
      expectSameContent(workbook as Workbook, generate());
    }
  }, 30_000);
});
