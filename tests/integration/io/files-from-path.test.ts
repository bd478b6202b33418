import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { filesFromPath, readWorkbook, writeWorkbookXlsx } from '../../../src-main/io';
import { KaopingError } from '../../../src-shared/api/errors';
import { FIXTURES, fixtureTexts } from '../../unit/io/helpers';

const dir = mkdtempSync(join(tmpdir(), 'kaoping-io-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('filesFromPath', () => {
  it('takes every CSV file of a folder, by name order, leaving out hidden and Excel lock files', async () => {
    const folder = join(dir, 'chinese');
    mkdirSync(folder);
    const t = fixtureTexts('valid-small');
    writeFileSync(join(folder, '指标.csv'), t['indicators.csv']);
    writeFileSync(join(folder, '单位.CSV'), t['units.csv']);
    writeFileSync(join(folder, '数据.csv'), t['data.csv']);
    writeFileSync(join(folder, '目标.csv'), t['goals.csv']);
    writeFileSync(join(folder, '~$数据.csv'), 'lock');
    writeFileSync(join(folder, '.hidden.csv'), 'x');
    writeFileSync(join(folder, 'readme.txt'), 'not a sheet');
    const files = await filesFromPath(folder);
    expect(files.map((f) => f.name)).toEqual(['单位.CSV', '指标.csv', '数据.csv', '目标.csv'].sort());
    const { workbook, issues } = await readWorkbook(files);
    expect(issues).toEqual([]);
    const english = await readWorkbook(await filesFromPath(join(FIXTURES, 'valid-small')));
    expect(workbook).toEqual(english.workbook);
  });

  it('takes an .xlsx file or a single CSV file as it is', async () => {
    const { workbook } = await readWorkbook(await filesFromPath(join(FIXTURES, 'valid-small')));
    const path = join(dir, 'county.xlsx');
    const bytes = await writeWorkbookXlsx(workbook!);
    writeFileSync(path, bytes);
    const files = await filesFromPath(path);
    expect(files).toHaveLength(1);
    expect(files[0].name).toBe('county.xlsx');
    expect(Buffer.from(files[0].data).equals(Buffer.from(bytes))).toBe(true);
    expect((await readWorkbook(files)).workbook).toEqual(workbook);

    const single = await filesFromPath(join(FIXTURES, 'valid-small', 'units.csv'));
    expect(single.map((f) => f.name)).toEqual(['units.csv']);
  });

  it('throws a KaopingError for a path that does not exist', async () => {
    const missing = join(dir, 'nowhere.xlsx');
    await expect(filesFromPath(missing)).rejects.toThrow(KaopingError);
    await expect(filesFromPath(missing)).rejects.toMatchObject({ key: 'io.path.notFound', params: { path: missing } });
  });

  it('throws a KaopingError for a folder without CSV files', async () => {
    const empty = join(dir, 'empty');
    mkdirSync(empty);
    await expect(filesFromPath(empty)).rejects.toMatchObject({ key: 'io.path.noCsv', params: { path: empty } });
  });
});
