import { flattenRows, groupMembers, type WeightRow } from './weightTree';

/** A row of the weights table with everything its cells draw, so that each cell can tell from
 * the row alone whether it must draw again (antd's `shouldCellUpdate`): an edit then redraws
 * only the rows whose figures moved, not the whole tree with its sliders and tooltips. */
export interface DisplayRow extends Omit<WeightRow, 'children'> {
  locked: boolean;
  /** Some unlocked sibling can make room, and the node itself is not locked. */
  movable: boolean;
  /** The active category has its own weight for the node. */
  own: boolean;
  /** The objective weight as a share of its group (leaves of leaf-only groups), else undefined. */
  objective: number | undefined;
  children?: DisplayRow[];
}

export interface RowFlags {
  locks: ReadonlySet<string>;
  own: ReadonlySet<string>;
  objective: ReadonlyMap<string, number>;
}

/** The weight rows with their flags, keeping the tree's shape. */
export function displayRows(rows: readonly WeightRow[], flags: RowFlags): DisplayRow[] {
  const movable = movableCodes(rows, flags.locks);
  const decorate = (list: readonly WeightRow[]): DisplayRow[] =>
    list.map((r) => {
      const { children, ...rest } = r;
      const row: DisplayRow = {
        ...rest,
        locked: flags.locks.has(r.key),
        movable: movable.has(r.key),
        own: flags.own.has(r.key),
        objective: flags.objective.get(r.key),
      };
      if (children) row.children = decorate(children);
      return row;
    });
  return decorate(rows);
}

/** Codes of the nodes that can move: unlocked, with an unlocked sibling to give way. */
export function movableCodes(rows: readonly WeightRow[], locks: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const r of flattenRows(rows)) {
    if (locks.has(r.key)) continue;
    if (groupMembers(rows, r.group).some((m) => m.key !== r.key && !locks.has(m.key))) out.add(r.key);
  }
  return out;
}

/** Which fields each column draws from; a cell redraws when one of them changed. */
export const CELL_FIELDS = {
  name: ['indicator', 'own', 'depth'],
  share: ['share', 'movable'],
  points: ['locked'],
  effective: ['effective'],
  objective: ['objective'],
  actions: ['points', 'base', 'locked'],
} as const satisfies Record<string, readonly (keyof DisplayRow)[]>;

/** `shouldCellUpdate` for a column drawing `fields` (and the row's code and kind). */
export function cellChanged(fields: readonly (keyof DisplayRow)[]): (row: DisplayRow, prev: DisplayRow) => boolean {
  return (row, prev) =>
    row.key !== prev.key || !row.children !== !prev.children || fields.some((f) => !Object.is(row[f], prev[f]));
}
