import type { Workbook, WorkbookIssue } from '../../src-shared/model';
import { IssueCollector, SheetIssues } from './issues';
import { REQUIRED_SHEETS, SHEET_ZH, sheetKindOf, type SheetKind } from './names';
import { parseData, type DataContext } from './parse-data';
import { parseGoals } from './parse-goals';
import { parseIndicators } from './parse-indicators';
import { parseMarks } from './parse-marks';
import { parseUnits } from './parse-units';
import { PeriodLabels } from './periods';
import { readCsv } from './read-csv';
import { readXlsx } from './read-xlsx';
import type { RawSheet } from './raw-sheet';
import { sniff } from './sniff';
import { checkTree, type TreeFacts } from './tree-check';

export interface WorkbookFile {
  /** File name as picked; for a CSV folder, one entry per sheet file (`data.csv`, `数据.csv`). */
  name: string;
  data: Uint8Array;
}

export interface ReadWorkbookOptions {
  /** Period of a wide data sheet without a `period` column. */
  period?: string;
}

export interface ReadWorkbookResult {
  /** The parsed workbook; null when any error was found. */
  workbook: Workbook | null;
  /** Every problem found (errors and warnings), capped at ISSUE_CAP plus one `io.more`. */
  issues: WorkbookIssue[];
}

/** Reads an evaluation workbook (docs/workbook-format.md) from an .xlsx file or from CSV
 * files, one per sheet, and validates all of it before returning anything: the result has
 * either a workbook and at most warnings, or no workbook and the full list of problems. Files
 * are told apart by content, not by name. */
export async function readWorkbook(files: WorkbookFile[], opts: ReadWorkbookOptions = {}): Promise<ReadWorkbookResult> {
  const collector = new IssueCollector();
  if (files.length === 0) collector.add({ key: 'io.file.none', severity: 'error' });

  const found = new Map<SheetKind, RawSheet>();
  const seen = new Map<SheetKind, string>(); // kind -> name of the sheet that stood for it
  let unreadable = false;
  for (const file of files) {
    const sheets = await readFile(file, collector);
    if (sheets === null) {
      unreadable = true;
      continue;
    }
    for (const { name, sheet } of sheets) {
      const kind = sheetKindOf(name);
      if (kind === null) {
        if (sheet !== null) collector.add(sheetLevel('warning', 'io.sheet.ignored', name, { file: file.name }));
        continue;
      }
      const first = seen.get(kind);
      if (first !== undefined) {
        collector.add(sheetLevel('error', 'io.sheet.duplicate', name, { first, file: file.name }));
        continue;
      }
      seen.set(kind, name);
      if (sheet === null) {
        const severity = REQUIRED_SHEETS.includes(kind) ? 'error' : 'warning';
        collector.add(sheetLevel(severity, 'io.sheet.empty', name, { file: file.name }));
        continue;
      }
      found.set(kind, sheet);
    }
  }
  // After a file that could not be read at all, "missing sheet" would only repeat the problem.
  if (!unreadable && files.length > 0) {
    for (const kind of REQUIRED_SHEETS) {
      if (!seen.has(kind)) collector.add(sheetLevel('error', 'io.sheet.missing', kind, { alias: SHEET_ZH[kind] }));
    }
  }

  const issuesOf = (kind: SheetKind): SheetIssues | null => {
    const sheet = found.get(kind);
    if (!sheet) return null;
    const si = new SheetIssues(collector, sheet);
    for (const p of sheet.problems) si.cellIssue('error', p.key, p.row, p.col);
    return si;
  };

  let tree: TreeFacts | null = null;
  const indicatorIssues = issuesOf('indicators');
  const indicatorSheet = indicatorIssues ? parseIndicators(indicatorIssues) : null;
  if (indicatorIssues && indicatorSheet) tree = checkTree(indicatorIssues, indicatorSheet);

  const unitIssues = issuesOf('units');
  const units = unitIssues ? parseUnits(unitIssues) : null;

  const period = opts.period?.trim() || null;
  const ctx: DataContext = { tree, units: units ? new Set(units.map((u) => u.code)) : null, period, periods: new PeriodLabels() };
  const dataIssues = issuesOf('data');
  const observations = dataIssues ? parseData(dataIssues, ctx) : null;
  const goalIssues = issuesOf('goals');
  const goals = goalIssues ? parseGoals(goalIssues, ctx) : [];
  const markIssues = issuesOf('marks');
  const marks = markIssues ? parseMarks(markIssues, ctx) : [];

  const issues = collector.list();
  if (collector.hasErrors || !indicatorSheet || !units || !observations || !goals || !marks) return { workbook: null, issues };
  const workbook: Workbook = { indicators: indicatorSheet.indicators, units, observations, goals };
  // Marks only when there are any, so a workbook without them reads as before.
  if (marks.length > 0) workbook.marks = marks;
  return { workbook, issues };
}

/** The sheets of one file, or null (reported) when it is no workbook at all. */
async function readFile(
  file: WorkbookFile,
  collector: IssueCollector,
): Promise<{ name: string; sheet: RawSheet | null }[] | null> {
  const fileIssue = (key: string): null => {
    collector.add({ key, params: { file: file.name }, severity: 'error' });
    return null;
  };
  const kind = sniff(file.data);
  switch (kind.kind) {
    case 'empty':
      return fileIssue('io.file.empty');
    case 'legacy-office':
      return fileIssue('io.file.legacyExcel');
    case 'binary':
      return fileIssue('io.file.notWorkbook');
    case 'zip': {
      const read = await readXlsx(file.data);
      if (!read.ok) return fileIssue(read.reason === 'unreadable' ? 'io.file.unreadableXlsx' : 'io.file.notWorkbook');
      return read.sheets;
    }
    case 'text': {
      // Text that calls itself an Excel workbook (notes.xlsx) is no workbook: reading it as a
      // CSV sheet named "notes" would only report missing sheets. A .csv or bare name is read.
      if (/\.xls[xm]?$/i.test(file.name)) return fileIssue('io.file.notWorkbook');
      const name = sheetNameOfFile(file.name);
      const sheet = readCsv(name, kind.text);
      // A CSV file with nothing in it is an empty file, whatever bytes (a BOM, blank lines).
      if (sheet === null) return fileIssue('io.file.empty');
      return [{ name, sheet }];
    }
  }
}

/** `some/folder/数据.csv` -> `数据`. */
function sheetNameOfFile(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const dot = base.lastIndexOf('.');
  return (dot > 0 ? base.slice(0, dot) : base).trim();
}

function sheetLevel(
  severity: WorkbookIssue['severity'],
  key: string,
  sheet: string,
  params: Record<string, string | number>,
): WorkbookIssue {
  return { key, params: { sheet, ...params }, sheet, severity };
}
