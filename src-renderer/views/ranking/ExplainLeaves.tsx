import { Table, Tooltip } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { formatScore, formatShare, formatValue } from '../../lib/format';
import { comparePinyin } from '../../lib/pinyin';
import { useRoom } from '../../shell/room';
import type { LeafRow } from './explainRows';
import { compareNullable } from './rankingModel';

/** Every indicator of the unit: raw value with its unit of measure and source department,
 * normalised score, rank among peers, effective weight and contribution; in tree order,
 * sortable. */
export function ExplainLeaves({ rows }: { rows: LeafRow[] }) {
  const { t } = useTranslation();
  const presenting = useRoom((s) => s.presenting);
  const s = presenting ? 1.3 : 1;
  const hint = (title: string, tip: string) => (
    <Tooltip title={tip}>
      <span style={{ borderBottom: '1px dotted #8c8c8c' }}>{title}</span>
    </Tooltip>
  );
  const missing = <span className="kp-muted">{t('ui.ranking.explain.missing')}</span>;

  const columns: ColumnsType<LeafRow> = [
    {
      title: t('ui.ranking.explain.indicator'),
      key: 'name',
      width: 250 * s,
      sorter: (a, b) => comparePinyin(a.name, b.name),
      render: (_, r) => (
        <div className="kp-explain-leaf">
          <div>{r.name}</div>
          <div className="kp-muted-code">
            {r.code}
            {r.dimension && ` · ${r.dimension}`}
          </div>
        </div>
      ),
    },
    {
      title: t('ui.ranking.explain.raw'),
      key: 'raw',
      width: 120 * s,
      align: 'right',
      className: 'kp-num',
      render: (_, r) =>
        r.raw === null ? (
          missing
        ) : (
          <>
            {formatValue(r.raw)}
            {r.measure && <span className="kp-muted-code"> {r.measure}</span>}
          </>
        ),
    },
    {
      title: t('ui.ranking.explain.department'),
      dataIndex: 'department',
      key: 'department',
      width: 170 * s,
      ellipsis: { showTitle: true },
      render: (v: string | null) => v ?? <span className="kp-muted">—</span>,
    },
    {
      title: hint(t('ui.ranking.explain.score'), t('ui.ranking.explain.scoreHint')),
      key: 'score',
      width: 116 * s,
      align: 'right',
      className: 'kp-num',
      sorter: (a, b, order) => compareNullable(a.score, b.score, order),
      render: (_, r) => (r.score === null ? missing : formatScore(r.score)),
    },
    {
      title: hint(t('ui.ranking.explain.peerRank'), t('ui.ranking.explain.peerRankHint')),
      key: 'rank',
      width: 70 * s,
      align: 'right',
      className: 'kp-num',
      sorter: (a, b, order) => compareNullable(a.rank, b.rank, order),
      render: (_, r) => r.rank ?? <span className="kp-muted">—</span>,
    },
    {
      title: hint(t('ui.ranking.explain.weight'), t('ui.ranking.explain.weightHint')),
      key: 'weight',
      width: 96 * s,
      align: 'right',
      className: 'kp-num',
      sorter: (a, b) => a.weight - b.weight,
      render: (_, r) => formatShare(r.weight),
    },
    {
      title: t('ui.ranking.explain.contribution'),
      key: 'contribution',
      width: 96 * s,
      align: 'right',
      className: 'kp-num kp-total',
      sorter: (a, b) => a.contribution - b.contribution,
      render: (_, r) => (r.score === null ? <span className="kp-muted">—</span> : formatScore(r.contribution)),
    },
  ];

  return (
    <div data-testid="explain-leaves">
      <Table<LeafRow>
        size="small"
        rowKey="code"
        columns={columns}
        dataSource={rows}
        pagination={false}
        showSorterTooltip={false}
        scroll={{ x: columns.reduce((sum, c) => sum + (typeof c.width === 'number' ? c.width : 100), 0) }}
        onRow={(r) => ({ 'data-testid': `explain-leaf-${r.code}` }) as HTMLAttributes<HTMLElement>}
      />
    </div>
  );
}
