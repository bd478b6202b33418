import { describe, expect, it } from 'vitest';
import { CELL_FIELDS, cellChanged, displayRows, movableCodes, type DisplayRow } from '../../../../src-renderer/views/weights/displayRows';
import { buildWeightRows, flattenRows } from '../../../../src-renderer/views/weights/weightTree';
import { tree, treeWeights } from '../weights-model/fixture';

const rowsFor = (weights: Record<string, number>) => buildWeightRows(tree, (c) => weights[c], (c) => treeWeights[c]);
function byKey(rows: DisplayRow[]): Map<string, DisplayRow> {
  const out = new Map<string, DisplayRow>();
  const walk = (list: DisplayRow[]) => list.forEach((r) => (out.set(r.key, r), r.children && walk(r.children)));
  walk(rows);
  return out;
}

describe('the rows of the weights table', () => {
  it('carries lock, movability, own weight and objective share on each row, keeping the tree', () => {
    const locks = new Set(['V1.1', 'V1.2', 'V1.3', 'V1.4', 'V2']);
    const rows = displayRows(rowsFor(treeWeights), { locks, own: new Set(['V2.1']), objective: new Map([['V2.1', 0.4]]) });
    const r = byKey(rows);
    expect(rows.map((x) => x.key)).toEqual(['V1', 'V2']);
    expect(r.get('V1.1')).toMatchObject({ locked: true, movable: false });
    // V1.5 is the only unlocked node of V1's group: nothing can make room for it
    expect(r.get('V1.5')).toMatchObject({ locked: false, movable: false });
    // V1's only sibling V2 is locked
    expect(r.get('V1')).toMatchObject({ locked: false, movable: false });
    expect(r.get('V2.1')).toMatchObject({ own: true, objective: 0.4, movable: true });
    expect(r.get('V2.2')).toMatchObject({ own: false, objective: undefined, movable: true });
    expect(movableCodes(rowsFor(treeWeights), new Set())).toEqual(new Set(flattenRows(rowsFor(treeWeights)).map((x) => x.key)));
  });

  it('redraws a cell only when a field it draws changed', () => {
    const flags = { locks: new Set<string>(), own: new Set<string>(), objective: new Map<string, number>() };
    const before = byKey(displayRows(rowsFor(treeWeights), flags));
    // V1.1 from 6 to 16 points: its group's shares move, V2's branch does not
    const after = byKey(displayRows(rowsFor({ ...treeWeights, 'V1.1': 16 }), flags));
    const share = cellChanged(CELL_FIELDS.share);
    const effective = cellChanged(CELL_FIELDS.effective);
    const name = cellChanged(CELL_FIELDS.name);
    expect(share(after.get('V1.1')!, before.get('V1.1')!)).toBe(true);
    expect(share(after.get('V1.2')!, before.get('V1.2')!)).toBe(true); // 5/20 → 5/30
    expect(share(after.get('V2.1')!, before.get('V2.1')!)).toBe(false);
    expect(effective(after.get('V2.2')!, before.get('V2.2')!)).toBe(false);
    expect(name(after.get('V1.1')!, before.get('V1.1')!)).toBe(false);
    expect(cellChanged(CELL_FIELDS.actions)(after.get('V1.1')!, before.get('V1.1')!)).toBe(true); // points 6 → 16
  });
});
