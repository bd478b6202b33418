import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { buildTree, type EvaluationMatrix, type SensitivityInput } from '../../../../src-shared/engine';
import { ind } from '../helpers';

/** The ASEM Sustainable Connectivity fixture (tests/fixtures/asem) as the engine's input:
 * 51 countries, 49 indicators with 63 missing values, four levels. */
type Row = Record<string, string>;
const read = (dir: string, file: string): Row[] =>
  Papa.parse<Row>(readFileSync(join('tests/fixtures/asem', dir, file), 'utf8'), { header: true, skipEmptyLines: true }).data;

export function asem(dir: string): SensitivityInput {
  const rows = read(dir, 'indicators.csv');
  const tree = buildTree(rows.map((r, i) => ind(r.code, r.parent === '' ? null : r.parent, Number(r.weight), { direction: r.direction === '-1' ? -1 : 1, position: i })));
  const units = read(dir, 'units.csv').map((r) => r.code);
  const data = new Map(read(dir, 'data.csv').map((r) => [r.unit, r]));
  const leafCodes = [...tree.leaves];
  const values = new Float64Array(units.length * leafCodes.length);
  leafCodes.forEach((code, j) =>
    units.forEach((u, i) => {
      const cell = data.get(u)![code];
      values[j * units.length + i] = cell === '' ? NaN : Number(cell);
    }),
  );
  const matrix: EvaluationMatrix = { unitCodes: units, leafCodes, values };
  return { tree, matrix, scheme: {}, context: {} };
}

