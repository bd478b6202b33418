import { Select, Space, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useCatalog } from '../state/catalog';
import { sortPeriods } from '../state/periods';

/** The chosen period, shared by every screen that shows one period. Newest first. */
export function PeriodPicker() {
  const { t } = useTranslation();
  const periods = useCatalog((s) => s.periods);
  const period = useCatalog((s) => s.period);
  const setPeriod = useCatalog((s) => s.setPeriod);
  const options = useMemo(
    () =>
      sortPeriods(periods)
        .reverse()
        .map((p) => ({
          value: p.code,
          label: t('ui.period.option', { code: p.code, kind: t(`ui.periodKind.${p.kind}`) }),
        })),
    [periods, t],
  );
  return (
    <Space>
      <Typography.Text type="secondary">{t('ui.period.label')}</Typography.Text>
      <Select
        data-testid="period-picker"
        style={{ width: 180 }}
        value={period ?? undefined}
        placeholder={periods.length ? t('ui.period.placeholder') : t('ui.period.none')}
        options={options}
        onChange={(v: string) => setPeriod(v)}
        disabled={periods.length === 0}
      />
    </Space>
  );
}
