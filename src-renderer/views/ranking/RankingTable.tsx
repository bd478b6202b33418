import { Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatScore } from '../../lib/format';
import { indicatorName } from '../../lib/names';
import { comparePinyin } from '../../lib/pinyin';
import type { ApiIndicator, ScoreRow } from '../../state/types';
import { compareNullable } from './rankingModel';

const num = (v: number | null) => <span className={v === null ? 'kp-muted' : undefined}>{formatScore(v)}</span>;

/** The ranking as a virtualised table (thousands of rows stay smooth). */
export function RankingTable(props: {
  rows: ScoreRow[];
  dimensions: ApiIndicator[];
  indicators: ApiIndicator[];
  scrollY: number;
}) {
  const { rows, dimensions, indicators, scrollY } = props;
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const names = useMemo(() => new Map(indicators.map((i) => [i.code, indicatorName(i, locale)])), [indicators, locale]);

  const columns: ColumnsType<ScoreRow> = [
    {
      title: t('ui.ranking.rank'),
      dataIndex: 'rank',
      key: 'rank',
      width: 80,
      fixed: 'left',
      align: 'right',
      className: 'kp-num',
      defaultSortOrder: 'ascend',
      sorter: (a, b, order) => compareNullable(a.rank, b.rank, order),
      render: (v: number | null) => <span className={v === null ? 'kp-muted' : 'kp-rank'}>{v ?? '—'}</span>,
    },
    {
      title: t('ui.ranking.unit'),
      dataIndex: 'name',
      key: 'name',
      width: 170,
      fixed: 'left',
      ellipsis: true,
      sorter: (a, b) => comparePinyin(a.name, b.name),
    },
    {
      title: t('ui.ranking.township'),
      dataIndex: 'parentName',
      key: 'township',
      width: 130,
      ellipsis: true,
      sorter: (a, b) => comparePinyin(a.parentName ?? '', b.parentName ?? ''),
    },
    {
      title: t('ui.ranking.category'),
      dataIndex: 'category',
      key: 'category',
      width: 120,
      ellipsis: true,
      sorter: (a, b) => comparePinyin(a.category ?? '', b.category ?? ''),
    },
    {
      title: t('ui.ranking.total'),
      dataIndex: 'total',
      key: 'total',
      width: 100,
      align: 'right',
      className: 'kp-num kp-total',
      sorter: (a, b, order) => compareNullable(a.total, b.total, order),
      render: num,
    },
    ...dimensions.map(
      (d): ColumnsType<ScoreRow>[number] => ({
        title: <span title={d.code}>{indicatorName(d, locale)}</span>,
        key: `node:${d.code}`,
        width: 124,
        align: 'right',
        className: 'kp-num',
        sorter: (a, b, order) => compareNullable(a.nodes[d.code] ?? null, b.nodes[d.code] ?? null, order),
        render: (_: unknown, r: ScoreRow) => num(r.nodes[d.code] ?? null),
      }),
    ),
    {
      title: t('ui.ranking.bonus'),
      dataIndex: 'bonus',
      key: 'bonus',
      width: 80,
      align: 'right',
      className: 'kp-num',
      sorter: (a, b) => a.bonus - b.bonus,
      render: (v: number) => (v === 0 ? <span className="kp-muted">{formatScore(v)}</span> : `+${formatScore(v)}`),
    },
    {
      title: t('ui.ranking.penalty'),
      dataIndex: 'penalty',
      key: 'penalty',
      width: 80,
      align: 'right',
      className: 'kp-num',
      sorter: (a, b) => a.penalty - b.penalty,
      render: (v: number) => (v === 0 ? <span className="kp-muted">{formatScore(v)}</span> : `−${formatScore(v)}`),
    },
    {
      title: t('ui.ranking.veto'),
      dataIndex: 'veto',
      key: 'veto',
      width: 170,
      sorter: (a, b) => a.veto.length - b.veto.length,
      render: (v: string[]) =>
        v.map((code) => (
          <Tag key={code} color="red" title={code}>
            {names.get(code) ?? code}
          </Tag>
        )),
    },
  ];
  const width = columns.reduce((s, c) => s + (typeof c.width === 'number' ? c.width : 100), 0);

  return (
    <div data-testid="ranking-table">
      <Table<ScoreRow>
        size="small"
        rowKey="unit"
        columns={columns}
        dataSource={rows}
        pagination={false}
        virtual
        scroll={{ x: width, y: scrollY }}
        showSorterTooltip={false}
        locale={{ emptyText: t('ui.ranking.empty') }}
      />
    </div>
  );
}
