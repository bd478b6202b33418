import { readdirSync } from 'node:fs';
import { filesFromPath, readWorkbook } from './src-main/io';
for (const d of readdirSync('tests/fixtures/workbooks')) {
  if (d.endsWith('.md')) continue;
  const r = await readWorkbook(await filesFromPath('tests/fixtures/workbooks/' + d));
  console.log('==', d, r.workbook ? 'OK' : 'null');
  for (const i of r.issues) console.log('  ', i.severity, i.key, i.sheet, i.row, i.column, JSON.stringify(i.params));
}
