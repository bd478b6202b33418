import { makeVector, tableFromIPC, type Data, type Table, type Vector } from 'apache-arrow';

/** The observations of one period as the grid needs them: one row per unit, one Float64Array
 * per leaf indicator (NaN = missing), decoded once so scrolling never touches Arrow. */
export interface ObservationGrid {
  unitCodes: string[];
  columns: { code: string; values: Float64Array }[];
}

/** Decodes getObservations' Arrow IPC bytes: a utf8 column `unit`, then one nullable Float64
 * column per leaf indicator, named by its code. */
export function decodeObservations(bytes: Uint8Array): ObservationGrid {
  return gridFromTable(tableFromIPC(bytes));
}

export function gridFromTable(table: Table): ObservationGrid {
  const n = table.numRows;
  const unitVector = table.getChild('unit');
  const unitCodes: string[] = new Array<string>(n);
  for (let i = 0; i < n; i++) unitCodes[i] = String(unitVector?.get(i) ?? '');

  const columns: ObservationGrid['columns'] = [];
  for (const field of table.schema.fields) {
    if (field.name === 'unit') continue;
    const vector = table.getChild(field.name);
    if (!vector) continue;
    columns.push({ code: field.name, values: toFloat64(vector, n) });
  }
  return { unitCodes, columns };
}

function toFloat64(vector: Vector, n: number): Float64Array {
  const out = new Float64Array(n);
  let at = 0;
  for (const chunk of vector.data as Data[]) {
    copyChunk(chunk, out, at);
    at += chunk.length;
  }
  return out;
}

/** Copies one Arrow chunk. Float64 chunks are read straight from their buffers (values are
 * sliced to the chunk, the validity bitmap is not: it is read at offset + i, as Arrow does). */
function copyChunk(chunk: Data, out: Float64Array, at: number): void {
  const values: unknown = chunk.values;
  if (values instanceof Float64Array) {
    const bitmap = chunk.nullBitmap;
    const checkNulls = chunk.nullCount > 0 && bitmap && bitmap.length > 0;
    for (let i = 0; i < chunk.length; i++) {
      if (checkNulls) {
        const pos = chunk.offset + i;
        if ((bitmap[pos >> 3] & (1 << (pos & 7))) === 0) {
          out[at + i] = NaN;
          continue;
        }
      }
      out[at + i] = values[i];
    }
    return;
  }
  // any other numeric type: the generic (slower) accessor
  const v = makeVector(chunk);
  for (let i = 0; i < chunk.length; i++) {
    const x: unknown = v.get(i);
    out[at + i] = x === null || x === undefined ? NaN : Number(x);
  }
}
