import type { TFunction } from 'i18next';
import type { WorkbookIssue } from '../model/workbook';

/** Where an issue is, in words: "sheet data, row 5, column V1.1" (empty if nowhere). */
export function issueLocation(t: TFunction, issue: Pick<WorkbookIssue, 'sheet' | 'row' | 'column'>): string {
  const parts: string[] = [];
  if (issue.sheet) parts.push(t('where.sheet', { sheet: issue.sheet }));
  if (issue.row !== undefined) parts.push(t('where.row', { row: issue.row }));
  if (issue.column) parts.push(t('where.column', { column: issue.column }));
  return parts.join(', ');
}

/** One line for an issue: its location, then its message. */
export function formatIssue(t: TFunction, issue: WorkbookIssue): string {
  const where = issueLocation(t, issue);
  const message = t(issue.key, issue.params ?? {});
  return where ? `${where}: ${message}` : message;
}
