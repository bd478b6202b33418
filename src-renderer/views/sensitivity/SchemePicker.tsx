import { Select } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallResult } from '../../../src-shared/api';

type Stored = CallResult<'listSchemes'>[number];

/** A stored scheme or the standard computation (value null); starts on the baseline scheme.
 * Shared by the sensitivity and what-if screens. */
export function SchemePicker(props: { schemes: Stored[] | null; value: string | null | undefined; onChange: (name: string | null) => void; testId: string }) {
  const { t } = useTranslation();
  const { schemes, value, onChange } = props;
  // Once the list is known (null: still loading), an unchosen value becomes the baseline, or the
  // standard computation when no scheme is the baseline (or none is stored at all).
  useEffect(() => {
    if (value === undefined && schemes !== null) onChange(schemes.find((s) => s.isBaseline)?.name ?? null);
  }, [schemes, value, onChange]);
  return (
    <Select
      style={{ width: 220 }}
      data-testid={props.testId}
      value={value ?? ''}
      onChange={(v: string) => onChange(v === '' ? null : v)}
      options={[{ value: '', label: t('ui.sensitivity.standard') }, ...(schemes ?? []).map((s) => ({ value: s.name, label: s.name }))]}
    />
  );
}
