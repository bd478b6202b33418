import { describe, expect, it } from 'vitest';
import { parseJudgement, parsePairwiseTable } from '../../../../src-shared/engine/weights';
import { kaopingError } from '../helpers';

describe('reading a pairwise matrix from a table', () => {
  it('reads numbers and fractions, rows in any order, whatever the corner cell says', () => {
    const t = parsePairwiseTable([
      ['准则', 'A', 'B', 'C'],
      ['B', '1/2', '1', '2'],
      ['A', '1', ' 2 ', '4'],
      ['C', '0.25', '1 / 2', '1'],
      ['', '', '', ''],
    ]);
    expect(t.codes).toEqual(['A', 'B', 'C']);
    expect(t.matrix).toEqual([
      [1, 2, 4],
      [0.5, 1, 2],
      [0.25, 0.5, 1],
    ]);
  });

  it('parses one judgement', () => {
    expect(['3', '1/3', '0.5', ' 7 ', '2/4'].map(parseJudgement)).toEqual([3, 1 / 3, 0.5, 7, 0.5]);
    for (const bad of ['', 'x', '1/0', '1/2/3', '/3', '3/']) expect(parseJudgement(bad)).toBeNaN();
  });

  it('names what is wrong', () => {
    const cell = kaopingError(() => parsePairwiseTable([['', 'A', 'B'], ['A', '1', 'three'], ['B', '1/3', '1']]));
    expect(cell.key).toBe('engine.weights.ahpBadCell');
    expect(cell.params).toEqual({ row: 'A', column: 'B', value: 'three' });
    expect(kaopingError(() => parsePairwiseTable([['', 'A', 'B'], ['A', '1', '3']])).params).toEqual({ code: 'B' });
    expect(kaopingError(() => parsePairwiseTable([['', 'A', 'B'], ['A', '1', '3'], ['Q', '1', '1']])).key).toBe('engine.weights.ahpUnknownRow');
    expect(kaopingError(() => parsePairwiseTable([['', 'A', 'A']])).key).toBe('engine.weights.ahpDuplicateCode');
    expect(kaopingError(() => parsePairwiseTable([['', 'A', 'B'], ['A', '1', '3'], ['A', '1', '3']])).key).toBe('engine.weights.ahpDuplicateCode');
    expect(kaopingError(() => parsePairwiseTable([['', 'A', 'B'], ['A', '1'], ['B', '1', '1']])).key).toBe('engine.weights.ahpNotSquare');
    expect(kaopingError(() => parsePairwiseTable([])).key).toBe('engine.weights.ahpEmpty');
    expect(kaopingError(() => parsePairwiseTable([['corner']])).key).toBe('engine.weights.ahpEmpty');
  });
});
