import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import { readWorkbook } from './src-main/io';
for (const f of ['indicators.csv', 'indicators_city.csv']) {
  const text = readFileSync('resources/catalog/' + f, 'utf8');
  const rows = Papa.parse<Record<string,string>>(text, { header: true, skipEmptyLines: true }).data;
  const parents = new Set(rows.map(r => r.parent).filter(Boolean));
  const leaves = rows.filter(r => !parents.has(r.code)).map(r => r.code);
  const units = 'code,name\nU1,甲村\nU2,乙村\n';
  const data = 'unit,period,' + leaves.join(',') + '\n' + ['U1','U2'].map(u => u + ',2024,' + leaves.map(() => 1).join(',')).join('\n') + '\n';
  const enc = new TextEncoder();
  const r = await readWorkbook([{name:'indicators.csv', data: enc.encode(text)}, {name:'units.csv', data: enc.encode(units)}, {name:'data.csv', data: enc.encode(data)}]);
  console.log(f, r.workbook?.indicators.length, r.issues.length, r.issues.slice(0,5));
  console.log(r.workbook?.indicators[1], r.workbook?.indicators.at(-1));
}
