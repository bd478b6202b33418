/** Engine messages name indicators and units by code (`{{indicator}}`, `{{unit}}`); on screen
 * the committee reads names, so the code is shown next to the name: `文明村创建等级（V3.1）`. */
export function withNames(
  params: Record<string, string | number>,
  indicatorNames: ReadonlyMap<string, string>,
  unitNames: ReadonlyMap<string, string>,
  locale: string,
): Record<string, string | number> {
  const label = (name: string, code: string) => (locale === 'en' ? `${name} (${code})` : `${name}（${code}）`);
  const out = { ...params };
  const ind = typeof params.indicator === 'string' ? indicatorNames.get(params.indicator) : undefined;
  if (ind !== undefined) out.indicator = label(ind, params.indicator as string);
  const unit = typeof params.unit === 'string' ? unitNames.get(params.unit) : undefined;
  if (unit !== undefined) out.unit = label(unit, params.unit as string);
  return out;
}
