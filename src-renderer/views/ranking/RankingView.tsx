import { Empty, Input, Select, Spin, Typography } from 'antd';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { distinct } from '../../lib/distinct';
import { useTableScrollY } from '../../lib/useAvailableHeight';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { useCatalog } from '../../state/catalog';
import { useAsync } from '../../state/useAsync';
import { filterRows, topDimensions, townshipOptions, type RankingFilter } from './rankingModel';
import { RankingTable } from './RankingTable';
import { RankingWarnings } from './RankingWarnings';

/** The standard computation for the chosen period: rank, unit, township, category, total and
 * the top-level dimension scores. */
export function RankingView() {
  const { t } = useTranslation();
  const period = useCatalog((s) => s.period);
  const version = useCatalog((s) => s.version);
  const indicators = useCatalog((s) => s.indicators);
  const [filter, setFilter] = useState<RankingFilter>({ township: null, category: null, query: '' });
  const ref = useRef<HTMLDivElement>(null);
  const scrollY = useTableScrollY(ref);

  const { data, error, loading } = useAsync(period ? () => api.score({ period }) : null, [period, version]);

  const rows = useMemo(() => (data ? filterRows(data.rows, filter) : []), [data, filter]);
  const dimensions = useMemo(() => (data ? topDimensions(data.aggregates, indicators) : []), [data, indicators]);
  const townships = useMemo(() => (data ? townshipOptions(data.rows) : []), [data]);
  const categories = useMemo(() => (data ? distinct(data.rows.map((r) => r.category)) : []), [data]);
  const total = data?.rows.length ?? 0;

  if (!period) return <Empty description={t('ui.common.noPeriod')} />;
  if (error) return <ErrorAlert error={error} />;

  return (
    <Spin spinning={loading} tip={t('ui.ranking.loading')}>
      <h1 className="kp-screen-title">
        {t('ui.ranking.title')} · {period}
      </h1>
      {data && <RankingWarnings warnings={data.warnings} />}
      <div className="kp-toolbar">
        <Input.Search
          allowClear
          data-testid="ranking-search"
          style={{ width: 300 }}
          placeholder={t('ui.common.search')}
          onChange={(e) => setFilter((f) => ({ ...f, query: e.target.value }))}
        />
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          data-testid="ranking-township"
          style={{ width: 180 }}
          placeholder={t('ui.ranking.filterTownship')}
          options={townships}
          value={filter.township}
          onChange={(v?: string) => setFilter((f) => ({ ...f, township: v ?? null }))}
        />
        <Select
          allowClear
          data-testid="ranking-category"
          style={{ width: 180 }}
          placeholder={t('ui.ranking.filterCategory')}
          options={categories.map((c) => ({ value: c, label: c }))}
          value={filter.category}
          onChange={(v?: string) => setFilter((f) => ({ ...f, category: v ?? null }))}
        />
        <Typography.Text className="kp-toolbar-count" data-testid="ranking-count">
          {rows.length === total
            ? t('ui.ranking.count', { count: total })
            : t('ui.ranking.shown', { shown: rows.length, total })}
        </Typography.Text>
      </div>
      <div ref={ref}>
        <RankingTable rows={rows} dimensions={dimensions} indicators={indicators} scrollY={scrollY} />
      </div>
    </Spin>
  );
}
