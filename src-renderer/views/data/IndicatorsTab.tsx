import { Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useRef, useState, type Key } from 'react';
import { useTranslation } from 'react-i18next';
import { formatShare, formatValue } from '../../lib/format';
import { indicatorName } from '../../lib/names';
import { useTableScrollY } from '../../lib/useAvailableHeight';
import { useCatalog } from '../../state/catalog';
import { aggregateKeys, buildIndicatorTree, leafCodes, type IndicatorNode } from './indicatorTree';
import { vocab } from './labels';

const KIND_COLORS: Record<string, string> = { bonus: 'green', penalty: 'orange', veto: 'red' };

/** The indicator tree with its weights: as given, as share of the parent, and effective. */
export function IndicatorsTab() {
  const { t, i18n } = useTranslation();
  const indicators = useCatalog((s) => s.indicators);
  const tree = useMemo(() => buildIndicatorTree(indicators), [indicators]);
  const allAggregates = useMemo(() => aggregateKeys(tree), [tree]);
  const [expanded, setExpanded] = useState<readonly Key[] | null>(null);
  const ref = useRef<HTMLDivElement>(null);
  const scrollY = useTableScrollY(ref);
  const exists = (k: string) => i18n.exists(k);
  const locale = i18n.language;

  const leaves = leafCodes(tree);
  const adjustments = indicators.filter((i) => i.kind !== 'indicator').length;

  const hint = (title: string, tip: string) => (
    <Tooltip title={tip}>
      <span style={{ borderBottom: '1px dotted #8c8c8c' }}>{title}</span>
    </Tooltip>
  );

  const columns: ColumnsType<IndicatorNode> = [
    { title: t('ui.indicators.code'), key: 'code', width: 120, render: (_, n) => n.indicator.code },
    { title: t('ui.indicators.name'), key: 'name', width: 270, render: (_, n) => indicatorName(n.indicator, locale) },
    {
      title: hint(t('ui.indicators.weight'), t('ui.indicators.weightHint')),
      key: 'weight',
      width: 110,
      align: 'right',
      className: 'kp-num',
      render: (_, n) => formatValue(n.indicator.weight),
    },
    {
      title: hint(t('ui.indicators.share'), t('ui.indicators.shareHint')),
      key: 'share',
      width: 90,
      align: 'right',
      className: 'kp-num',
      render: (_, n) => <Muted text={formatShare(n.shareOfParent)} />,
    },
    {
      title: hint(t('ui.indicators.effective'), t('ui.indicators.effectiveHint')),
      key: 'effective',
      width: 100,
      align: 'right',
      className: 'kp-num',
      render: (_, n) => <Muted text={formatShare(n.effectiveWeight)} />,
    },
    {
      title: t('ui.indicators.direction'),
      key: 'direction',
      width: 90,
      render: (_, n) =>
        n.children ? '' : t(n.indicator.direction === 1 ? 'ui.direction.positive' : 'ui.direction.negative'),
    },
    { title: t('ui.indicators.unit'), key: 'unit', width: 70, render: (_, n) => n.indicator.unit ?? '' },
    {
      title: t('ui.indicators.kind'),
      key: 'kind',
      width: 120,
      render: (_, n) => {
        const i = n.indicator;
        // adjustments stand out as tags; an ordinary indicator shows its finer kind, if any
        if (i.kind !== 'indicator') return <Tag color={KIND_COLORS[i.kind]}>{vocab(t, exists, 'kind', i.kind)}</Tag>;
        if (n.children) return '';
        return i.fineKind ? vocab(t, exists, 'fineKind', i.fineKind) : vocab(t, exists, 'kind', i.kind);
      },
    },
    {
      title: t('ui.indicators.scoring'),
      key: 'scoring',
      width: 110,
      render: (_, n) => (n.children || n.indicator.kind !== 'indicator' ? '' : vocab(t, exists, 'scoring', n.indicator.scoring)),
    },
    {
      title: t('ui.indicators.department'),
      key: 'department',
      width: 200,
      ellipsis: true,
      render: (_, n) => n.indicator.department ?? '',
    },
  ];
  const width = columns.reduce((s, c) => s + (typeof c.width === 'number' ? c.width : 120), 0);

  return (
    <div>
      <div className="kp-toolbar">
        <Typography.Text type="secondary">
          {t('ui.indicators.summary', {
            aggregates: allAggregates.length,
            leaves: leaves.length - adjustments,
            adjustments,
          })}
        </Typography.Text>
      </div>
      <div ref={ref}>
        <Table<IndicatorNode>
          data-testid="indicators-table"
          size="small"
          rowKey="key"
          columns={columns}
          dataSource={tree}
          pagination={false}
          scroll={{ x: width, y: scrollY }}
          expandable={{
            expandedRowKeys: expanded ?? allAggregates,
            onExpandedRowsChange: (keys) => setExpanded(keys),
          }}
          rowClassName={(n) => (n.children ? 'kp-aggregate-row' : '')}
          locale={{ emptyText: t('ui.indicators.empty') }}
        />
      </div>
    </div>
  );
}

function Muted({ text }: { text: string }) {
  return text === '—' ? <span className="kp-muted">{text}</span> : <>{text}</>;
}
