/** JSON columns: objects of strings (groups, attributes) and documents the store writes. */

export function toJson(value: unknown): string {
  return JSON.stringify(value ?? null);
}

export function toJsonOrNull(value: unknown): string | null {
  return value === undefined ? null : JSON.stringify(value);
}

export function parseJson(text: string | null): unknown {
  return text === null ? null : (JSON.parse(text) as unknown);
}

/** A `{name: text}` column; anything that is not a string value is dropped. */
export function parseStringRecord(text: string): Record<string, string> {
  const parsed = JSON.parse(text) as unknown;
  const out: Record<string, string> = {};
  if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
    for (const [k, v] of Object.entries(parsed)) if (typeof v === 'string') out[k] = v;
  }
  return out;
}
