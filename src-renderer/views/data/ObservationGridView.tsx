import { useVirtualizer, type VirtualItem } from '@tanstack/react-virtual';
import { memo, useRef } from 'react';
import { formatValue, MISSING } from '../../lib/format';

export interface GridColumn {
  code: string;
  title: string;
  unit: string | null;
  /** One value per row; NaN = missing. */
  values: Float64Array;
}

const ROW_HEIGHT = 34;
const HEAD_HEIGHT = 56;
const FIRST_WIDTH = 220;
const COL_WIDTH = 128;

/** A read-only grid virtualised in both directions: only the cells in view (plus a small
 * overscan) exist in the DOM, so 20,000 rows × 60 columns scroll like 20. The header row and
 * the unit column stay in place (CSS sticky). */
export function ObservationGridView(props: {
  height: number;
  unitCodes: readonly string[];
  unitNames: ReadonlyMap<string, string>;
  columns: readonly GridColumn[];
  cornerTitle: string;
}) {
  const { height, unitCodes, unitNames, columns, cornerTitle } = props;
  const scrollRef = useRef<HTMLDivElement>(null);

  const rows = useVirtualizer({
    count: unitCodes.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    paddingStart: HEAD_HEIGHT,
    overscan: 6,
  });
  const cols = useVirtualizer({
    horizontal: true,
    count: columns.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => COL_WIDTH,
    paddingStart: FIRST_WIDTH,
    overscan: 3,
  });

  const totalWidth = cols.getTotalSize();
  const totalHeight = rows.getTotalSize();
  const visibleCols = cols.getVirtualItems();

  return (
    <div ref={scrollRef} className="kp-grid" style={{ height }} data-testid="observation-grid">
      <div className="kp-grid-inner" style={{ width: totalWidth, height: totalHeight }}>
        <div className="kp-grid-head" style={{ width: totalWidth, height: HEAD_HEIGHT }} role="row">
          <div className="kp-grid-first" style={{ width: FIRST_WIDTH }} role="columnheader">
            {cornerTitle}
          </div>
          {visibleCols.map((c) => {
            const col = columns[c.index];
            return (
              <div
                key={col.code}
                className="kp-grid-hcell"
                style={{ left: c.start, width: c.size }}
                title={`${col.code} ${col.title}${col.unit ? ` (${col.unit})` : ''}`}
                role="columnheader"
              >
                <span>{col.code}</span>
                <small>{col.title}</small>
              </div>
            );
          })}
        </div>
        {rows.getVirtualItems().map((r) => (
          <GridRow
            key={r.key}
            top={r.start}
            height={r.size}
            width={totalWidth}
            index={r.index}
            code={unitCodes[r.index]}
            name={unitNames.get(unitCodes[r.index]) ?? unitCodes[r.index]}
            visibleCols={visibleCols}
            columns={columns}
          />
        ))}
      </div>
    </div>
  );
}

/** One row of the grid. Memoised: while scrolling down, rows already on screen keep their
 * position and cells (the column window's array only changes when it moves sideways), so React
 * renders just the rows that come into view. */
const GridRow = memo(function GridRow(props: {
  top: number;
  height: number;
  width: number;
  index: number;
  code: string;
  name: string;
  visibleCols: VirtualItem[];
  columns: readonly GridColumn[];
}) {
  const { top, height, width, index, code, name, visibleCols, columns } = props;
  return (
    <div className="kp-grid-row" style={{ top, height, width }} role="row">
      <div className="kp-grid-first" style={{ width: FIRST_WIDTH }} role="rowheader">
        <span>{name}</span>
        <span className="kp-grid-code">{code}</span>
      </div>
      {visibleCols.map((c) => {
        const v = columns[c.index].values[index];
        const missing = Number.isNaN(v);
        return (
          <div
            key={c.key}
            className={missing ? 'kp-grid-cell kp-muted' : 'kp-grid-cell'}
            style={{ left: c.start, width: c.size }}
            role="cell"
          >
            {missing ? MISSING : formatValue(v)}
          </div>
        );
      })}
    </div>
  );
});
