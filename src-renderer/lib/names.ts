/** The name of an indicator to show: `name_en` in the English UI, falling back to `name`. */
export function indicatorName(i: { name: string; nameEn: string | null }, locale: string): string {
  return locale === 'en' && i.nameEn ? i.nameEn : i.name;
}
