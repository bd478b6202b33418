/** Workbook import and export (docs/workbook-format.md): the interface agreed in .notes/TEAM.md. */
export { filesFromPath } from './files-from-path';
export { readWorkbook, type WorkbookFile } from './read-workbook';
export { writeWorkbookXlsx } from './write-xlsx';
export { writeWorkbookCsv } from './write-csv';
