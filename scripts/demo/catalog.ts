/** Reads a catalog file (resources/catalog/*.csv) into the model's indicator tree, following the
 * mapping in docs/workbook-format.md ("Importing the shipped catalogs"): name ← name_zh,
 * department ← source_department_zh, description ← note, the kinds quantitative/survey/goal
 * become `indicator` with the finer kind kept. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import type { Indicator, IndicatorKind } from '../../src-shared/model';

export type CatalogName = 'indicators.csv' | 'indicators_city.csv';

/** Columns this parser maps to model fields; any other column becomes an attribute. */
const KNOWN = new Set([
  'code', 'parent', 'name', 'name_zh', 'name_en', 'unit', 'direction', 'weight', 'kind',
  'source_department_zh', 'department', 'typical_min', 'typical_max', 'note', 'description',
  'target', 'scoring', 'aggregation',
]);

const ADJUSTMENT_KINDS = new Set<IndicatorKind>(['bonus', 'penalty', 'veto']);

function text(row: Record<string, string>, ...keys: string[]): string | null {
  for (const key of keys) {
    const v = row[key]?.trim();
    if (v) return v;
  }
  return null;
}

function num(row: Record<string, string>, key: string): number | null {
  const v = text(row, key);
  if (v === null) return null;
  const n = Number(v);
  if (!Number.isFinite(n)) throw new Error(`catalog: ${key} "${v}" is not a number`);
  return n;
}

/** Parses catalog CSV text. Throws on a malformed catalog: it is a file of the repository, so a
 * broken one is a programming error, not user input. */
export function parseCatalog(csv: string): Indicator[] {
  const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
    transformHeader: (h) => h.trim().toLowerCase(),
  });
  if (parsed.errors.length > 0) throw new Error(`catalog: ${parsed.errors[0].message}`);
  return parsed.data.map((row, position) => {
    const code = text(row, 'code');
    const name = text(row, 'name', 'name_zh');
    if (!code || !name) throw new Error(`catalog: row ${position + 2} lacks code or name`);
    const rawKind = text(row, 'kind') ?? 'indicator';
    const kind: IndicatorKind = ADJUSTMENT_KINDS.has(rawKind as IndicatorKind)
      ? (rawKind as IndicatorKind)
      : 'indicator';
    const attributes: Record<string, string> = {};
    for (const [key, value] of Object.entries(row)) {
      if (!KNOWN.has(key) && value?.trim()) attributes[key] = value.trim();
    }
    const scoring = text(row, 'scoring') ?? 'minmax';
    const aggregation = text(row, 'aggregation') ?? 'arithmetic';
    return {
      code,
      name,
      nameEn: text(row, 'name_en'),
      parent: text(row, 'parent'),
      weight: num(row, 'weight') ?? 1,
      direction: num(row, 'direction') === -1 ? -1 : 1,
      unit: text(row, 'unit'),
      kind,
      fineKind: kind === 'indicator' && rawKind !== 'indicator' ? rawKind : null,
      scoring: scoring as Indicator['scoring'],
      aggregation: aggregation === 'geometric' ? 'geometric' : 'arithmetic',
      target: num(row, 'target'),
      typicalMin: num(row, 'typical_min'),
      typicalMax: num(row, 'typical_max'),
      department: text(row, 'department', 'source_department_zh'),
      description: text(row, 'description', 'note'),
      attributes,
      position,
    };
  });
}

/** Reads one of the catalogs shipped in resources/catalog. */
export function loadCatalog(name: CatalogName): Indicator[] {
  const path = fileURLToPath(new URL(`../../resources/catalog/${name}`, import.meta.url));
  return parseCatalog(readFileSync(path, 'utf8'));
}

/** Nodes without children, in catalog order: the columns of the data sheet. */
export function leafIndicators(indicators: readonly Indicator[]): Indicator[] {
  const parents = new Set(indicators.map((i) => i.parent).filter((p): p is string => p !== null));
  return indicators.filter((i) => !parents.has(i.code));
}

export function isAdjustment(indicator: Indicator): boolean {
  return indicator.kind !== 'indicator';
}
