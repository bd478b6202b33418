import { Descriptions, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportResult } from '../../state/types';

/** What an import brought (or, for a check, would bring). */
export function ImportSummary({ result }: { result: ImportResult }) {
  const { t } = useTranslation();
  const s = result.summary;
  return (
    <Descriptions
      data-testid="import-summary"
      title={t('ui.import.summaryTitle')}
      size="small"
      bordered
      column={{ xs: 1, sm: 2, lg: 3 }}
      style={{ marginBottom: 16 }}
      items={[
        { key: 'units', label: t('ui.import.summary.units'), children: s.units },
        { key: 'indicators', label: t('ui.import.summary.indicators'), children: s.indicators },
        { key: 'observations', label: t('ui.import.summary.observations'), children: s.observations },
        { key: 'goals', label: t('ui.import.summary.goals'), children: s.goals },
        { key: 'superseded', label: t('ui.import.summary.superseded'), children: s.superseded },
        {
          key: 'periods',
          label: t('ui.import.summary.periods'),
          children: s.periods.map((p) => <Tag key={p}>{p}</Tag>),
        },
        {
          key: 'sha',
          label: t('ui.import.sha256'),
          span: 'filled',
          children: <code style={{ fontSize: 12, wordBreak: 'break-all' }}>{result.sha256}</code>,
        },
      ]}
    />
  );
}
