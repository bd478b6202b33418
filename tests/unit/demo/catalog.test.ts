import { describe, expect, it } from 'vitest';
import { leafIndicators, loadCatalog, parseCatalog } from '../../../scripts/demo/catalog';

describe('catalog mapping (docs/workbook-format.md)', () => {
  const village = loadCatalog('indicators.csv');

  it('reads every row of the village catalog: 47 nodes, 40 leaves', () => {
    expect(village).toHaveLength(47);
    expect(leafIndicators(village)).toHaveLength(40);
    expect(village.map((i) => i.position)).toEqual(village.map((_, k) => k));
  });

  it('maps name_zh, name_en, department, note, range and the finer kind', () => {
    const v11 = village.find((i) => i.code === 'V1.1');
    expect(v11).toMatchObject({
      name: '村集体经济经营性收入',
      nameEn: 'Village collective operating income',
      parent: 'V1',
      weight: 6,
      direction: 1,
      unit: '万元',
      kind: 'indicator',
      fineKind: 'quantitative',
      scoring: 'minmax',
      aggregation: 'arithmetic',
      target: null,
      typicalMin: 0,
      typicalMax: 150,
      department: '县农业农村局(农经站)',
      attributes: { level: '2' },
    });
    expect(v11?.description).toMatch(/^Stock measure/);
    expect(village.find((i) => i.code === 'V6')).toMatchObject({ kind: 'indicator', fineKind: 'goal', parent: null });
    expect(village.find((i) => i.code === 'V7.1')?.fineKind).toBe('survey');
  });

  it('keeps bonus, penalty and veto as kinds', () => {
    const kinds = Object.fromEntries(village.map((i) => [i.code, i.kind]));
    expect([kinds.VB1, kinds.VP2, kinds.VV4]).toEqual(['bonus', 'penalty', 'veto']);
    expect(village.find((i) => i.code === 'VP1')).toMatchObject({ direction: -1, weight: 4, fineKind: null });
  });

  it('reads the city catalog: 40 nodes, 33 leaves', () => {
    const city = loadCatalog('indicators_city.csv');
    expect(city).toHaveLength(40);
    expect(leafIndicators(city)).toHaveLength(33);
  });

  it('keeps unknown columns as attributes and strips a BOM', () => {
    const [row] = parseCatalog('\uFEFFcode,name,colour\nA,甲,red\n');
    expect(row).toMatchObject({ code: 'A', name: '甲', weight: 1, direction: 1, kind: 'indicator', fineKind: null, attributes: { colour: 'red' } });
  });
});
