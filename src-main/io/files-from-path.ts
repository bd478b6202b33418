import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { KaopingError } from '../../src-shared/api/errors';
import type { WorkbookFile } from './read-workbook';

/** The files of a workbook on disk: an .xlsx file or a single CSV file as it is, or every
 * CSV file of a folder (indicators.csv, units.csv, data.csv, goals.csv, or 指标.csv …).
 * What the files hold is judged by readWorkbook, by content. */
export async function filesFromPath(path: string): Promise<WorkbookFile[]> {
  let info;
  try {
    info = await stat(path);
  } catch {
    throw new KaopingError('io.path.notFound', { path });
  }
  if (!info.isDirectory()) return [{ name: basename(path), data: await readBytes(path) }];

  const names = (await readdir(path, { withFileTypes: true }))
    // Hidden files and Excel's lock files (~$data.csv) are not sheets.
    .filter((e) => e.isFile() && extname(e.name).toLowerCase() === '.csv' && !/^(\.|~\$)/.test(e.name))
    .map((e) => e.name)
    .sort();
  if (names.length === 0) throw new KaopingError('io.path.noCsv', { path });
  const files: WorkbookFile[] = [];
  for (const name of names) files.push({ name, data: await readBytes(join(path, name)) });
  return files;
}

async function readBytes(path: string): Promise<Uint8Array> {
  const buf = await readFile(path);
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
}
