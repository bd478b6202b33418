import { Float64, Int32, Table, Utf8, tableToIPC, vectorFromArray, type Vector } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { decodeObservations, gridFromTable } from '../../../src-renderer/views/data/observationGrid';

function table(units: string[], cols: Record<string, (number | null)[]>): Table {
  const vectors: Record<string, Vector> = { unit: vectorFromArray(units, new Utf8()) };
  for (const [code, values] of Object.entries(cols)) vectors[code] = vectorFromArray(values, new Float64());
  return new Table(vectors);
}

const asArray = (a: Float64Array) => Array.from(a, (v) => (Number.isNaN(v) ? null : v));

describe('observation grid decoding', () => {
  it('decodes the Arrow IPC stream of getObservations into rows and columns, missing as NaN', () => {
    const t = table(['U1', 'U2', 'U3'], { 'V1.1': [1.5, null, 3], 'V1.2': [null, null, -2.25] });
    const grid = decodeObservations(tableToIPC(t, 'stream'));
    expect(grid.unitCodes).toEqual(['U1', 'U2', 'U3']);
    expect(grid.columns.map((c) => c.code)).toEqual(['V1.1', 'V1.2']);
    expect(asArray(grid.columns[0].values)).toEqual([1.5, null, 3]);
    expect(asArray(grid.columns[1].values)).toEqual([null, null, -2.25]);
  });

  it('reads several record batches in order', () => {
    const a = table(['U1', 'U2'], { X: [1, null] });
    const b = table(['U3', 'U4', 'U5'], { X: [null, 4, 5] });
    const grid = decodeObservations(tableToIPC(a.concat(b), 'stream'));
    expect(grid.unitCodes).toEqual(['U1', 'U2', 'U3', 'U4', 'U5']);
    expect(asArray(grid.columns[0].values)).toEqual([1, null, null, 4, 5]);
  });

  it('honours a chunk offset (a sliced table) the way Arrow itself reads it', () => {
    // 20 values with nulls at every third index, so the validity bitmap spans several bytes
    const values = Array.from({ length: 20 }, (_, i) => (i % 3 === 0 ? null : i * 1.25));
    const units = values.map((_, i) => `U${i}`);
    const sliced = table(units, { X: values }).slice(5, 17);
    const grid = gridFromTable(sliced);
    const expected = values.slice(5, 17);
    expect(asArray(grid.columns[0].values)).toEqual(expected);
    expect(grid.unitCodes).toEqual(units.slice(5, 17));
    // and agrees with Arrow's own accessor
    const col = sliced.getChild('X');
    expect(asArray(grid.columns[0].values)).toEqual(Array.from({ length: 12 }, (_, i) => col?.get(i) ?? null));
  });

  it('reads a non-Float64 numeric column through the generic accessor', () => {
    const t = new Table({ unit: vectorFromArray(['A', 'B'], new Utf8()), N: vectorFromArray([7, null], new Int32()) });
    expect(asArray(gridFromTable(t).columns[0].values)).toEqual([7, null]);
  });

  it('decodes 20,000 units × 60 indicators', () => {
    const n = 20_000;
    const cols: Record<string, (number | null)[]> = {};
    for (let j = 0; j < 60; j++) cols[`I${j}`] = Array.from({ length: n }, (_, i) => ((i + j) % 50 === 0 ? null : i + j / 100));
    const bytes = tableToIPC(table(Array.from({ length: n }, (_, i) => `U${i}`), cols), 'stream');
    const grid = decodeObservations(bytes);
    expect(grid.columns).toHaveLength(60);
    expect(grid.columns[59].values[1]).toBeCloseTo(1 + 59 / 100, 12);
    expect(Number.isNaN(grid.columns[0].values[50])).toBe(true);
  });
});
