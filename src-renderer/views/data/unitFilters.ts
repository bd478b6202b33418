import { matchesSearch } from '../../lib/pinyin';
import type { ApiUnit } from '../../state/types';

export interface UnitFilter {
  level: string | null;
  /** Code of the containing unit (the township of a village). */
  parent: string | null;
  category: string | null;
  query: string;
}

export function filterUnits(units: readonly ApiUnit[], f: UnitFilter): ApiUnit[] {
  return units.filter(
    (u) =>
      (f.level === null || u.level === f.level) &&
      (f.parent === null || u.parent === f.parent) &&
      (f.category === null || u.category === f.category) &&
      matchesSearch(f.query, u.name, u.code),
  );
}

/** The units that contain others (townships), for the parent filter, in sheet order. */
export function parentOptions(units: readonly ApiUnit[]): { value: string; label: string }[] {
  const names = new Map(units.map((u) => [u.code, u.name]));
  const parents = new Set(units.map((u) => u.parent).filter((p): p is string => p !== null));
  const ordered = units.filter((u) => parents.has(u.code)).map((u) => u.code);
  for (const p of parents) if (!ordered.includes(p)) ordered.push(p);
  return ordered.map((code) => ({ value: code, label: names.get(code) ?? code }));
}
