import { Alert, Empty, Input, Select, Spin, Typography } from 'antd';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { distinct } from '../../lib/distinct';
import { useTableScrollY } from '../../lib/useAvailableHeight';
import { useMessage } from '../../i18n/useMessage';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { PRESENTING_SCALE, useRoom } from '../../shell/room';
import { useCatalog } from '../../state/catalog';
import type { ScoreRow } from '../../state/types';
import { ExplainDrawer } from './ExplainDrawer';
import { filterRows, topDimensions, townshipOptions, type RankingFilter } from './rankingModel';
import { RankingStatus } from './RankingStatus';
import { RankingTable } from './RankingTable';
import { RankingWarnings } from './RankingWarnings';
import { useRankingData } from './useRankingData';
import './ranking.css';

/** The ranking of the chosen period under the working scheme: rank, change against the
 * baseline, unit, township, category, total, grade and the top-level dimension scores; live
 * while weights are edited; a click on a unit opens its explanation. */
export function RankingView() {
  const { t } = useTranslation();
  const say = useMessage();
  const period = useCatalog((s) => s.period);
  const indicators = useCatalog((s) => s.indicators);
  const [filter, setFilter] = useState<RankingFilter>({ township: null, category: null, query: '' });
  const [open, setOpen] = useState<string | null>(null);
  const ref = useRef<HTMLDivElement>(null);
  const scrollY = useTableScrollY(ref);
  const k = useRoom((s) => s.presenting) ? PRESENTING_SCALE : 1;

  const data = useRankingData(period);
  const result = data.result;
  const rows = useMemo(() => filterRows(data.rows, filter), [data.rows, filter]);
  const dimensions = useMemo(() => (result ? topDimensions(result.aggregates, indicators) : []), [result, indicators]);
  const townships = useMemo(() => (result ? townshipOptions(result.rows) : []), [result]);
  const categories = useMemo(() => (result ? distinct(result.rows.map((r) => r.category)) : []), [result]);
  const openRow: ScoreRow | null = useMemo(() => (open ? (data.rows.find((r) => r.unit === open) ?? null) : null), [open, data.rows]);
  const total = data.rows.length;

  if (!period) return <Empty description={t('ui.common.noPeriod')} />;
  if (data.error && !result) return <ErrorAlert error={data.error} />;

  return (
    // While editing the table stays as it is and a tag says what is updating; no overlay.
    <Spin spinning={data.loading && !data.editing} tip={t('ui.ranking.loading')}>
      <h1 className="kp-screen-title">
        {t('ui.ranking.title')} · {period}
      </h1>
      <RankingStatus data={data} />
      {data.error && result && (
        <Alert
          type="warning"
          showIcon
          data-testid="ranking-stale"
          style={{ marginBottom: 8 }}
          message={t('ui.ranking.staleAfterError')}
          description={say(data.error.error.key, data.error.error.params)}
        />
      )}
      {result && <RankingWarnings warnings={result.warnings} />}
      <div className="kp-toolbar">
        <Input.Search
          allowClear
          data-testid="ranking-search"
          style={{ width: 300 * k }}
          placeholder={t('ui.common.search')}
          onChange={(e) => setFilter((f) => ({ ...f, query: e.target.value }))}
        />
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          data-testid="ranking-township"
          style={{ width: 180 * k }}
          placeholder={t('ui.ranking.filterTownship')}
          options={townships}
          value={filter.township}
          onChange={(v?: string) => setFilter((f) => ({ ...f, township: v ?? null }))}
        />
        <Select
          allowClear
          data-testid="ranking-category"
          style={{ width: 180 * k }}
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
        <RankingTable
          rows={rows}
          dimensions={dimensions}
          indicators={indicators}
          scrollY={scrollY}
          baseline={data.baseline}
          grades={(result?.grades.length ?? 0) > 0}
          selected={open}
          onOpen={(r) => setOpen(r.unit)}
          drawnKey={data.drawnKey}
        />
      </div>
      <ExplainDrawer row={openRow} period={period} scheme={data.settledScheme} editing={data.editing} onClose={() => setOpen(null)} />
    </Spin>
  );
}
