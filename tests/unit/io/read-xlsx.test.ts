import ExcelJS from 'exceljs';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readXlsx } from '../../../src-main/io/read-xlsx';
import type { RawSheet } from '../../../src-main/io/raw-sheet';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (b: Uint8Array): number => {
  let c = 0xffffffff;
  for (const x of b) c = CRC_TABLE[(c ^ x) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};

/** A zip of the given parts (deflated), as a spreadsheet program would write it. */
function zip(parts: Record<string, string>): Uint8Array {
  const enc = new TextEncoder();
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(parts)) {
    const raw = enc.encode(text);
    const data = new Uint8Array(deflateRawSync(raw));
    const n = enc.encode(name);
    const local = new Uint8Array(30 + n.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(8, 8, true);
    lv.setUint32(14, crc32(raw), true);
    lv.setUint32(18, data.length, true);
    lv.setUint32(22, raw.length, true);
    lv.setUint16(26, n.length, true);
    local.set(n, 30);
    const cd = new Uint8Array(46 + n.length);
    const cv = new DataView(cd.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(10, 8, true);
    cv.setUint32(16, crc32(raw), true);
    cv.setUint32(20, data.length, true);
    cv.setUint32(24, raw.length, true);
    cv.setUint16(28, n.length, true);
    cv.setUint32(42, offset, true);
    cd.set(n, 46);
    chunks.push(local, data);
    central.push(cd);
    offset += local.length + data.length;
  }
  const cdSize = central.reduce((s, c) => s + c.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, central.length, true);
  ev.setUint16(10, central.length, true);
  ev.setUint32(12, cdSize, true);
  ev.setUint32(16, offset, true);
  const all = [...chunks, ...central, end];
  const out = new Uint8Array(all.reduce((s, c) => s + c.length, 0));
  let p = 0;
  for (const c of all) {
    out.set(c, p);
    p += c.length;
  }
  return out;
}

const NS = 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** A workbook written the way the OpenXML SDK does: every element prefixed `x:`. */
function prefixedWorkbook(sheetXml: string, extra: { date1904?: boolean } = {}): Uint8Array {
  return zip({
    '_rels/.rels': `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="R1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<?xml version="1.0"?><x:workbook ${NS}>${extra.date1904 ? '<x:workbookPr date1904="1"/>' : ''}<x:sheets><x:sheet name="数据 &amp; 备注" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
    'xl/sharedStrings.xml': `<?xml version="1.0"?><x:sst ${NS}><x:si><x:t>unit</x:t></x:si><x:si><x:r><x:rPr><x:b/></x:rPr><x:t>东</x:t></x:r><x:r><x:t xml:space="preserve">村 </x:t></x:r><x:rPh sb="0" eb="1"><x:t>dong</x:t></x:rPh></x:si><x:si><x:t>a &lt;b&gt; &#x4E2D;_x000D_</x:t></x:si><x:si/></x:sst>`,
    'xl/styles.xml': `<?xml version="1.0"?><x:styleSheet ${NS}><x:numFmts count="2"><x:numFmt numFmtId="164" formatCode="0.0%"/><x:numFmt numFmtId="165" formatCode='yyyy"年"m"月"'/></x:numFmts><x:cellXfs count="5"><x:xf numFmtId="0"/><x:xf numFmtId="9"/><x:xf numFmtId="164"/><x:xf numFmtId="31"/><x:xf numFmtId="165"><x:alignment horizontal="left"/></x:xf></x:cellXfs></x:styleSheet>`,
    'xl/worksheets/sheet1.xml': `<?xml version="1.0"?><x:worksheet ${NS}><x:sheetData>${sheetXml}</x:sheetData></x:worksheet>`,
  });
}

async function onlySheet(data: Uint8Array): Promise<RawSheet> {
  const read = await readXlsx(data);
  if (!read.ok) throw new Error(read.reason);
  expect(read.sheets).toHaveLength(1);
  return read.sheets[0].sheet!;
}

describe('readXlsx', () => {
  it('reads prefixed elements, shared strings (runs without phonetics, entities, _xHHHH_), inline strings, booleans, errors', async () => {
    const sheet = await onlySheet(
      prefixedWorkbook(
        `<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" t="inlineStr"><x:is><x:t>v&amp;1</x:t></x:is></x:c></x:row>` +
          `<x:row r="3"><x:c r="A3" t="s"><x:v>1</x:v></x:c><x:c r='C3' t='s'><x:v>2</x:v></x:c><x:c r="D3" t="b"><x:v>1</x:v></x:c><x:c r="E3" t="e"><x:v>#N/A</x:v></x:c><x:c r="F3" t="s"><x:v>3</x:v></x:c></x:row>` +
          `<x:row><x:c><x:v>1.5</x:v></x:c><x:c><x:v>-2E-3</x:v></x:c><x:c r="D4" s="0"/></x:row>`,
      ),
    );
    expect(sheet.name).toBe('数据 & 备注');
    expect(sheet.header).toEqual(['unit', 'v&1']);
    expect(sheet.rowNumbers).toEqual([3, 4]);
    expect(sheet.rows[0]).toEqual(['东村 ', null, 'a <b> 中\r', true, '#N/A', '']);
    // Rows and cells without `r` follow the previous ones.
    expect(sheet.rows[1]).toEqual([1.5, -0.002]);
    expect(sheet.problems).toEqual([]);
  });

  it('reads percent-formatted numbers as the percentage shown and dates as ISO dates', async () => {
    const sheet = await onlySheet(
      prefixedWorkbook(
        `<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c></x:row>` +
          `<x:row r="2"><x:c r="A2" s="1"><x:v>0.57</x:v></x:c><x:c r="B2" s="2"><x:v>0.935</x:v></x:c><x:c r="C2" s="3"><x:v>45474</x:v></x:c><x:c r="D2" s="4"><x:v>45474.5</x:v></x:c><x:c r="E2" s="0"><x:v>0.57</x:v></x:c></x:row>`,
      ),
    );
    // 45474 is 2024-07-01 in the 1900 date system (Excel's default).
    expect(sheet.rows[0]).toEqual([57, 93.5, '2024-07-01', '2024-07-01T12:00:00Z', 0.57]);
  });

  it('counts dates from 1904 when the workbook says so', async () => {
    const sheet = await onlySheet(prefixedWorkbook(`<x:row r="1"><x:c r="A1" s="3"><x:v>0</x:v></x:c><x:c r="B1" s="3"><x:v>43936</x:v></x:c></x:row>`, { date1904: true }));
    // 43936 days after 1904-01-01 is 45398 in the 1900 system: 2024-04-16.
    expect(sheet.header).toEqual(['1904-01-01', '2024-04-16']);
  });

  it('records formula cells (plain and shared) with their cached results standing in', async () => {
    const sheet = await onlySheet(
      prefixedWorkbook(
        `<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" t="s"><x:v>0</x:v></x:c></x:row>` +
          `<x:row r="2"><x:c r="A2"><x:f>B2*2</x:f><x:v>4</x:v></x:c><x:c r="B2"><x:v>2</x:v></x:c></x:row>` +
          `<x:row r="3"><x:c r="A3"><x:f t="shared" si="0"/><x:v>6</x:v></x:c><x:c r="B3" t="str"><x:f>"x"&amp;"y"</x:f><x:v>xy</x:v></x:c><x:c r="C3"><x:f>NOW()</x:f></x:c></x:row>`,
      ),
    );
    expect(sheet.rows).toEqual([
      [4, 2],
      [6, 'xy', null],
    ]);
    expect(sheet.problems).toEqual([
      { key: 'io.cell.formula', row: 2, col: 0 },
      { key: 'io.cell.formula', row: 3, col: 0 },
      { key: 'io.cell.formula', row: 3, col: 1 },
      { key: 'io.cell.formula', row: 3, col: 2 },
    ]);
  });

  it('reads what exceljs writes: strings, rich text, numbers, percent and date formats, booleans', async () => {
    const book = new ExcelJS.Workbook();
    const ws = book.addWorksheet('指标');
    ws.addRow(['code', 'value']);
    ws.addRow(['A', 0.1 + 0.2]);
    ws.addRow([{ richText: [{ text: '东' }, { text: '村', font: { bold: true } }] }, true]);
    ws.addRow(['B', 0.93]).getCell(2).numFmt = '0%';
    ws.addRow(['C', new Date(Date.UTC(2024, 6, 1))]);
    ws.addRow(['D', 1 / 3]);
    const read = await readXlsx(new Uint8Array(await book.xlsx.writeBuffer()));
    if (!read.ok) throw new Error(read.reason);
    const sheet = read.sheets[0].sheet!;
    expect(read.sheets[0].name).toBe('指标');
    expect(sheet.rows).toEqual([
      ['A', 0.30000000000000004],
      ['东村', true],
      ['B', 93],
      ['C', '2024-07-01'],
      ['D', 1 / 3],
    ]);
  });

  it('tells a zip that is no spreadsheet from a damaged one', async () => {
    const docx = zip({
      '_rels/.rels': `<Relationships><Relationship Id="R1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
      'word/document.xml': '<w:document/>',
    });
    expect(await readXlsx(docx)).toEqual({ ok: false, reason: 'not-workbook' });
    expect(await readXlsx(docx.slice(0, docx.length - 30))).toEqual({ ok: false, reason: 'unreadable' });
  });

  it('refuses an entry that inflates beyond its declared size (a zip bomb)', async () => {
    const data = prefixedWorkbook(`<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c></x:row>`);
    // Declare every entry 1 byte long: inflating must stop, not fill memory.
    const view = new DataView(data.buffer);
    for (let p = 0; p + 4 <= data.length; p++) if (view.getUint32(p, true) === 0x02014b50) view.setUint32(p + 24, 1, true);
    expect(await readXlsx(data)).toEqual({ ok: false, reason: 'unreadable' });
  });
});
