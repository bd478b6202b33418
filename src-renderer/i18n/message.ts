import type { TFunction } from 'i18next';

/** Says a message key of the importer, engine, service or api in the UI language. A key
 * neither catalog knows (a colleague's new message) is shown as a generic sentence naming the
 * key, never as a bare identifier or a stack trace. */
export function translateMessage(
  t: TFunction,
  exists: (key: string) => boolean,
  key: string,
  params: Record<string, string | number> = {},
): string {
  if (exists(key)) return t(key, params) as string;
  return t('ui.error.unknownMessage', { key, params: formatParams(params) }) as string;
}

function formatParams(params: Record<string, string | number>): string {
  const entries = Object.entries(params);
  return entries.length ? entries.map(([k, v]) => `${k}=${v}`).join(', ') : '';
}
