/** The distinct non-empty values, in order of first appearance. */
export function distinct(values: Iterable<string | null | undefined>): string[] {
  const out = new Set<string>();
  for (const v of values) if (v !== null && v !== undefined && v !== '') out.add(v);
  return [...out];
}
