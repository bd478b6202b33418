import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
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
    overscan: 8,
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
        {rows.getVirtualItems().map((r) => {
          const code = unitCodes[r.index];
          return (
            <div
              key={r.key}
              className="kp-grid-row"
              style={{ top: r.start, height: r.size, width: totalWidth }}
              role="row"
            >
              <div className="kp-grid-first" style={{ width: FIRST_WIDTH }} role="rowheader">
                <span>{unitNames.get(code) ?? code}</span>
                <span className="kp-grid-code">{code}</span>
              </div>
              {visibleCols.map((c) => {
                const v = columns[c.index].values[r.index];
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
        })}
      </div>
    </div>
  );
}
