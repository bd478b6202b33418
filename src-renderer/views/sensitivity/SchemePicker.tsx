import { Select } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallResult } from '../../../src-shared/api';

type Stored = CallResult<'listSchemes'>[number];

/** A stored scheme or the standard computation (value null); starts on the baseline scheme.
 * Shared by the sensitivity and what-if screens. */
export function SchemePicker(props: { schemes: Stored[]; value: string | null | undefined; onChange: (name: string | null) => void; testId: string }) {
  const { t } = useTranslation();
  const { schemes, value, onChange } = props;
  useEffect(() => {
    if (value === undefined && schemes.length > 0) onChange(schemes.find((s) => s.isBaseline)?.name ?? null);
  }, [schemes, value, onChange]);
  return (
    <Select
      style={{ width: 220 }}
      data-testid={props.testId}
      value={value ?? ''}
      onChange={(v: string) => onChange(v === '' ? null : v)}
      options={[{ value: '', label: t('ui.sensitivity.standard') }, ...schemes.map((s) => ({ value: s.name, label: s.name }))]}
    />
  );
}
