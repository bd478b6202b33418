import { KaopingError } from '../../api/errors';

/** A pairwise matrix read from a table (e.g. a CSV file): a header row of codes (its first
 * cell is a corner label and ignored) and one row per code whose first cell is the code. */
export interface PairwiseTable {
  codes: string[];
  matrix: number[][];
}

/** One judgement cell: a number (`3`, `0.5`) or a fraction `a/b` of two numbers (`1/3`),
 * spaces allowed around the parts. NaN for anything else (empty, text, division by 0). */
export function parseJudgement(text: string): number {
  const t = text.trim();
  if (t === '') return NaN;
  const parts = t.split('/');
  if (parts.length > 2) return NaN;
  const nums = parts.map((p) => (p.trim() === '' ? NaN : Number(p.trim())));
  const v = nums.length === 2 ? nums[0] / nums[1] : nums[0];
  return Number.isFinite(v) ? v : NaN;
}

/** Reads a pairwise matrix from table rows (header first; lines whose cells are all empty are
 * skipped). Rows may come in any order; they are matched to the header's codes. Throws:
 *   - `engine.weights.ahpEmpty` without a header code;
 *   - `engine.weights.ahpDuplicateCode` for a code twice in the header or as a row;
 *   - `engine.weights.ahpUnknownRow` for a row whose code is not in the header;
 *   - `engine.weights.ahpMissingRow` for a header code without a row;
 *   - `engine.weights.ahpNotSquare` for a row with a number of cells other than the header's;
 *   - `engine.weights.ahpBadCell` (row code, column code, text) for a cell that is not a
 *     number or a fraction.
 * Positivity and reciprocity are `checkPairwise`'s. */
export function parsePairwiseTable(rows: readonly (readonly string[])[]): PairwiseTable {
  const lines = rows.filter((r) => r.some((c) => c.trim() !== ''));
  if (lines.length === 0) throw new KaopingError('engine.weights.ahpEmpty');
  const codes = lines[0].slice(1).map((c) => c.trim());
  while (codes.length > 0 && codes[codes.length - 1] === '') codes.pop(); // trailing empty header cells
  if (codes.length === 0) throw new KaopingError('engine.weights.ahpEmpty');
  const index = new Map<string, number>();
  for (const c of codes) {
    if (index.has(c)) throw new KaopingError('engine.weights.ahpDuplicateCode', { code: c });
    index.set(c, index.size);
  }
  const n = codes.length;
  const matrix: (number[] | undefined)[] = new Array(n).fill(undefined);
  for (const line of lines.slice(1)) {
    const code = line[0].trim();
    const i = index.get(code);
    if (i === undefined) throw new KaopingError('engine.weights.ahpUnknownRow', { code, codes: codes.join(', ') });
    if (matrix[i]) throw new KaopingError('engine.weights.ahpDuplicateCode', { code });
    const cells = line.slice(1);
    while (cells.length > n && cells[cells.length - 1].trim() === '') cells.pop();
    if (cells.length !== n) throw new KaopingError('engine.weights.ahpNotSquare', { row: code, cells: cells.length, size: n });
    matrix[i] = cells.map((text, j) => {
      const v = parseJudgement(text);
      if (Number.isNaN(v)) throw new KaopingError('engine.weights.ahpBadCell', { row: code, column: codes[j], value: text });
      return v;
    });
  }
  const missing = codes.find((_, i) => !matrix[i]);
  if (missing !== undefined) throw new KaopingError('engine.weights.ahpMissingRow', { code: missing });
  return { codes, matrix: matrix as number[][] };
}
