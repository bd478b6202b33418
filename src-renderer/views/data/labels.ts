import type { TFunction } from 'i18next';

/** Says a value of a known vocabulary (level, kind, …) in the UI language, or the value itself
 * when the workbook used a word of its own. */
export function vocab(t: TFunction, exists: (key: string) => boolean, group: string, value: string | null): string {
  if (value === null || value === '') return '';
  const key = `ui.${group}.${value}`;
  return exists(key) ? (t(key) as string) : value;
}
