import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesFromPath, readWorkbook, writeWorkbookXlsx, type WorkbookFile } from '../../../src-main/io';
import { createTranslator, LOCALES } from '../../../src-shared/i18n';
import type { WorkbookIssue } from '../../../src-shared/model';
import { brief, csvFiles, FIXTURES, fixtureTexts } from '../../unit/io/helpers';

/** Every issue any test here saw, to check at the end that each one has a full message. */
const seen: WorkbookIssue[] = [];

type Brief = ReturnType<typeof brief>;

/** Reads, and asserts no workbook and exactly these issues (key, sheet, row, column). */
async function expectIssues(files: WorkbookFile[], expected: Brief[], period?: string): Promise<WorkbookIssue[]> {
  const { workbook, issues } = await readWorkbook(files, { period });
  seen.push(...issues);
  expect(issues.map(brief)).toEqual(expected);
  if (expected.some((e) => issues.find((i) => i.key === e.key)?.severity === 'error')) expect(workbook).toBeNull();
  return issues;
}

const fixture = (name: string): Promise<WorkbookFile[]> => filesFromPath(join(FIXTURES, name));

/** valid-small with some of its CSV texts changed. */
function changed(edit: (t: Record<string, string>) => void): WorkbookFile[] {
  const t = fixtureTexts('valid-small');
  edit(t);
  return csvFiles(t);
}

const replace = (t: Record<string, string>, file: string, from: string, to: string): void => {
  expect(t[file]).toContain(from);
  t[file] = t[file].replace(from, to);
};

async function validXlsx(): Promise<ExcelJS.Workbook> {
  const { workbook } = await readWorkbook(await fixture('valid-small'));
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(await writeWorkbookXlsx(workbook!)) as unknown as ArrayBuffer);
  return book;
}

const xlsxFile = async (book: ExcelJS.Workbook): Promise<WorkbookFile> => ({
  name: 'workbook.xlsx',
  data: new Uint8Array(await book.xlsx.writeBuffer()),
});

describe('not a workbook at all', () => {
  it('a PDF', async () => {
    const issues = await expectIssues(await fixture('not-a-workbook.pdf'), [{ key: 'io.file.notWorkbook' }]);
    expect(issues[0].params).toEqual({ file: 'not-a-workbook.pdf' });
  });

  it('an image', async () => {
    await expectIssues(await fixture('image.png'), [{ key: 'io.file.notWorkbook' }]);
  });

  it('random bytes', async () => {
    let x = 987654321;
    const data = new Uint8Array(10_000).map(() => {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      return x & 0xff;
    });
    await expectIssues([{ name: 'workbook.xlsx', data }], [{ key: 'io.file.notWorkbook' }]);
  });

  it('a damaged .xlsx (cut in half)', async () => {
    const whole = await xlsxFile(await validXlsx());
    await expectIssues([{ name: 'workbook.xlsx', data: whole.data.slice(0, whole.data.length >> 1) }], [{ key: 'io.file.unreadableXlsx' }]);
  });

  it('an old .xls', async () => {
    const data = new Uint8Array(512);
    data.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    await expectIssues([{ name: 'old.xls', data }], [{ key: 'io.file.legacyExcel' }]);
  });

  it('no file at all', async () => {
    await expectIssues([], [{ key: 'io.file.none' }]);
  });
});

describe('an empty file', () => {
  it('an empty CSV given alone', async () => {
    const issues = await expectIssues(await fixture('empty.csv'), [{ key: 'io.file.empty' }]);
    expect(issues[0].params).toEqual({ file: 'empty.csv' });
  });

  it('an empty .xlsx', async () => {
    await expectIssues([{ name: 'workbook.xlsx', data: new Uint8Array(0) }], [{ key: 'io.file.empty' }]);
  });

  it('one empty file in a CSV folder (a BOM and blank lines count as empty)', async () => {
    await expectIssues(
      changed((t) => {
        t['data.csv'] = '\ufeff\r\n\r\n';
      }),
      [{ key: 'io.file.empty' }],
    );
  });

  it('an empty sheet in an .xlsx', async () => {
    const book = await validXlsx();
    book.removeWorksheet(book.getWorksheet('units')!.id);
    book.addWorksheet('units');
    await expectIssues([await xlsxFile(book)], [{ key: 'io.sheet.empty', sheet: 'units' }]);
  });

  it('a sheet with a header and no rows', async () => {
    await expectIssues(
      changed((t) => {
        t['units.csv'] = 'code,name\n';
        delete t['data.csv'];
        t['data.csv'] = 'unit,period,E1\n';
        delete t['goals.csv'];
      }),
      [
        { key: 'io.sheet.noRows', sheet: 'units' },
        { key: 'io.sheet.noRows', sheet: 'data' },
      ],
    );
  });
});

describe('a missing sheet', () => {
  it('no data.csv in the folder', async () => {
    const issues = await expectIssues(await fixture('missing-sheet'), [{ key: 'io.sheet.missing', sheet: 'data' }]);
    expect(issues[0].params).toEqual({ sheet: 'data', alias: '数据' });
  });

  it('no units sheet in the .xlsx', async () => {
    const book = await validXlsx();
    book.removeWorksheet(book.getWorksheet('units')!.id);
    await expectIssues([await xlsxFile(book)], [{ key: 'io.sheet.missing', sheet: 'units' }]);
  });

  it('the same sheet twice (data.csv and 数据.csv)', async () => {
    const t = fixtureTexts('valid-small');
    await expectIssues(csvFiles({ ...t, '数据.csv': t['data.csv'] }), [{ key: 'io.sheet.duplicate', sheet: '数据' }]);
  });
});

describe('a missing required column', () => {
  it('units without name', async () => {
    const issues = await expectIssues(await fixture('missing-column'), [{ key: 'io.column.missing', sheet: 'units', row: 1, column: 'name' }]);
    expect(issues[0].params?.aliases).toBe('名称, 单位名称');
  });

  it('indicators without code', async () => {
    await expectIssues(
      changed((t) => replace(t, 'indicators.csv', 'code,name,', 'id,name,')),
      [{ key: 'io.column.missing', sheet: 'indicators', row: 1, column: 'code' }],
    );
  });

  it('a long data sheet without value', async () => {
    await expectIssues(
      changed((t) => {
        t['data.csv'] = 'unit,period,indicator,amount\nC01,2024,E1,3\n';
      }),
      [{ key: 'io.column.missing', sheet: 'data', row: 1, column: 'value' }],
    );
  });

  it('the same column twice, once through an alias (name and name_zh)', async () => {
    await expectIssues(
      changed((t) => replace(t, 'indicators.csv', 'code,name,name_en,', 'code,name,name_zh,')),
      [{ key: 'io.column.duplicate', sheet: 'indicators', row: 1, column: 'name_zh' }],
    );
  });
});

describe('duplicate codes', () => {
  it('in indicators and in units', async () => {
    const issues = await expectIssues(await fixture('duplicate-codes'), [
      { key: 'io.code.duplicate', sheet: 'indicators', row: 11, column: 'code' },
      { key: 'io.code.duplicate', sheet: 'units', row: 6, column: 'code' },
    ]);
    expect(issues[0].params).toMatchObject({ code: 'E1', first: 3 });
    expect(issues[1].params).toMatchObject({ code: 'C03', first: 5 });
  });
});

describe('the indicator tree', () => {
  it('an unknown parent', async () => {
    const issues = await expectIssues(await fixture('unknown-parent'), [
      { key: 'io.indicators.unknownParent', sheet: 'indicators', row: 4, column: 'parent' },
    ]);
    expect(issues[0].params).toMatchObject({ code: 'E2', parent: 'X' });
  });

  it('a cycle', async () => {
    const issues = await expectIssues(await fixture('cycle'), [{ key: 'io.indicators.cycle', sheet: 'indicators', row: 11, column: 'parent' }]);
    expect(issues[0].params?.cycle).toBe('X → Y → X');
  });

  it('a node that is its own parent', async () => {
    const issues = await expectIssues(
      changed((t) => {
        t['indicators.csv'] += 'Z,自环,,Z,1,1,,,,,\n';
      }),
      [{ key: 'io.indicators.cycle', sheet: 'indicators', row: 11, column: 'parent' }],
    );
    expect(issues[0].params?.cycle).toBe('Z → Z');
  });

  it('a cycle among units', async () => {
    await expectIssues(
      changed((t) => replace(t, 'units.csv', 'T1,城关镇,,', 'T1,城关镇,C01,')),
      [{ key: 'io.units.cycle', sheet: 'units', row: 2, column: 'parent' }],
    );
  });

  it('a bonus item under a parent', async () => {
    const issues = await expectIssues(
      changed((t) => replace(t, 'indicators.csv', 'B1,表彰加分,Honours,,', 'B1,表彰加分,Honours,E,')),
      [{ key: 'io.indicators.adjustmentHasParent', sheet: 'indicators', row: 8, column: 'parent' }],
    );
    expect(issues[0].params).toMatchObject({ code: 'B1', kind: 'bonus', parent: 'E' });
  });

  it('a veto item with children', async () => {
    await expectIssues(
      changed((t) => {
        t['indicators.csv'] += 'V1a,否决子项,,V1,1,1,,,,,\n';
      }),
      [
        { key: 'io.indicators.adjustmentHasChildren', sheet: 'indicators', row: 10, column: 'kind' },
        // V1 now has a child, so it is an aggregate and takes no data.
        { key: 'io.data.aggregateIndicator', sheet: 'data', row: 1, column: 'V1' },
      ],
    );
  });

  it('a group whose sibling weights are all 0', async () => {
    const issues = await expectIssues(
      changed((t) => {
        replace(t, 'indicators.csv', 'S1,矛盾纠纷化解率,Disputes resolved,S,3,', 'S1,矛盾纠纷化解率,Disputes resolved,S,0,');
        replace(t, 'indicators.csv', 'S2,信访次数,Petitions,S,2,', 'S2,信访次数,Petitions,S,0,');
      }),
      [{ key: 'io.indicators.zeroWeights', sheet: 'indicators', row: 6, column: 'weight' }],
    );
    expect(issues[0].params?.parent).toBe('S');
  });

  it('top-level weights all 0 (adjustment items do not count)', async () => {
    await expectIssues(
      changed((t) => {
        replace(t, 'indicators.csv', 'E,经济发展,Economy,,60,', 'E,经济发展,Economy,,0,');
        replace(t, 'indicators.csv', 'S,社会治理,Governance,,40,', 'S,社会治理,Governance,,0,');
      }),
      [{ key: 'io.indicators.zeroWeightsTop', sheet: 'indicators', row: 2, column: 'weight' }],
    );
  });
});

describe('bad indicator cells', () => {
  it('a negative weight', async () => {
    const issues = await expectIssues(await fixture('negative-weight'), [{ key: 'io.indicators.badWeight', sheet: 'indicators', row: 3, column: 'weight' }]);
    expect(issues[0].params?.value).toBe('-6');
  });

  it('a non-finite weight (1e999)', async () => {
    const issues = await expectIssues(await fixture('non-finite-weight'), [{ key: 'io.indicators.badWeight', sheet: 'indicators', row: 4, column: 'weight' }]);
    expect(issues[0].params?.value).toBe('1e999');
  });

  it('a weight written as Infinity', async () => {
    await expectIssues(
      changed((t) => replace(t, 'indicators.csv', 'S1,矛盾纠纷化解率,Disputes resolved,S,3,', 'S1,矛盾纠纷化解率,Disputes resolved,S,Infinity,')),
      [{ key: 'io.indicators.badWeight', sheet: 'indicators', row: 6, column: 'weight' }],
    );
  });

  it('a weight that is no number', async () => {
    await expectIssues(
      changed((t) => replace(t, 'indicators.csv', 'S1,矛盾纠纷化解率,Disputes resolved,S,3,', 'S1,矛盾纠纷化解率,Disputes resolved,S,三,')),
      [{ key: 'io.cell.notNumber', sheet: 'indicators', row: 6, column: 'weight' }],
    );
  });

  it('a bad direction', async () => {
    const issues = await expectIssues(
      changed((t) => replace(t, 'indicators.csv', 'S2,信访次数,Petitions,S,2,-1,', 'S2,信访次数,Petitions,S,2,down,')),
      [{ key: 'io.indicators.badDirection', sheet: 'indicators', row: 7, column: 'direction' }],
    );
    expect(issues[0].params?.value).toBe('down');
  });

  it('a bad scoring name and a bad aggregation name', async () => {
    const issues = await expectIssues(
      changed((t) => {
        t['indicators.csv'] = t['indicators.csv']
          .replace('typical_max\n', 'typical_max,aggregation\n')
          .replace('E,经济发展,Economy,,60,1,,,,,\n', 'E,经济发展,Economy,,60,1,,,,,,harmonic\n')
          .replace('E1,集体经济收入,Collective income,E,6,1,万元,quantitative,,', 'E1,集体经济收入,Collective income,E,6,1,万元,quantitative,topsis,');
      }),
      [
        { key: 'io.indicators.badAggregation', sheet: 'indicators', row: 2, column: 'aggregation' },
        { key: 'io.indicators.badScoring', sheet: 'indicators', row: 3, column: 'scoring' },
      ],
    );
    expect(issues[1].params).toMatchObject({ value: 'topsis', allowed: 'minmax, fixed, efficacy, target, zscore, rank, points, growth, blend' });
  });

  it('a bad kind', async () => {
    await expectIssues(
      changed((t) => replace(t, 'indicators.csv', ',bonus,', ',extra,')),
      [{ key: 'io.indicators.badKind', sheet: 'indicators', row: 8, column: 'kind' }],
    );
  });

  it('a bad code', async () => {
    await expectIssues(
      changed((t) => {
        t['indicators.csv'] += 'S3 x,新指标,,S,1,1,,,,,\n';
      }),
      [{ key: 'io.indicators.badCode', sheet: 'indicators', row: 11, column: 'code' }],
    );
  });

  it('an empty code and an empty name', async () => {
    await expectIssues(
      changed((t) => {
        t['indicators.csv'] += ',无编码,,S,1,1,,,,,\nS4,,,S,1,1,,,,,\n';
      }),
      [
        { key: 'io.cell.required', sheet: 'indicators', row: 11, column: 'code' },
        { key: 'io.cell.required', sheet: 'indicators', row: 12, column: 'name' },
      ],
    );
  });

  it('fixed scoring without a range, target scoring without a target, min above max', async () => {
    await expectIssues(
      changed((t) => {
        t['indicators.csv'] = t['indicators.csv']
          .replace('E1,集体经济收入,Collective income,E,6,1,万元,quantitative,,0,150', 'E1,集体经济收入,Collective income,E,6,1,万元,quantitative,fixed,,150')
          .replace('E2,收入增速,Income growth,E,4,1,%,quantitative,,-30,100', 'E2,收入增速,Income growth,E,4,1,%,quantitative,target,-30,100')
          .replace('S1,矛盾纠纷化解率,Disputes resolved,S,3,1,%,quantitative,,60,100', 'S1,矛盾纠纷化解率,Disputes resolved,S,3,1,%,quantitative,,100,60');
      }),
      [
        { key: 'io.indicators.badRange', sheet: 'indicators', row: 6, column: 'typical_max' },
        { key: 'io.indicators.fixedNeedsRange', sheet: 'indicators', row: 3, column: 'scoring' },
        { key: 'io.indicators.targetNeedsTarget', sheet: 'indicators', row: 4, column: 'scoring' },
      ],
    );
  });
});

describe('data rows', () => {
  it('an unknown unit', async () => {
    const issues = await expectIssues(await fixture('unknown-unit'), [{ key: 'io.data.unknownUnit', sheet: 'data', row: 5, column: 'unit' }]);
    expect(issues[0].params).toMatchObject({ unit: 'C09', cell: 'A5' });
  });

  it('an unknown indicator column (wide)', async () => {
    await expectIssues(await fixture('unknown-indicator'), [{ key: 'io.data.unknownIndicator', sheet: 'data', row: 1, column: 'E9' }]);
  });

  it('an unknown indicator and an aggregate in a long sheet', async () => {
    await expectIssues(
      changed((t) => {
        t['data.csv'] = 'unit,period,indicator,value\nC01,2024,E1,3\nC01,2024,E9,4\nC01,2024,E,5\n';
      }),
      [
        { key: 'io.data.unknownIndicator', sheet: 'data', row: 3, column: 'indicator' },
        { key: 'io.data.aggregateIndicator', sheet: 'data', row: 4, column: 'indicator' },
      ],
    );
  });

  it('an aggregate node as a wide column', async () => {
    await expectIssues(
      changed((t) => replace(t, 'data.csv', 'unit,period,E1,', 'unit,period,E,')),
      [{ key: 'io.data.aggregateIndicator', sheet: 'data', row: 1, column: 'E' }],
    );
  });

  it('a non-numeric value', async () => {
    const issues = await expectIssues(await fixture('non-numeric'), [{ key: 'io.cell.notNumber', sheet: 'data', row: 3, column: 'E1' }]);
    expect(issues[0].params).toMatchObject({ value: 'abc', cell: 'C3' });
  });

  it('a non-finite value', async () => {
    await expectIssues(
      changed((t) => replace(t, 'data.csv', 'C02,2024,35,', 'C02,2024,1e999,')),
      [{ key: 'io.cell.notFinite', sheet: 'data', row: 3, column: 'E1' }],
    );
  });

  it('duplicate (unit, period, indicator) rows in a long sheet', async () => {
    const issues = await expectIssues(
      changed((t) => {
        t['data.csv'] = 'unit,period,indicator,value\nC01,2024,E1,3\nC02,2024,E1,4\nC01,2024,E1,5\n';
      }),
      [{ key: 'io.data.duplicate', sheet: 'data', row: 4, column: 'indicator' }],
    );
    expect(issues[0].params).toMatchObject({ unit: 'C01', period: '2024', indicator: 'E1', first: 2 });
  });

  it('a unit twice in the same period of a wide sheet', async () => {
    const issues = await expectIssues(
      changed((t) => {
        t['data.csv'] += 'C01,2024,50,1,90,0,,,0\n';
      }),
      [{ key: 'io.data.duplicateRow', sheet: 'data', row: 5, column: 'unit' }],
    );
    expect(issues[0].params).toMatchObject({ unit: 'C01', period: '2024', first: 2 });
  });

  it('a value under a column without header (a warning; nothing else is wrong)', async () => {
    const { workbook, issues } = await readWorkbook(
      changed((t) => replace(t, 'data.csv', 'C01,2024,80,12.5,95,1,1,,0', 'C01,2024,80,12.5,95,1,1,,0,,forgotten')),
    );
    seen.push(...issues);
    expect(workbook).not.toBeNull();
    expect(issues.map(brief)).toEqual([{ key: 'io.column.unnamed', sheet: 'data', row: 2, column: 'K' }]);
  });

  it('a column a long sheet has no place for (a warning)', async () => {
    const { workbook, issues } = await readWorkbook(
      changed((t) => {
        t['data.csv'] = 'unit,period,indicator,value,source\nC01,2024,E1,3,统计站\n';
      }),
    );
    seen.push(...issues);
    expect(workbook).not.toBeNull();
    expect(issues.map(brief)).toEqual([{ key: 'io.column.ignored', sheet: 'data', row: 1, column: 'source' }]);
  });

  it('unbalanced quotes in a CSV file', async () => {
    const issues = await expectIssues(
      changed((t) => {
        t['units.csv'] += 'C04,"北村,T1,village,\n';
      }),
      [{ key: 'io.csv.badQuotes', sheet: 'units', row: 6 }],
    );
    expect(issues[0].params?.row).toBe(6);
  });
});

describe('goals', () => {
  it('a bad status, a duplicate goal, an unknown unit and indicator', async () => {
    await expectIssues(
      changed((t) => {
        t['goals.csv'] += 'C03,2024,G1,修缮祠堂,,1,,finished\nC01,2024,G1,又一个,,1,,set\nC09,2024,G1,无此村,E7,1,,set\n';
      }),
      [
        { key: 'io.goals.badStatus', sheet: 'goals', row: 4, column: 'status' },
        { key: 'io.goals.duplicate', sheet: 'goals', row: 5, column: 'code' },
        { key: 'io.data.unknownUnit', sheet: 'goals', row: 6, column: 'unit' },
        { key: 'io.data.unknownIndicator', sheet: 'goals', row: 6, column: 'indicator' },
      ],
    );
  });
});

describe('a formula cell', () => {
  it('is rejected with its address, asking for values', async () => {
    const issues = await expectIssues(await fixture('formula-cell.xlsx'), [{ key: 'io.cell.formula', sheet: 'data', row: 3, column: 'E2' }]);
    expect(issues[0].params?.cell).toBe('E3');
  });
});

describe('every problem at once', () => {
  it('reports problems of every sheet in one go, in sheet order', async () => {
    const files = changed((t) => {
      replace(t, 'indicators.csv', 'E1,集体经济收入,Collective income,E,6,', 'E1,集体经济收入,Collective income,E,-6,');
      replace(t, 'units.csv', 'C03,南村,', 'C03,,');
      replace(t, 'data.csv', 'C02,2024,35,', 'C02,2024,abc,');
      t['data.csv'] += 'C09,2024,50,1,90,0,,,0\n';
    });
    await expectIssues(files, [
      { key: 'io.indicators.badWeight', sheet: 'indicators', row: 3, column: 'weight' },
      { key: 'io.cell.required', sheet: 'units', row: 5, column: 'name' },
      { key: 'io.cell.notNumber', sheet: 'data', row: 3, column: 'E1' },
      { key: 'io.data.unknownUnit', sheet: 'data', row: 5, column: 'unit' },
    ]);
  });
});

describe('messages', () => {
  it('every issue seen above has a message in both languages with all its placeholders filled', () => {
    expect(seen.length).toBeGreaterThan(50);
    for (const locale of LOCALES) {
      const t = createTranslator(locale).t;
      for (const issue of seen) {
        const text = t(issue.key, issue.params ?? {});
        expect(text, issue.key).not.toBe(issue.key);
        // i18next leaves a placeholder as it is when its param is missing.
        expect(text, `${locale} ${issue.key}`).not.toMatch(/\{\{|\}\}/);
      }
    }
  });
});
