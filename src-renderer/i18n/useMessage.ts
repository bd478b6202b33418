import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { translateMessage } from './message';

/** A function that says a message key (with params) in the current UI language. */
export function useMessage(): (key: string, params?: Record<string, string | number>) => string {
  const { t, i18n } = useTranslation();
  return useCallback(
    (key: string, params?: Record<string, string | number>) =>
      translateMessage(t, (k) => i18n.exists(k), key, params ?? {}),
    // i18n.language: re-create on a language switch so memoised consumers re-render
    [t, i18n, i18n.language],
  );
}
