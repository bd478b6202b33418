import { Table, Tag, Tooltip } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useRef, useState, type CSSProperties, type HTMLAttributes, type Key, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatShare } from '../../lib/format';
import { indicatorName } from '../../lib/names';
import { PRESENTING_SCALE, useRoom } from '../../shell/room';
import { useWeights, type GroupMethod } from '../../state/weights';
import { objectiveWithinGroup, type LeafWeight } from './groupWeights';
import { MethodSelect, MethodTag } from './MethodSelect';
import { RowActions } from './RowActions';
import { useOwnCodes } from './useWeightRows';
import { WeightInput } from './WeightInput';
import { WeightSlider } from './WeightSlider';
import { CELL_FIELDS, cellChanged, displayRows, type DisplayRow } from './displayRows';
import { flattenRows, groupKeys, groupMembers, type WeightRow } from './weightTree';

export interface ObjectiveColumn {
  /** The column's title (the method's name). */
  title: string;
  /** Its explanation (tooltip on the title). */
  hint: string;
  /** Leaf weights over all leaves, or null while loading or when they cannot be had. */
  weights: readonly LeafWeight[] | null;
}

const INDENT = 18;

/** antd puts the indent and the expand button before a cell's content: the name takes the
 * rest of the cell (all of it on group rows, whose method select sits at the right edge). */
function nameBox(r: DisplayRow): CSSProperties {
  const room = `calc(100% - ${r.depth * INDENT + 26}px)`;
  return r.children ? { width: room, maxWidth: room } : { maxWidth: room };
}

const hint = (title: ReactNode, tip: string) => (
  <Tooltip title={tip}>
    <span className="kp-hint">{title}</span>
  </Tooltip>
);

/** The indicator tree with every node's weight: a slider for its share of the parent, its
 * points, its share of the whole, the objective weight beside it, lock and reset. Aggregate
 * rows carry their group's weighting method. */
export function WeightTreeTable(props: {
  rows: WeightRow[];
  objective: ObjectiveColumn;
  scrollY: number;
  onOpenMethod: (group: string, method: GroupMethod) => void;
}) {
  const { rows, objective, scrollY, onOpenMethod } = props;
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const locks = useWeights((s) => s.locks);
  const own = useOwnCodes();
  // presentation mode enlarges the type: the number columns grow with it, by less than the
  // type (their figures are short), and group rows show their method as a label instead of a
  // select (choosing methods is preparation, not the meeting), so the names keep room
  const presenting = useRoom((s) => s.presenting);
  const px = (w: number) => Math.round(presenting ? w * (1 + (PRESENTING_SCALE - 1) * 0.6) : w);
  const [expanded, setExpanded] = useState<readonly Key[] | null>(null);
  // The same keys after an edit must be the same array, or the table redraws every row.
  const groupList = groupKeys(rows).join('\u0000');
  const allGroups = useMemo(() => (groupList ? groupList.split('\u0000') : []), [groupList]);

  // Objective weights of each leaf as a share of its own group (null for aggregates).
  const objectiveShare = useMemo(() => {
    const out = new Map<string, number>();
    if (!objective.weights) return out;
    const groups = new Map<string, string[]>();
    for (const r of flattenRows(rows)) if (!r.children) groups.set(r.group, [...(groups.get(r.group) ?? []), r.key]);
    for (const [group, leaves] of groups) {
      // only groups made of leaves: objective methods weigh indicators, not groups
      if (groupMembers(rows, group).some((m) => m.children)) continue;
      const shares = objectiveWithinGroup(objective.weights, leaves);
      if (shares) for (const [c, s] of Object.entries(shares)) out.set(c, s);
    }
    return out;
  }, [objective.weights, rows]);

  const shown = useMemo(() => displayRows(rows, { locks, own, objective: objectiveShare }), [rows, locks, own, objectiveShare]);

  // The opener may be a new function on every render of the screen; the columns must not be.
  const openRef = useRef(onOpenMethod);
  openRef.current = onOpenMethod;

  // Stable columns whose cells redraw only when the fields they draw changed (CELL_FIELDS):
  // an edit moves a few rows, and the sliders, selects and tooltips of the others stay as they
  // are. A change of language or of presentation mode remounts the table (its `key`).
  const columns: ColumnsType<DisplayRow> = useMemo(() => {
    const open = (group: string, m: GroupMethod) => openRef.current(group, m);
    return [
      {
        title: t('ui.weights.column.name'),
        key: 'name',
        shouldCellUpdate: cellChanged(CELL_FIELDS.name),
        render: (_, r) => (
          <span className="kp-weight-name" style={nameBox(r)}>
            <span className="kp-weight-label" title={`${indicatorName(r.indicator, locale)} (${r.key})`}>
              {indicatorName(r.indicator, locale)}
            </span>
            <span className="kp-weight-code">{r.key}</span>
            {r.own && (
              <Tooltip title={t('ui.weights.ownHint')}>
                <Tag color="gold" className="kp-own-tag">
                  {t('ui.weights.own')}
                </Tag>
              </Tooltip>
            )}
            {r.children && (presenting ? <MethodTag group={r.key} /> : <MethodSelect group={r.key} onOpen={open} />)}
          </span>
        ),
      },
      {
        title: hint(t('ui.weights.column.slider'), t('ui.weights.column.sliderHint')),
        key: 'share',
        width: presenting ? 190 : 176,
        shouldCellUpdate: cellChanged(CELL_FIELDS.share),
        render: (_, r) => (
          <span className="kp-share-cell">
            <WeightSlider code={r.key} disabled={!r.movable} />
            <span className="kp-num kp-share-text">{formatShare(r.share)}</span>
          </span>
        ),
      },
      {
        title: hint(t('ui.weights.column.points'), t('ui.weights.column.pointsHint')),
        key: 'points',
        width: px(100),
        shouldCellUpdate: cellChanged(CELL_FIELDS.points),
        render: (_, r) => <WeightInput code={r.key} disabled={r.locked} />,
      },
      {
        title: hint(t('ui.weights.column.effective'), t('ui.weights.column.effectiveHint')),
        key: 'effective',
        width: px(82),
        align: 'right',
        className: 'kp-num',
        shouldCellUpdate: cellChanged(CELL_FIELDS.effective),
        render: (_, r) => <span data-testid={`weight-effective-${r.key}`}>{formatShare(r.effective)}</span>,
      },
      {
        title: hint(objective.title, objective.hint),
        key: 'objective',
        width: px(86),
        align: 'right',
        className: 'kp-num kp-objective-cell',
        shouldCellUpdate: cellChanged(CELL_FIELDS.objective),
        render: (_, r) =>
          r.objective === undefined ? <span className="kp-muted">{r.children ? '' : '—'}</span> : formatShare(r.objective),
      },
      {
        title: '',
        key: 'actions',
        width: 72,
        shouldCellUpdate: cellChanged(CELL_FIELDS.actions),
        render: (_, r) => <RowActions code={r.key} points={r.points} base={r.base} locked={r.locked} />,
      },
    ];
    // px follows `presenting`
  }, [t, locale, presenting, objective.title, objective.hint]);

  return (
    <div data-testid="weights-tree" className="kp-weights-tree">
      <Table<DisplayRow>
        key={`${locale}:${presenting ? 'room' : 'desk'}`}
        size="small"
        rowKey="key"
        columns={columns}
        dataSource={shown}
        pagination={false}
        tableLayout="fixed"
        scroll={{ y: scrollY }}
        expandable={{
          expandedRowKeys: expanded ?? allGroups,
          onExpandedRowsChange: (keys) => setExpanded(keys),
          indentSize: INDENT,
        }}
        rowClassName={rowClass}
        onRow={rowAttributes}
      />
    </div>
  );
}

const rowClass = (r: DisplayRow) => (r.children ? 'kp-aggregate-row' : '');
const rowAttributes = (r: DisplayRow) => ({ 'data-weight': String(r.points), 'data-code': r.key }) as HTMLAttributes<HTMLElement>;
