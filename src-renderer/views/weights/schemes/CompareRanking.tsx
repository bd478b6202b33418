import { Spin, Table, Typography, type TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api';
import { formatScore, MISSING } from '../../../lib/format';
import { ErrorAlert } from '../../../shell/ErrorAlert';
import { useAsync } from '../../../state/useAsync';
import { DiffCell } from './DiffCell';
import { movement, rankDiffRows, type RankDiffRow } from './schemeCompare';

/** The ranking of the period under A beside the ranking under B (each scored by the service with
 * the stored scheme), the biggest movers first. */
export function CompareRanking(props: { period: string; nameA: string; nameB: string; version: number }) {
  const { period, nameA, nameB, version } = props;
  const { t } = useTranslation();
  const { data, error, loading } = useAsync(
    () => Promise.all([api.score({ period, scheme: nameA }), api.score({ period, scheme: nameB })]),
    [period, nameA, nameB, version],
  );
  const rows = useMemo(() => (data ? rankDiffRows(data[0].rows, data[1].rows) : []), [data]);
  const moved = useMemo(() => movement(rows), [rows]);

  if (error) return <ErrorAlert error={error} />;

  const rank = (v: number | null) => (v === null ? MISSING : String(v));
  const columns: TableColumnsType<RankDiffRow> = [
    {
      title: t('ui.schemes.compare.unit'),
      key: 'unit',
      render: (_, r) => (
        <>
          {r.name}
          <Typography.Text type="secondary" style={{ marginLeft: 6, fontSize: 12 }}>
            {r.unit}
          </Typography.Text>
        </>
      ),
    },
    { title: t('ui.schemes.compare.township'), key: 'township', width: 140, render: (_, r) => r.parentName ?? MISSING },
    {
      title: `A · ${nameA}`,
      children: [
        { title: t('ui.schemes.compare.rank'), key: 'rankA', className: 'kp-num', width: 70, render: (_, r) => rank(r.rankA) },
        { title: t('ui.schemes.compare.total'), key: 'totalA', className: 'kp-num', width: 80, render: (_, r) => formatScore(r.totalA) },
      ],
    },
    {
      title: `B · ${nameB}`,
      children: [
        { title: t('ui.schemes.compare.rank'), key: 'rankB', className: 'kp-num', width: 70, render: (_, r) => rank(r.rankB) },
        { title: t('ui.schemes.compare.total'), key: 'totalB', className: 'kp-num', width: 80, render: (_, r) => formatScore(r.totalB) },
      ],
    },
    {
      title: t('ui.schemes.compare.change'),
      key: 'change',
      className: 'kp-num',
      width: 120,
      render: (_, r) =>
        r.change === null ? (
          <span className="kp-muted">{MISSING}</span>
        ) : (
          <DiffCell
            value={r.change}
            text={
              r.change > 0
                ? t('ui.schemes.compare.up', { n: r.change })
                : r.change < 0
                  ? t('ui.schemes.compare.down', { n: -r.change })
                  : t('ui.schemes.compare.unchanged')
            }
          />
        ),
    },
  ];

  return (
    <Spin spinning={loading} tip={t('ui.schemes.compare.loading')}>
      <div className="kp-toolbar">
        <Typography.Text data-testid="compare-ranking-summary">
          {data ? t('ui.schemes.compare.summary', { period, ...moved }) : t('ui.schemes.compare.loading')}
        </Typography.Text>
      </div>
      <Table<RankDiffRow>
        data-testid="compare-ranking-table"
        size="small"
        bordered
        rowKey="unit"
        columns={columns}
        dataSource={rows}
        pagination={false}
        virtual
        scroll={{ y: 560, x: 700 }}
      />
    </Spin>
  );
}
