import { Float64, Table, Utf8, tableFromIPC, tableToIPC, vectorFromArray, type Vector } from 'apache-arrow';
import type { EvaluationMatrix } from '../engine/types';

/** Observations of one period cross the api as Arrow IPC (stream format): a utf8 column
 * `unit`, then one nullable Float64 column per leaf indicator named by its code. The matrix
 * form (column-major Float64Array, NaN = missing) is what the engine takes. */

export const UNIT_COLUMN = 'unit';

export function matrixToArrow(m: EvaluationMatrix): Uint8Array {
  const n = m.unitCodes.length;
  const columns: Record<string, Vector> = { [UNIT_COLUMN]: vectorFromArray(m.unitCodes, new Utf8()) };
  m.leafCodes.forEach((code, j) => {
    const col: (number | null)[] = new Array(n);
    for (let i = 0; i < n; i++) {
      const v = m.values[j * n + i];
      col[i] = Number.isNaN(v) ? null : v;
    }
    columns[code] = vectorFromArray(col, new Float64());
  });
  return tableToIPC(new Table(columns), 'stream');
}

export function arrowToMatrix(bytes: Uint8Array): EvaluationMatrix {
  const table = tableFromIPC(bytes);
  const unitCol = table.getChild(UNIT_COLUMN);
  if (!unitCol) throw new Error('Arrow table has no unit column');
  const n = table.numRows;
  const unitCodes = Array.from({ length: n }, (_, i) => String(unitCol.get(i)));
  const leafCodes = table.schema.fields.map((f) => f.name).filter((name) => name !== UNIT_COLUMN);
  const values = new Float64Array(n * leafCodes.length);
  leafCodes.forEach((code, j) => {
    const col = table.getChild(code)!;
    for (let i = 0; i < n; i++) {
      const v = col.get(i) as number | null;
      values[j * n + i] = v === null ? NaN : v;
    }
  });
  return { unitCodes, leafCodes, values };
}
