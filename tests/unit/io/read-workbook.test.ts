import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readWorkbook } from '../../../src-main/io';
import type { Indicator, Observation, Workbook } from '../../../src-shared/model';
import { brief, csvFiles, errorsOf, fixtureTexts, readTexts, warningsOf } from './helpers';

const base = (): Record<string, string> => fixtureTexts('valid-small');

async function valid(texts: Record<string, string>, period?: string): Promise<Workbook> {
  const { workbook, issues } = await readTexts(texts, period);
  expect(errorsOf(issues)).toEqual([]);
  expect(workbook).not.toBeNull();
  return workbook!;
}

const obs = (wb: Workbook, unit: string, indicator: string): Observation | undefined =>
  wb.observations.find((o) => o.unit === unit && o.indicator === indicator);

const sortObs = (list: Observation[]): Observation[] =>
  [...list].sort((a, b) => (a.unit + a.period + a.indicator < b.unit + b.period + b.indicator ? -1 : 1));

describe('the valid small workbook', () => {
  it('reads every column of the indicators sheet into the model', async () => {
    const wb = await valid(base());
    expect(wb.indicators.map((i) => i.code)).toEqual(['E', 'E1', 'E2', 'S', 'S1', 'S2', 'B1', 'P1', 'V1']);
    const e1: Indicator = {
      code: 'E1',
      name: '集体经济收入',
      nameEn: 'Collective income',
      parent: 'E',
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
      department: null,
      description: null,
      attributes: {},
      position: 1,
    };
    expect(wb.indicators[1]).toEqual(e1);
    // Empty cells take the workbook format's defaults: kind indicator, direction 1.
    expect(wb.indicators[0]).toMatchObject({ code: 'E', parent: null, weight: 60, kind: 'indicator', fineKind: null });
    expect(wb.indicators[5]).toMatchObject({ code: 'S2', direction: -1 });
    expect(wb.indicators.slice(6).map((i) => [i.code, i.kind, i.weight])).toEqual([
      ['B1', 'bonus', 2],
      ['P1', 'penalty', 3],
      ['V1', 'veto', 0],
    ]);
  });

  it('reads units with parent, level and category', async () => {
    const wb = await valid(base());
    expect(wb.units[1]).toEqual({
      code: 'C01',
      name: '东村',
      parent: 'T1',
      level: 'village',
      category: '集聚提升',
      groups: {},
      attributes: {},
      position: 1,
    });
  });

  it('reads wide data: one observation per cell, missing markers as null, 30% as 30', async () => {
    const wb = await valid(base());
    // 3 rows x 7 leaf columns.
    expect(wb.observations).toHaveLength(3 * 7);
    expect(obs(wb, 'C01', 'E2')).toEqual({ unit: 'C01', period: '2024', indicator: 'E2', value: 12.5 });
    expect(obs(wb, 'C03', 'E1')?.value).toBeNull(); // NA
    expect(obs(wb, 'C03', 'E2')?.value).toBe(30); // 30%
    expect(obs(wb, 'C03', 'S1')?.value).toBeNull(); // —
    expect(obs(wb, 'C02', 'B1')?.value).toBeNull(); // empty
    expect(obs(wb, 'C02', 'E2')?.value).toBe(-4);
    expect(wb.observations.filter((o) => o.value === null)).toHaveLength(2 + 2 + 1 + 1);
  });

  it('reads goals with their defaults', async () => {
    const wb = await valid(base());
    expect(wb.goals).toEqual([
      { unit: 'C01', period: '2024', code: 'G1', title: '新建冷链仓库', indicator: 'E1', target: 1, actual: 1, status: 'done', verifiedBy: null, note: null },
      { unit: 'C02', period: '2024', code: 'G1', title: '道路硬化', indicator: null, target: 5, actual: 3, status: 'partial', verifiedBy: null, note: null },
    ]);
  });
});

describe('names and aliases', () => {
  it('reads Chinese file names and Chinese headers exactly like the English ones', async () => {
    const english = await valid(base());
    const t = base();
    const chinese = {
      '指标.csv': t['indicators.csv'].replace(
        'code,name,name_en,parent,weight,direction,unit,kind,scoring,typical_min,typical_max',
        '编码,名称,name_en,上级,分值,方向,单位,类型,计分方法,typical_min,typical_max',
      ),
      '单位.csv': t['units.csv'].replace('code,name,parent,level,category', '编码,名称,上级,层级,类别'),
      '数据.csv': t['data.csv'].replace('unit,period,', '单位编码,期间,'),
      '目标.csv': t['goals.csv'].replace('unit,period,code,title,indicator,target,actual,status', '单位编码,期间,编码,标题,指标,目标值,实际值,状态'),
    };
    expect(await valid(chinese)).toEqual(english);
  });

  it('reads past the row number and unit name columns of an office data sheet', async () => {
    const t = base();
    t['data.csv'] = t['data.csv']
      .replace('unit,period,', '序号,单位编码,名称,期间,')
      .replace('C01,', '1,C01,东村,')
      .replace('C02,', '2,C02,西村,')
      .replace('C03,', '3,C03,南村,');
    const { workbook, issues } = await readTexts(t);
    expect(issues).toEqual([]);
    expect(workbook).toEqual(await valid(base()));
  });

  it('matches headers case-insensitively after trimming', async () => {
    const t = base();
    t['units.csv'] = t['units.csv'].replace('code,name,parent,level,category', ' CODE , Name,PARENT,Level,category ');
    expect((await valid(t)).units).toEqual((await valid(base())).units);
  });

  it('takes a sheet name in any case (Indicators.CSV)', async () => {
    const t = base();
    t['Indicators.CSV'] = t['indicators.csv'];
    delete t['indicators.csv'];
    expect((await valid(t)).indicators).toHaveLength(9);
  });

  it('warns about a file that is no sheet of the format and still reads the workbook', async () => {
    const { workbook, issues } = await readTexts({ ...base(), 'notes.csv': 'a,b\n1,2\n' });
    expect(workbook).not.toBeNull();
    expect(issues.map(brief)).toEqual([{ key: 'io.sheet.ignored', sheet: 'notes' }]);
  });

  it('refuses a text file that calls itself an Excel workbook (notes.xlsx)', async () => {
    const { workbook, issues } = await readTexts({ 'notes.xlsx': 'hello\nworld\n' });
    expect(workbook).toBeNull();
    expect(issues).toEqual([{ key: 'io.file.notWorkbook', params: { file: 'notes.xlsx' }, severity: 'error' }]);
  });
});

describe('unknown columns', () => {
  it('are kept as indicator and unit attributes; group:<name> columns become groups', async () => {
    const t = base();
    t['indicators.csv'] = t['indicators.csv']
      .replace('typical_max\n', 'typical_max,level,评分细则\n')
      .replace('E1,集体经济收入,Collective income,E,6,1,万元,quantitative,,0,150\n', 'E1,集体经济收入,Collective income,E,6,1,万元,quantitative,,0,150,2,每万元0.1分\n');
    t['units.csv'] = t['units.csv']
      .replace('category\n', 'category,group:片区,人口\n')
      .replace('C01,东村,T1,village,集聚提升\n', 'C01,东村,T1,village,集聚提升,北片,1200\n');
    const wb = await valid(t);
    expect(wb.indicators[1].attributes).toEqual({ level: '2', 评分细则: '每万元0.1分' });
    expect(wb.indicators[0].attributes).toEqual({}); // empty cells are no attribute
    expect(wb.units[1].groups).toEqual({ 片区: '北片' });
    expect(wb.units[1].attributes).toEqual({ 人口: '1200' });
  });
});

describe('indicator cells', () => {
  it('reads 正向/逆向 directions, Chinese kinds and scoring and aggregation names', async () => {
    const t = base();
    t['indicators.csv'] = [
      'code,name,parent,weight,direction,kind,scoring,aggregation,target',
      'A,甲,,1,,,,几何,',
      'A1,甲一,A,1,正向,定量,功效系数,,',
      'A2,甲二,A,1,逆向,调查,target,,90',
      'B1,加分,,2,,加分项,,,',
      'P1,扣分,,3,负向,扣分项,,,',
      'V1,否决,,0,,一票否决,,,',
      '',
    ].join('\n');
    t['data.csv'] = 'unit,period,A1,A2,B1,P1,V1\nC01,2024,1,2,1,0,是\nC02,2024,3,4,,,否\nC03,2024,5,6,,,TRUE\n';
    delete t['goals.csv'];
    const wb = await valid(t);
    const by = new Map(wb.indicators.map((i) => [i.code, i]));
    expect(by.get('A')).toMatchObject({ aggregation: 'geometric' });
    expect(by.get('A1')).toMatchObject({ direction: 1, kind: 'indicator', fineKind: 'quantitative', scoring: 'efficacy' });
    expect(by.get('A2')).toMatchObject({ direction: -1, kind: 'indicator', fineKind: 'survey', scoring: 'target', target: 90 });
    expect([by.get('B1')!.kind, by.get('P1')!.kind, by.get('V1')!.kind]).toEqual(['bonus', 'penalty', 'veto']);
    expect(by.get('P1')!.direction).toBe(-1);
    // A veto item takes 是/否 and TRUE/FALSE as 1/0.
    expect(wb.observations.filter((o) => o.indicator === 'V1').map((o) => o.value)).toEqual([1, 0, 1]);
    expect(wb.goals).toEqual([]);
  });

  it('strips the export quote from text (neutralised formulas come back exact)', async () => {
    const t = base();
    t['units.csv'] = t['units.csv'].replace('C01,东村,', `C01,"'=cmd|' /C calc'!A0",`);
    expect((await valid(t)).units[1].name).toBe("=cmd|' /C calc'!A0");
  });
});

describe('wide and long data', () => {
  const longData = (): string => {
    const lines = ['unit,period,indicator,value'];
    const wideRows = base()['data.csv'].trim().split('\n').map((l) => l.split(','));
    const header = wideRows[0];
    for (const r of wideRows.slice(1)) for (let c = 2; c < header.length; c++) lines.push([r[0], r[1], header[c], r[c]].join(','));
    return lines.join('\n') + '\n';
  };

  it('gives the same observations from a long sheet as from the wide one', async () => {
    const wide = await valid(base());
    const long = await valid({ ...base(), 'data.csv': longData() });
    expect(sortObs(long.observations)).toEqual(sortObs(wide.observations));
  });

  it('takes the period of a wide sheet without period column from the options', async () => {
    const t = base();
    t['data.csv'] = t['data.csv'].replace('unit,period,', 'unit,').replace(/,2024,/g, ',');
    const wb = await valid(t, '2025Q1');
    expect(new Set(wb.observations.map((o) => o.period))).toEqual(new Set(['2025Q1']));
    expect(wb.observations).toHaveLength(21);
  });

  it('reports a wide sheet without period column when no period is given', async () => {
    const t = base();
    t['data.csv'] = t['data.csv'].replace('unit,period,', 'unit,').replace(/,2024,/g, ',');
    const { workbook, issues } = await readTexts(t);
    expect(workbook).toBeNull();
    expect(issues.map(brief)).toEqual([{ key: 'io.data.periodRequired', sheet: 'data', row: 1, column: 'period' }]);
  });

  it('reads a long sheet with the unit name column and Chinese headers', async () => {
    const long = longData().replace('unit,period,indicator,value', '单位编码,期间,指标,数值');
    const wb = await valid({ ...base(), 'data.csv': long });
    expect(wb.observations).toHaveLength(21);
  });

  it('normalises period labels (2024q3 -> 2024Q3) and warns once about an unusual one', async () => {
    const t = base();
    t['data.csv'] = t['data.csv'].replace('C01,2024,', 'C01,2024q3,').replace('C02,2024,', 'C02,第一季度,').replace('C03,2024,', 'C03,第一季度,');
    const { workbook, issues } = await readTexts(t);
    expect(new Set(workbook!.observations.map((o) => o.period))).toEqual(new Set(['2024Q3', '第一季度']));
    expect(issues.map(brief)).toEqual([{ key: 'io.period.unusual', sheet: 'data', row: 3, column: 'period' }]);
    expect(issues[0].params?.value).toBe('第一季度');
  });

  it('warns, without blocking, about a value far outside typical_min..typical_max', async () => {
    const t = base();
    // E1's typical range is 0..150, 150 wide: 300 is inside the margin, 301 beyond it.
    t['data.csv'] = t['data.csv'].replace('C01,2024,80,', 'C01,2024,300,').replace('C02,2024,35,', 'C02,2024,301,');
    const { workbook, issues } = await readTexts(t);
    expect(workbook).not.toBeNull();
    expect(warningsOf(issues).map(brief)).toEqual([{ key: 'io.data.outOfRange', sheet: 'data', row: 3, column: 'E1' }]);
    expect(issues[0].params).toMatchObject({ indicator: 'E1', value: 301, min: 0, max: 150 });
  });

  it('numbers rows as a spreadsheet does when a quoted cell spans lines', async () => {
    const t = base();
    t['units.csv'] = t['units.csv'].replace('T1,城关镇,', 'T1,"城关镇\n(镇政府驻地)",') + 'C04,,T1,village,\n';
    const { issues } = await readTexts(t);
    expect(issues.map(brief)).toEqual([{ key: 'io.cell.required', sheet: 'units', row: 6, column: 'name' }]);
  });
});

describe('encodings', () => {
  it('reads a folder saved by Chinese Excel in GB18030', async () => {
    const files = Object.entries(base()).map(([name, text]) => ({ name, data: new Uint8Array(iconv.encode(text, 'gb18030')) }));
    const { workbook, issues } = await readWorkbook(files);
    expect(issues).toEqual([]);
    expect(workbook).toEqual(await valid(base()));
  });

  it('reads files with a UTF-8 BOM', async () => {
    const files = csvFiles(Object.fromEntries(Object.entries(base()).map(([n, t]) => [n, '\ufeff' + t])));
    const { workbook, issues } = await readWorkbook(files);
    expect(issues).toEqual([]);
    expect(workbook).toEqual(await valid(base()));
  });

  it('reads tab-separated text (Excel "Unicode text")', async () => {
    const t = base();
    t['units.csv'] = t['units.csv'].replace(/,/g, '\t');
    expect((await valid(t)).units).toEqual((await valid(base())).units);
  });
});
