import { Empty, Spin, Typography } from 'antd';
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { indicatorName } from '../../lib/names';
import { useAvailableHeight } from '../../lib/useAvailableHeight';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { useCatalog } from '../../state/catalog';
import { useAsync } from '../../state/useAsync';
import { ObservationGridView, type GridColumn } from './ObservationGridView';
import { decodeObservations } from './observationGrid';

/** The chosen period's observations: units as rows, leaf indicators as columns. */
export function ObservationsTab() {
  const { t, i18n } = useTranslation();
  const period = useCatalog((s) => s.period);
  const version = useCatalog((s) => s.version);
  const units = useCatalog((s) => s.units);
  const indicators = useCatalog((s) => s.indicators);
  const ref = useRef<HTMLDivElement>(null);
  const height = useAvailableHeight(ref);

  const { data, error, loading } = useAsync(
    period ? async () => decodeObservations(await api.getObservations({ period })) : null,
    [period, version],
  );

  const unitNames = useMemo(() => new Map(units.map((u) => [u.code, u.name])), [units]);
  const columns: GridColumn[] = useMemo(() => {
    const byCode = new Map(indicators.map((i) => [i.code, i]));
    return (data?.columns ?? []).map((c) => {
      const ind = byCode.get(c.code);
      return {
        code: c.code,
        title: ind ? indicatorName(ind, i18n.language) : c.code,
        unit: ind?.unit ?? null,
        values: c.values,
      };
    });
  }, [data, indicators, i18n.language]);
  const missing = useMemo(
    () => (data ? data.columns.reduce((s, c) => s + c.values.reduce((m, v) => m + (Number.isNaN(v) ? 1 : 0), 0), 0) : 0),
    [data],
  );

  if (!period) return <Empty description={t('ui.common.noPeriod')} />;
  if (error) return <ErrorAlert error={error} />;
  return (
    <Spin spinning={loading} tip={t('ui.observations.loading')}>
      <div className="kp-toolbar">
        <Typography.Text type="secondary" data-testid="observations-summary">
          {data
            ? t('ui.observations.summary', {
                period,
                units: data.unitCodes.length,
                indicators: data.columns.length,
                missing,
              })
            : ''}
        </Typography.Text>
      </div>
      <div ref={ref}>
        {data && data.unitCodes.length === 0 ? (
          <Empty description={t('ui.observations.empty')} />
        ) : data ? (
          <ObservationGridView
            height={height}
            unitCodes={data.unitCodes}
            unitNames={unitNames}
            columns={columns}
            cornerTitle={t('ui.observations.unit')}
          />
        ) : (
          <div style={{ height }} />
        )}
      </div>
    </Spin>
  );
}
