/** Writes the demo workbooks to resources/demo: the fictional county 青岚县 (villages, as an
 * .xlsx file and as a folder of CSV files) and the fictional city 云岚市 (counties).
 * Run with `npx tsx scripts/generate-demo.ts [--seed N]`; the committed files use the default
 * seed, and the output is byte-for-byte the same on every run. */
import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Workbook } from '../src-shared/model';
import { writeWorkbookCsv, writeWorkbookXlsx } from '../src-main/io';
import { DEMO_FILE_DATE, DEMO_SEED, generateCityWorkbook, generateCountyWorkbook, stabiliseXlsx } from './demo';

const OUT = fileURLToPath(new URL('../resources/demo/', import.meta.url));

function seedFromArgs(argv: readonly string[]): number {
  const i = argv.indexOf('--seed');
  if (i < 0) return DEMO_SEED;
  const seed = Number(argv[i + 1]);
  if (!Number.isInteger(seed)) throw new Error(`--seed needs an integer, got "${argv[i + 1] ?? ''}"`);
  return seed;
}

function sha256(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex').slice(0, 16);
}

function summary(wb: Workbook): string {
  const periods = [...new Set(wb.observations.map((o) => o.period))];
  return `${wb.units.length} units, ${wb.indicators.length} indicators, ${wb.observations.length} observations `
    + `(${periods.join(', ')}), ${wb.goals.length} goals`;
}

async function writeXlsx(name: string, wb: Workbook): Promise<void> {
  // exceljs stamps the current time into the file; the fixed date keeps the bytes stable.
  const bytes = stabiliseXlsx(await writeWorkbookXlsx(wb), DEMO_FILE_DATE);
  writeFileSync(join(OUT, name), bytes);
  console.log(`${name}: ${summary(wb)}; sha256 ${sha256(bytes)}…`);
}

function writeCsvFolder(name: string, wb: Workbook): void {
  const dir = join(OUT, name);
  rmSync(dir, { recursive: true, force: true }); // no stale sheet files from an older run
  mkdirSync(dir, { recursive: true });
  const files = writeWorkbookCsv(wb);
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text, 'utf8');
  console.log(`${name}/: ${Object.keys(files).sort().join(', ')}`);
}

async function main(): Promise<void> {
  const seed = seedFromArgs(process.argv.slice(2));
  mkdirSync(OUT, { recursive: true });
  const county = generateCountyWorkbook({ seed });
  const city = generateCityWorkbook({ seed });
  await writeXlsx('demo-county.xlsx', county);
  writeCsvFolder('demo-county-csv', county);
  await writeXlsx('demo-city.xlsx', city);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exitCode = 1;
});
