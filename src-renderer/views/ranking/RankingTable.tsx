import { Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatScore } from '../../lib/format';
import { indicatorName } from '../../lib/names';
import { comparePinyin } from '../../lib/pinyin';
import { PRESENTING_SCALE, useRoom } from '../../shell/room';
import type { ApiIndicator, ScoreRow } from '../../state/types';
import { useLiveDrawnMark } from '../../workers/useLiveScores';
import { changeSortKey, rankChange } from './rankChange';
import { RankChangeCell } from './RankChangeCell';
import { compareNullable } from './rankingModel';

const num = (v: number | null) => <span className={v === null ? 'kp-muted' : undefined}>{formatScore(v)}</span>;

export interface RankingTableProps {
  rows: ScoreRow[];
  dimensions: ApiIndicator[];
  indicators: ApiIndicator[];
  scrollY: number;
  /** Baseline rank per unit (null = not ranked there); null while there is no baseline. */
  baseline: ReadonlyMap<string, number | null> | null;
  /** Show the grade column (the scheme has grades). */
  grades: boolean;
  /** The unit whose explanation is open (highlighted). */
  selected: string | null;
  onOpen: (row: ScoreRow) => void;
  /** The live result's `drawnAt` (useLiveScores); each new value marks the redraw once the
   * table has painted it. Null when not live. */
  drawnKey: number | null;
}

/** The ranking as a virtualised table (thousands of rows stay smooth). */
export function RankingTable(props: RankingTableProps) {
  const { rows, dimensions, indicators, scrollY, baseline, grades, selected, onOpen, drawnKey } = props;
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const presenting = useRoom((s) => s.presenting);
  const names = useMemo(() => new Map(indicators.map((i) => [i.code, indicatorName(i, locale)])), [indicators, locale]);
  const change = (r: ScoreRow) => rankChange(r.rank, baseline ? baseline.get(r.unit) : undefined);

  // `kaoping:ranking-drawn` in the frame after a live result was committed: the end of the
  // bench's input-to-redraw measure (bench/ui.ts)
  useLiveDrawnMark(drawnKey ?? 0);

  const w = (px: number) => Math.round(px * (presenting ? PRESENTING_SCALE : 1));
  const columns: ColumnsType<ScoreRow> = [
    {
      title: t('ui.ranking.rank'),
      dataIndex: 'rank',
      key: 'rank',
      width: w(76),
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
      width: w(150),
      fixed: 'left',
      ellipsis: true,
      sorter: (a, b) => comparePinyin(a.name, b.name),
      render: (v: string, r: ScoreRow) => (
        <a
          className="kp-unit-link"
          role="button"
          tabIndex={0}
          title={t('ui.ranking.openHint')}
          data-testid={`ranking-open-${r.unit}`}
          onKeyDown={(e) => {
            // the keyboard way to the explanation (the row's click is the mouse way)
            if (e.key === 'Enter' || e.key === ' ') {
              e.preventDefault();
              onOpen(r);
            }
          }}
        >
          {v}
        </a>
      ),
    },
    {
      title: t('ui.ranking.township'),
      dataIndex: 'parentName',
      key: 'township',
      width: w(110),
      ellipsis: true,
      sorter: (a, b) => comparePinyin(a.parentName ?? '', b.parentName ?? ''),
    },
    {
      title: t('ui.ranking.category'),
      dataIndex: 'category',
      key: 'category',
      width: w(110),
      ellipsis: true,
      sorter: (a, b) => comparePinyin(a.category ?? '', b.category ?? ''),
    },
    {
      title: t('ui.ranking.total'),
      dataIndex: 'total',
      key: 'total',
      width: w(92),
      align: 'right',
      className: 'kp-num kp-total',
      sorter: (a, b, order) => compareNullable(a.total, b.total, order),
      render: num,
    },
    {
      title: <span title={t('ui.ranking.changeHint')}>{t('ui.ranking.change')}</span>,
      key: 'change',
      width: w(100),
      align: 'right',
      sorter: (a, b) => changeSortKey(change(a)) - changeSortKey(change(b)),
      render: (_: unknown, r: ScoreRow) => <RankChangeCell unit={r.unit} change={change(r)} />,
    },
    ...(grades
      ? [
          {
            title: t('ui.ranking.grade'),
            dataIndex: 'grade',
            key: 'grade',
            width: w(80),
            align: 'center' as const,
            render: (v: string | null) => (v === null ? <span className="kp-muted">—</span> : v),
          },
        ]
      : []),
    ...dimensions.map(
      (d): ColumnsType<ScoreRow>[number] => ({
        title: <span title={d.code}>{indicatorName(d, locale)}</span>,
        key: `node:${d.code}`,
        width: w(124),
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
      width: w(76),
      align: 'right',
      className: 'kp-num',
      sorter: (a, b) => a.bonus - b.bonus,
      render: (v: number) => (v === 0 ? <span className="kp-muted">{formatScore(v)}</span> : `+${formatScore(v)}`),
    },
    {
      title: t('ui.ranking.penalty'),
      dataIndex: 'penalty',
      key: 'penalty',
      width: w(76),
      align: 'right',
      className: 'kp-num',
      sorter: (a, b) => a.penalty - b.penalty,
      render: (v: number) => (v === 0 ? <span className="kp-muted">{formatScore(v)}</span> : `−${formatScore(v)}`),
    },
    {
      title: t('ui.ranking.veto'),
      dataIndex: 'veto',
      key: 'veto',
      width: w(170),
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
        rowClassName={(r) => (r.unit === selected ? 'kp-row-selected kp-row-open' : 'kp-row-open')}
        onRow={(r) => ({ onClick: () => onOpen(r) })}
      />
    </div>
  );
}
