import { describe, expect, it } from 'vitest';
import { changeCounts, emptyDraft, fromStored, toDefinition } from '../../../src-renderer/views/whatif/scenarioDraft';

const grades = { labels: ['优秀', '良好', '一般'], thresholds: [90, 75] };
const stored = (definition: Parameters<typeof fromStored>[0]['definition']) => ({
  name: 's',
  scheme: '基准',
  note: null,
  createdAt: '2026-01-01',
  updatedAt: '2026-01-01',
  definition,
});

describe('the scenario editor’s draft', () => {
  it('turns its fields into a definition', () => {
    const d = {
      ...emptyDraft('基准'),
      weights: [{ node: 'V1', weight: 40 }],
      aggregate: 'geometric' as const,
      topQuota: 15,
      edits: [{ unit: 'U1', indicator: 'I1', op: 'multiply' as const, value: 1.3 }],
    };
    expect(toDefinition(d, { grades })).toEqual({
      overlay: { weights: { V1: 40 }, aggregate: 'geometric', grades: { ...grades, quotas: [{ grade: '优秀', share: 0.15 }] } },
      edits: [{ unit: 'U1', indicator: 'I1', op: 'multiply', value: 1.3 }],
      categories: {},
    });
    // no quota field without grades in the base scheme
    expect(toDefinition(d, {}).overlay!.grades).toBeUndefined();
  });

  it('gives back what was stored, including what it has no field for', () => {
    const definition = {
      overlay: {
        weights: { V1: 40 },
        scoring: 'zscore' as const,
        categoryWeights: { 集聚提升: { V1: 50 } },
        grades: { ...grades, quotas: [{ grade: '优秀', share: 0.2 }] },
      },
      edits: [{ unit: 'U1', indicator: 'I1', op: 'set' as const, value: 7 }],
      categories: { U2: '城郊融合' },
    };
    const d = fromStored(stored(definition));
    expect(d.topQuota).toBe(20);
    expect(d.otherOverlay).toEqual({ categoryWeights: { 集聚提升: { V1: 50 } } });
    expect(toDefinition(d, { grades })).toEqual(definition);
  });

  it('keeps a grades overlay it cannot edit as it is', () => {
    const other = { labels: ['A', 'B'], thresholds: [50], quotas: [{ grade: 'B', count: 3 }] };
    const d = fromStored(stored({ overlay: { grades: other }, edits: [], categories: {} }));
    expect(d.topQuota).toBeNull();
    expect(toDefinition(d, { grades }).overlay).toEqual({ grades: other });
  });

  it('counts moves up, down and grade changes', () => {
    expect(
      changeCounts([
        { change: 2, grade: 'A', baseGrade: 'B' },
        { change: -1, grade: 'B', baseGrade: 'B' },
        { change: 0, grade: null, baseGrade: null },
        { change: null, grade: null, baseGrade: 'B' },
      ]),
    ).toEqual({ up: 1, down: 1, grades: 2 });
  });
});
