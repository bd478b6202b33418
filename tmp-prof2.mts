import ExcelJS from 'exceljs';
import { Readable } from 'node:stream';
const book = new ExcelJS.Workbook();
book.addWorksheet('indicators').addRow(['code','name']);
const data = book.addWorksheet('data');
data.addRow(['unit', 'period', 'indicator', 'value']);
for (let i = 0; i < 100000; i++) data.addRow([`U${i%5000}`, '2024', `L${i%20}`, i/7]);
const buf = Buffer.from(await book.xlsx.writeBuffer());
for (let k = 0; k < 2; k++) {
let t = performance.now();
const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([buf]), { sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit', entries: 'ignore' });
let rows = 0; const names: string[] = [];
for await (const ws of reader) {
  names.push((ws as any).name);
  for await (const row of ws) { rows++; const v = row.values; }
}
console.log('stream', performance.now() - t, rows, names);
t = performance.now();
const b2 = new ExcelJS.Workbook(); await b2.xlsx.load(buf as any);
console.log('load', performance.now() - t);
}
