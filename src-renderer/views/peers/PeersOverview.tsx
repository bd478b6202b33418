import { Col, Row, Segmented, Select, Space, Spin } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallResult } from '../../../src-shared/api';
import { boxplotOption } from '../../charts/boxplot';
import { Chart } from '../../charts/Chart';
import { heatmapHeight, nextSort } from '../../charts/heatmap';
import '../../charts/peersEcharts';
import { indicatorName } from '../../lib/names';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { useCatalog } from '../../state/catalog';
import type { AsyncState } from '../../state/asyncState';
import { heatmapFor, type Comparison } from './peerChartOptions';
import { usePeersChoice } from './peersState';

/** The overview: each dimension's scores by category as box plots (api.score of the period), and
 * the peer group's normalised scores as a heatmap sortable by any indicator. */
export function PeersOverview({ c, period, fontSize, scores }: { c: Comparison; period: string; fontSize: number; scores: AsyncState<CallResult<'score'>> }) {
  const { t, i18n } = useTranslation();
  const indicators = useCatalog((s) => s.indicators);
  const sort = usePeersChoice((s) => s.heatmapSort);
  const setChoice = usePeersChoice((s) => s.set);
  const dimensions = useMemo(
    () => indicators.filter((i) => i.parent === null && i.kind === 'indicator').map((i) => ({ code: i.code, name: indicatorName(i, i18n.language) })),
    [indicators, i18n.language],
  );
  const box = useMemo(
    () =>
      scores.data
        ? boxplotOption(
            { dimensions, rows: scores.data.rows.map((r) => ({ category: r.category, nodes: r.nodes })) },
            { score: t('ui.peers.chart.score'), none: t('ui.peers.chart.noCategory') },
            { fontSize },
          )
        : null,
    [scores.data, dimensions, t, fontSize],
  );
  const ctx = useMemo(() => ({ t, locale: i18n.language, indicators, fontSize }), [t, i18n.language, indicators, fontSize]);
  const heat = useMemo(() => heatmapFor(c, ctx, sort), [c, ctx, sort]);
  // a click on a column's name sorts by it; again, the other way
  const onHeatmapEvents = useMemo(
    () => ({
      click: (params: unknown) => {
        const p = params as { componentType?: string; value?: string };
        const column = p.componentType === 'xAxis' ? heat.columns.indexOf(p.value ?? '') : -1;
        if (column >= 0) setChoice({ heatmapSort: nextSort(usePeersChoice.getState().heatmapSort, column) });
      },
    }),
    [heat.columns, setChoice],
  );
  const leafName = (code: string) => {
    const i = indicators.find((x) => x.code === code);
    return i ? indicatorName(i, i18n.language) : code;
  };
  const exportName = (chart: string) => t('ui.peers.chart.exportName', { chart: t(`ui.peers.chart.${chart}`), unit: c.unit.name, period });

  return (
    <Row gutter={[16, 16]}>
      <Col span={24}>
        {scores.error && <ErrorAlert error={scores.error} />}
        {box ? (
          <Chart option={box} height={Math.round(fontSize * 32)} exportName={exportName('boxplot')} title={<strong>{t('ui.peers.chart.boxplot')}</strong>} testId="chart-boxplot" />
        ) : (
          <Spin />
        )}
      </Col>
      <Col span={24}>
        <Chart
          option={heat.option}
          height={heatmapHeight(heat.rows, fontSize)}
          exportName={exportName('heatmap')}
          testId="chart-heatmap"
          onEvents={onHeatmapEvents}
          title={
            <Space wrap>
              <strong>{t('ui.peers.chart.heatmap')}</strong>
              <span>{t('ui.peers.chart.heatmapSort')}</span>
              <Select
                size="small"
                style={{ width: 200 }}
                data-testid="heatmap-sort"
                value={sort ? sort.column : -1}
                options={[{ value: -1, label: t('ui.peers.chart.heatmapSortNone') }, ...c.heatmap.leaves.map((code, k) => ({ value: k, label: leafName(code) }))]}
                onChange={(column: number) => setChoice({ heatmapSort: column < 0 ? null : { column, order: sort?.order ?? 'desc' } })}
              />
              {sort && (
                <Segmented
                  size="small"
                  value={sort.order}
                  options={[{ value: 'desc', label: t('ui.peers.chart.sortDesc') }, { value: 'asc', label: t('ui.peers.chart.sortAsc') }]}
                  onChange={(order) => setChoice({ heatmapSort: { column: sort.column, order: order as 'asc' | 'desc' } })}
                />
              )}
            </Space>
          }
        />
      </Col>
    </Row>
  );
}
