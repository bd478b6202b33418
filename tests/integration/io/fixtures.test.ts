import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesFromPath, readWorkbook } from '../../../src-main/io';
import { ASEM, CATALOG } from '../../unit/io/helpers';

type Row = Record<string, string>;
const csvRows = (path: string): Row[] => Papa.parse<Row>(readFileSync(path, 'utf8'), { header: true, skipEmptyLines: true }).data;

describe('the ASEM fixture (real composite-indicator data)', () => {
  it('imports: 51 units, 60 nodes of which 49 leaves, 63 missing values, no issue', async () => {
    const { workbook, issues } = await readWorkbook(await filesFromPath(join(ASEM, 'workbook')));
    expect(issues).toEqual([]);
    const wb = workbook!;
    expect(wb.units).toHaveLength(51);
    expect(wb.indicators).toHaveLength(60);
    const parents = new Set(wb.indicators.map((i) => i.parent).filter((p) => p !== null));
    const leaves = wb.indicators.filter((i) => !parents.has(i.code));
    expect(leaves).toHaveLength(49);
    expect(leaves.filter((i) => i.direction === -1)).toHaveLength(14);
    expect(wb.observations).toHaveLength(51 * 49);
    expect(wb.observations.filter((o) => o.value === null)).toHaveLength(63);
    expect(new Set(wb.observations.map((o) => o.period))).toEqual(new Set(['2018']));
    // Group columns of the units sheet.
    expect(wb.units[0]).toMatchObject({ code: 'AUT', name: 'Austria', groups: { GDP_group: 'L', GDPpc_group: 'XL', Pop_group: 'M', EurAsia_group: 'Europe' } });
  });

  it('reads every value as the CSV writes it', async () => {
    const { workbook } = await readWorkbook(await filesFromPath(join(ASEM, 'workbook')));
    const rows = csvRows(join(ASEM, 'workbook/data.csv'));
    const byKey = new Map(workbook!.observations.map((o) => [`${o.unit}|${o.indicator}`, o.value]));
    for (const r of rows) {
      for (const [k, v] of Object.entries(r)) {
        if (k === 'unit' || k === 'period') continue;
        expect(byKey.get(`${r.unit}|${k}`)).toBe(v === '' ? null : Number(v));
      }
    }
  });

  it('imports the unequal-weights variant with its weights', async () => {
    const { workbook, issues } = await readWorkbook(await filesFromPath(join(ASEM, 'workbook-unequal-weights')));
    expect(issues).toEqual([]);
    const expected = new Map(csvRows(join(ASEM, 'workbook-unequal-weights/indicators.csv')).map((r) => [r.code, Number(r.weight)]));
    for (const ind of workbook!.indicators) expect(ind.weight).toBe(expected.get(ind.code));
  });
});

describe('the catalogs import unchanged as indicators sheets', () => {
  for (const file of ['indicators.csv', 'indicators_city.csv']) {
    it(file, async () => {
      const bytes = new Uint8Array(readFileSync(join(CATALOG, file)));
      const rows = csvRows(join(CATALOG, file));
      const parents = new Set(rows.map((r) => r.parent).filter((p) => p !== ''));
      const leaves = rows.filter((r) => !parents.has(r.code));
      // A units sheet and a wide data sheet with every leaf, values mid-range.
      const units = ['code,name,category', 'U01,甲村,集聚提升', 'U02,乙村,城郊融合', 'U03,丙村,特色保护'];
      const mid = (r: Row): string => (r.typical_min === '' ? '1' : String((Number(r.typical_min) + Number(r.typical_max)) / 2));
      const data = ['unit,period,' + leaves.map((r) => r.code).join(',')];
      for (const u of ['U01', 'U02', 'U03']) data.push(`${u},2024,` + leaves.map(mid).join(','));
      const enc = new TextEncoder();
      const { workbook, issues } = await readWorkbook([
        { name: file.replace('_city', ''), data: bytes },
        { name: 'units.csv', data: enc.encode(units.join('\n')) },
        { name: 'data.csv', data: enc.encode(data.join('\n')) },
      ]);
      expect(issues).toEqual([]);
      const wb = workbook!;
      expect(wb.indicators).toHaveLength(rows.length);
      expect(wb.observations).toHaveLength(3 * leaves.length);

      // Column by column: name_zh -> name, source_department_zh -> department, note ->
      // description, quantitative/survey/goal -> indicator with the finer kind kept, level an
      // attribute, typical_* numbers.
      rows.forEach((r, i) => {
        const ind = wb.indicators[i];
        const fine = ['quantitative', 'survey', 'goal'].includes(r.kind);
        expect(ind).toEqual({
          code: r.code,
          name: r.name_zh,
          nameEn: r.name_en || null,
          parent: r.parent || null,
          weight: Number(r.weight),
          direction: Number(r.direction),
          unit: r.unit || null,
          kind: fine ? 'indicator' : r.kind,
          fineKind: fine ? r.kind : null,
          scoring: 'minmax',
          aggregation: 'arithmetic',
          target: null,
          typicalMin: r.typical_min === '' ? null : Number(r.typical_min),
          typicalMax: r.typical_max === '' ? null : Number(r.typical_max),
          department: r.source_department_zh || null,
          description: r.note || null,
          attributes: { level: r.level },
          position: i,
        });
      });
      expect(new Set(wb.indicators.map((i) => i.kind))).toEqual(new Set(['indicator', 'bonus', 'penalty', 'veto']));
    });
  }
});
