import { describe, expect, it } from 'vitest';
import { DATA_COLUMNS, fieldOf, GOAL_COLUMNS, groupNameOf, INDICATOR_COLUMNS, sheetKindOf, UNIT_COLUMNS } from '../../../src-main/io/names';

describe('sheet names', () => {
  it('match case-insensitively after trimming, with the Chinese names', () => {
    expect(sheetKindOf('indicators')).toBe('indicators');
    expect(sheetKindOf(' Indicators ')).toBe('indicators');
    expect(sheetKindOf('指标')).toBe('indicators');
    expect(sheetKindOf('UNITS')).toBe('units');
    expect(sheetKindOf('单位')).toBe('units');
    expect(sheetKindOf('Data')).toBe('data');
    expect(sheetKindOf('数据')).toBe('data');
    expect(sheetKindOf('goals')).toBe('goals');
    expect(sheetKindOf('目标')).toBe('goals');
    expect(sheetKindOf('Sheet1')).toBeNull();
  });
});

describe('column names', () => {
  it('accept the workbook format headers and their Chinese aliases', () => {
    const cases: [typeof INDICATOR_COLUMNS, string, string][] = [
      [INDICATOR_COLUMNS, '编码', 'code'],
      [INDICATOR_COLUMNS, '名称', 'name'],
      [INDICATOR_COLUMNS, 'name_zh', 'name'],
      [INDICATOR_COLUMNS, '上级', 'parent'],
      [INDICATOR_COLUMNS, '权重', 'weight'],
      [INDICATOR_COLUMNS, '分值', 'weight'],
      [INDICATOR_COLUMNS, '方向', 'direction'],
      [INDICATOR_COLUMNS, '单位', 'unit'],
      [INDICATOR_COLUMNS, '类型', 'kind'],
      [INDICATOR_COLUMNS, '计分方法', 'scoring'],
      [INDICATOR_COLUMNS, '汇总方式', 'aggregation'],
      [INDICATOR_COLUMNS, '目标值', 'target'],
      [INDICATOR_COLUMNS, '责任单位', 'department'],
      [INDICATOR_COLUMNS, 'source_department_zh', 'department'],
      [INDICATOR_COLUMNS, '说明', 'description'],
      [INDICATOR_COLUMNS, 'note', 'description'],
    ];
    for (const [spec, header, field] of cases) expect(fieldOf(spec, header)).toBe(field);
  });

  it('match case-insensitively, ignoring surrounding spaces, with spaces or hyphens as underscores', () => {
    expect(fieldOf(INDICATOR_COLUMNS, '  CODE ')).toBe('code');
    expect(fieldOf(INDICATOR_COLUMNS, 'Typical Min')).toBe('typical_min');
    expect(fieldOf(INDICATOR_COLUMNS, 'name-en')).toBe('name_en');
  });

  it('depend on the sheet: 单位 is a unit of measure in indicators and a unit code in data', () => {
    expect(fieldOf(INDICATOR_COLUMNS, '单位')).toBe('unit');
    expect(fieldOf(DATA_COLUMNS, '单位')).toBe('unit');
    expect(fieldOf(DATA_COLUMNS, '单位编码')).toBe('unit');
    expect(fieldOf(DATA_COLUMNS, '期间')).toBe('period');
    expect(fieldOf(UNIT_COLUMNS, '层级')).toBe('level');
    expect(fieldOf(UNIT_COLUMNS, '类别')).toBe('category');
    expect(fieldOf(GOAL_COLUMNS, '状态')).toBe('status');
    expect(fieldOf(UNIT_COLUMNS, 'level_2')).toBeNull();
  });

  it('read group columns, in either colon', () => {
    expect(groupNameOf('group:GDP_group')).toBe('GDP_group');
    expect(groupNameOf('Group: 片区')).toBe('片区');
    expect(groupNameOf('分组：片区')).toBe('片区');
    expect(groupNameOf('group:')).toBeNull();
    expect(groupNameOf('grouping')).toBeNull();
  });
});
