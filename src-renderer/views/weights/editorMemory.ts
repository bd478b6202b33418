import type { GroupMethodOptions } from '../../state/weights';

/** What a group's method editor was last applied with (the AHP matrix, α and the objective
 * method), so that it reopens as it was. Kept beside the weights store rather than in its
 * history: applying a method stays one undoable action (`applyGroupWeights`). */
const memory = new Map<string, GroupMethodOptions>();

export function remember(group: string, options: GroupMethodOptions): void {
  memory.set(group, structuredClone(options));
}

export function recall(group: string): GroupMethodOptions | undefined {
  const o = memory.get(group);
  return o ? structuredClone(o) : undefined;
}
