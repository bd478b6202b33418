import { describe, expect, it } from 'vitest';
import { makeIndicator } from '../../../../src-shared/model';
import type { Explanation } from '../../../../src-renderer/charts/waterfall';
import type { ApiIndicator } from '../../../../src-renderer/state/types';
import { itemRows, leafRows, sumOfContributions } from '../../../../src-renderer/views/ranking/explainRows';

const indicators = [
  makeIndicator('V1', { name: '产业兴旺', nameEn: 'Industry', weight: 60 }),
  makeIndicator('V1.1', { name: '集体收入', nameEn: 'Collective income', parent: 'V1', weight: 6, unit: '万元', department: '农业农村局' }),
  makeIndicator('V1.1a', { name: '经营性收入', nameEn: null, parent: 'V1.1', weight: 1, unit: '万元', department: '农经站' }),
  makeIndicator('V2', { name: '生态宜居', weight: 40 }),
  makeIndicator('V2.1', { name: '卫生厕所', parent: 'V2', weight: 4, unit: '%', department: null }),
  makeIndicator('VB1', { name: '表彰', kind: 'bonus', weight: 2, department: '县委办' }),
  makeIndicator('VP1', { name: '通报批评', kind: 'penalty', weight: 4 }),
  makeIndicator('VV1', { name: '重大事故', kind: 'veto', weight: 0 }),
] as unknown as ApiIndicator[];

// V1.1a: 0.6 × 50 = 30, V2.1: 0.4 × 25 = 10 → base 40
const e: Explanation = {
  period: '2025',
  unit: 'U1',
  base: 40,
  total: 41,
  additive: true,
  leaves: [
    { code: 'V1.1a', weight: 0.6, score: 50, contribution: 30, raw: 12.5, rank: 4 },
    { code: 'V2.1', weight: 0.4, score: 25, contribution: 10, raw: 80, rank: 17 },
    { code: 'V9', weight: 0, score: null, contribution: 0, raw: null, rank: null },
  ],
  items: [
    { code: 'VB1', kind: 'bonus', points: 1 },
    { code: 'VP1', kind: 'penalty', points: 0 },
    { code: 'VV1', kind: 'veto', points: 1 },
  ],
};

describe('explanation rows', () => {
  it('join each leaf with its name, top-level dimension, unit of measure and department', () => {
    expect(leafRows(e, indicators, 'zh-CN')).toEqual([
      { code: 'V1.1a', name: '经营性收入', dimension: '产业兴旺', raw: 12.5, measure: '万元', department: '农经站', score: 50, rank: 4, weight: 0.6, contribution: 30, order: 0 },
      { code: 'V2.1', name: '卫生厕所', dimension: '生态宜居', raw: 80, measure: '%', department: null, score: 25, rank: 17, weight: 0.4, contribution: 10, order: 1 },
      { code: 'V9', name: 'V9', dimension: '', raw: null, measure: null, department: null, score: null, rank: null, weight: 0, contribution: 0, order: 2 },
    ]);
  });

  it('use English names where there are some', () => {
    expect(leafRows(e, indicators, 'en').map((r) => [r.name, r.dimension])).toEqual([
      ['经营性收入', 'Industry'],
      ['卫生厕所', '生态宜居'],
      ['V9', ''],
    ]);
  });

  it('list only the items that apply: bonus and penalty with points (and their caps), triggered vetoes', () => {
    expect(itemRows(e, indicators, 'zh-CN')).toEqual([
      { code: 'VB1', name: '表彰', kind: 'bonus', points: 1, cap: 2, department: '县委办' },
      { code: 'VV1', name: '重大事故', kind: 'veto', points: 1, cap: null, department: null },
    ]);
  });

  it('sum the contributions: the base of an additive explanation', () => {
    expect(sumOfContributions(e)).toBe(30 + 10);
  });
});
