import { createHash } from 'node:crypto';
import type { CallArgs, CallResult, Handlers } from '../../src-shared/api';
import type { Workbook, WorkbookIssue } from '../../src-shared/model';
import { readWorkbook, writeWorkbookXlsx } from '../io';
import type { ServiceContext } from './context';

export interface WorkbookFile {
  name: string;
  data: Uint8Array;
}

/** SHA-256 of what was imported: of the file itself for one file; for a CSV folder, of each
 * file's name and bytes in name order (so the same folder always hashes the same). */
export function workbookSha256(files: WorkbookFile[]): string {
  const hash = createHash('sha256');
  if (files.length === 1) return hash.update(files[0].data).digest('hex');
  for (const f of [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    hash.update(f.name).update('\0').update(f.data);
  }
  return hash.digest('hex');
}

export interface CheckedWorkbook {
  workbook: Workbook | null;
  issues: WorkbookIssue[];
  sha256: string;
}

/** Reads and validates a workbook without touching any database. */
export async function checkWorkbook(files: WorkbookFile[], period?: string): Promise<CheckedWorkbook> {
  const { workbook, issues } = await readWorkbook(files, { period });
  return { workbook, issues, sha256: workbookSha256(files) };
}

function summarise(wb: Workbook | null): CallResult<'importWorkbook'>['summary'] {
  if (!wb) return { units: 0, indicators: 0, observations: 0, goals: 0, periods: [], superseded: 0 };
  const periods = [...new Set(wb.observations.map((o) => o.period))];
  return {
    units: wb.units.length,
    indicators: wb.indicators.length,
    observations: wb.observations.length,
    goals: wb.goals.length,
    periods,
    superseded: 0,
  };
}

/** Validate everything first; write all of it in one transaction or nothing. */
export async function importFiles(ctx: ServiceContext, args: CallArgs<'importWorkbook'>): Promise<CallResult<'importWorkbook'>> {
  const { workbook, issues, sha256 } = await checkWorkbook(args.files, args.period);
  const summary = summarise(workbook);
  if (!workbook) return { ok: false, dryRun: args.dryRun, issues, sha256, summary };
  if (args.dryRun) return { ok: true, dryRun: true, issues, sha256, summary };
  const fileName = args.files.length === 1 ? args.files[0].name : args.files.map((f) => f.name).join(', ');
  const applied = ctx.store.applyImport(workbook, { fileName, sha256, user: ctx.user, period: args.period });
  return { ok: true, dryRun: false, issues, sha256, summary: { ...summary, superseded: applied.superseded } };
}

export function workbookHandlers(ctx: ServiceContext): Pick<Handlers, 'importWorkbook' | 'exportWorkbook'> {
  return {
    importWorkbook: (args) => importFiles(ctx, args),
    exportWorkbook: async () => writeWorkbookXlsx(ctx.store.readWorkbook()),
  };
}
