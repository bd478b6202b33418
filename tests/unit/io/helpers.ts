import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readWorkbook, type WorkbookFile } from '../../../src-main/io';
import type { WorkbookIssue } from '../../../src-shared/model';

/** Shared by the io unit and integration tests. */

const here = (rel: string): string => fileURLToPath(new URL(rel, import.meta.url));
export const FIXTURES = here('../../fixtures/workbooks');
export const ASEM = here('../../fixtures/asem');
export const CATALOG = here('../../../resources/catalog');

const utf8 = new TextEncoder();

/** CSV texts (file name -> text) as workbook files. */
export function csvFiles(texts: Record<string, string>): WorkbookFile[] {
  return Object.entries(texts).map(([name, text]) => ({ name, data: utf8.encode(text) }));
}

/** The CSV texts of a fixture folder, to be changed by a test. */
export function fixtureTexts(folder: string): Record<string, string> {
  const dir = join(FIXTURES, folder);
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir).sort()) out[name] = readFileSync(join(dir, name), 'utf8');
  return out;
}

export function readTexts(texts: Record<string, string>, period?: string) {
  return readWorkbook(csvFiles(texts), { period });
}

export const errorsOf = (issues: WorkbookIssue[]): WorkbookIssue[] => issues.filter((i) => i.severity === 'error');
export const warningsOf = (issues: WorkbookIssue[]): WorkbookIssue[] => issues.filter((i) => i.severity === 'warning');

/** The issue's where and what, for compact assertions. */
export function brief(i: WorkbookIssue): { key: string; sheet?: string; row?: number; column?: string } {
  const out: { key: string; sheet?: string; row?: number; column?: string } = { key: i.key };
  if (i.sheet !== undefined) out.sheet = i.sheet;
  if (i.row !== undefined) out.row = i.row;
  if (i.column !== undefined) out.column = i.column;
  return out;
}
