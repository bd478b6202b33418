import { Switch, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScoringScheme } from '../../../../src-shared/engine/scheme';
import { formatShare, formatValue } from '../../../lib/format';
import { indicatorName } from '../../../lib/names';
import type { ApiIndicator } from '../../../state/types';
import { DiffCell } from './DiffCell';
import { signed, weightDiffRows, WEIGHT_EPS as EPS, type WeightDiffRow } from './schemeCompare';

/** A light tint behind the nodes whose weight differs, so they stand out in a long tree. */
const CHANGED_ROW = '#fff8e6';

/** The weights of every node under A and under B, in tree order, with the difference. */
export function CompareWeights(props: { indicators: readonly ApiIndicator[]; a: ScoringScheme; b: ScoringScheme; nameA: string; nameB: string }) {
  const { indicators, a, b, nameA, nameB } = props;
  const { t, i18n } = useTranslation();
  const [onlyDifferent, setOnlyDifferent] = useState(false);
  const rows = useMemo(() => weightDiffRows(indicators, a, b), [indicators, a, b]);
  const byCode = useMemo(() => new Map(indicators.map((i) => [i.code, i])), [indicators]);
  const changed = rows.filter((r) => Math.abs(r.diff) > EPS).length;
  const shown = onlyDifferent ? rows.filter((r) => Math.abs(r.diff) > EPS) : rows;

  const columns: TableColumnsType<WeightDiffRow> = [
    {
      title: t('ui.schemes.compare.indicator'),
      key: 'indicator',
      render: (_, r) => {
        const ind = byCode.get(r.code);
        return (
          <span style={{ paddingLeft: r.depth * 16, fontWeight: r.depth === 0 ? 600 : undefined }}>
            {ind ? indicatorName(ind, i18n.language) : r.code}
            <Typography.Text type="secondary" style={{ marginLeft: 6, fontSize: 12 }}>
              {r.code}
            </Typography.Text>
            {r.kind === 'bonus' && <Tag style={{ marginLeft: 6 }}>{t('ui.schemes.compare.kindBonus')}</Tag>}
            {r.kind === 'penalty' && <Tag style={{ marginLeft: 6 }}>{t('ui.schemes.compare.kindPenalty')}</Tag>}
          </span>
        );
      },
    },
    {
      title: t('ui.schemes.compare.category'),
      key: 'category',
      width: 130,
      render: (_, r) => (r.category === null ? t('ui.schemes.compare.allUnits') : t('ui.schemes.compare.categoryOwn', { category: r.category })),
    },
    {
      title: `A · ${nameA}`,
      children: [
        { title: t('ui.schemes.compare.points'), key: 'a', className: 'kp-num', width: 80, render: (_, r) => formatValue(r.a) },
        { title: t('ui.schemes.compare.share'), key: 'shareA', className: 'kp-num', width: 80, render: (_, r) => formatShare(r.shareA) },
      ],
    },
    {
      title: `B · ${nameB}`,
      children: [
        { title: t('ui.schemes.compare.points'), key: 'b', className: 'kp-num', width: 80, render: (_, r) => formatValue(r.b) },
        { title: t('ui.schemes.compare.share'), key: 'shareB', className: 'kp-num', width: 80, render: (_, r) => formatShare(r.shareB) },
      ],
    },
    {
      title: t('ui.schemes.compare.diff'),
      key: 'diff',
      className: 'kp-num',
      width: 150,
      render: (_, r) => <DiffCell value={Math.abs(r.diff) > EPS ? r.diff : 0} text={signed(r.diff)} />,
    },
  ];

  return (
    <>
      <div className="kp-toolbar">
        <Typography.Text data-testid="compare-weights-summary">{t('ui.schemes.compare.weightSummary', { changed })}</Typography.Text>
        <span style={{ marginLeft: 'auto' }}>
          <Switch size="small" checked={onlyDifferent} onChange={setOnlyDifferent} data-testid="compare-only-different" />{' '}
          {t('ui.schemes.compare.onlyDifferent')}
        </span>
      </div>
      <Table<WeightDiffRow>
        data-testid="compare-weights-table"
        size="small"
        bordered
        rowKey="key"
        columns={columns}
        dataSource={shown}
        pagination={false}
        onRow={(r) => (Math.abs(r.diff) > EPS ? { style: { background: CHANGED_ROW } } : {})}
        scroll={{ y: 'calc(100vh - 330px)' }}
      />
    </>
  );
}
