/** Finds the cycles of a parent relation (child code -> parent code), each once, as its codes
 * in child-to-parent order starting from the member listed first, closed by that member again
 * (`A → B → A`: A's parent is B, B's parent is A). Parents not in `parentOf` end a chain. */
export function findCycles(codes: readonly string[], parentOf: ReadonlyMap<string, string | null>): string[][] {
  const order = new Map(codes.map((c, i) => [c, i]));
  const state = new Map<string, 1 | 2>(); // 1: on the current path, 2: done
  const cycles: string[][] = [];
  for (const start of codes) {
    const path: string[] = [];
    let code: string | null = start;
    while (code !== null && !state.has(code)) {
      state.set(code, 1);
      path.push(code);
      const parent: string | null = parentOf.get(code) ?? null;
      code = parent !== null && parentOf.has(parent) ? parent : null;
    }
    if (code !== null && state.get(code) === 1) {
      const cycle = path.slice(path.indexOf(code));
      const first = cycle.reduce((a, b) => (order.get(a)! <= order.get(b)! ? a : b));
      const k = cycle.indexOf(first);
      cycles.push([...cycle.slice(k), ...cycle.slice(0, k), first]);
    }
    for (const c of path) state.set(c, 2);
  }
  return cycles;
}
