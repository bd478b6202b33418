import type { EChartsCoreOption } from './echarts';
import { MEANING, OKABE_ITO, rankAxis } from './palette';
import { fontSizeOf, textStyle, type PeerChartStyle } from './peerStyle';

/** Bump chart of rank across periods: one line per unit (the unit thick, blue and labelled; its
 * peers thin grey with their names at the right end), the best rank at the top. A period without
 * a rank is a gap in the line, not a drop. Give it `bumpNeighbourhood` of a large group. */

export interface BumpLine {
  unit: string;
  name: string;
  ranks: (number | null)[];
}

export interface BumpLabels {
  rank: string;
}

export interface BumpScale {
  /** The ranks the y axis runs between; default the span of the ranks drawn. A single line
   * (a unit's rank in the county) reads honestly only against the whole field: 1 … n. */
  span?: { best: number; worst: number };
}

/** The best and worst rank drawn (the y axis runs between them). */
export function rankSpan(lines: readonly BumpLine[]): { best: number; worst: number } {
  let best = Infinity;
  let worst = 1;
  for (const l of lines) {
    for (const r of l.ranks) {
      if (r === null) continue;
      if (r > worst) worst = r;
      if (r < best) best = r;
    }
  }
  return { best: Number.isFinite(best) ? best : 1, worst };
}

/** A bump chart of a hundred lines is a tangle: with more than `size` lines, the unit and the
 * `size − 1` peers ranked nearest to it in the latest period it has a rank in (a peer without a
 * rank then comes last; equal distances go to the better rank, then to the given order). The
 * lines keep their given order. */
export function bumpNeighbourhood(lines: readonly BumpLine[], focus: string, size = 11): BumpLine[] {
  if (lines.length <= size) return [...lines];
  const mine = lines.find((l) => l.unit === focus);
  if (!mine) return lines.slice(0, size);
  let at = mine.ranks.length - 1;
  while (at > 0 && mine.ranks[at] === null) at--;
  const anchor = mine.ranks[at] ?? 0;
  const distance = (l: BumpLine) => (l.ranks[at] === null ? Infinity : Math.abs((l.ranks[at] as number) - anchor));
  const nearest = lines
    .map((l, order) => ({ l, order }))
    .filter(({ l }) => l.unit !== focus)
    .sort((a, b) => distance(a.l) - distance(b.l) || (a.l.ranks[at] ?? Infinity) - (b.l.ranks[at] ?? Infinity) || a.order - b.order)
    .slice(0, size - 1);
  const keep = new Set([focus, ...nearest.map((x) => x.l.unit)]);
  return lines.filter((l) => keep.has(l.unit));
}

export function bumpOption(
  periods: readonly string[],
  lines: readonly BumpLine[],
  focus: string,
  labels: BumpLabels,
  style: PeerChartStyle & BumpScale = {},
): EChartsCoreOption {
  const fontSize = fontSizeOf(style);
  const span = style.span ?? rankSpan(lines);
  // the focused unit last, so it is drawn over its peers
  const ordered = [...lines.filter((l) => l.unit !== focus), ...lines.filter((l) => l.unit === focus)];
  return {
    animationDuration: 300,
    textStyle: textStyle(fontSize),
    grid: { left: 8, right: fontSize * 8, top: fontSize * 2.5, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    tooltip: { trigger: 'item', textStyle: { fontSize } },
    xAxis: { type: 'category', data: [...periods], boundaryGap: false, axisLabel: { fontSize } },
    yAxis: {
      ...rankAxis(span.worst, fontSize, span.best),
      name: labels.rank,
      // inverse axis: 'start' is the top, above rank 1
      nameLocation: 'start',
      nameTextStyle: { fontSize, align: 'left' },
    },
    series: ordered.map((l) => {
      const mine = l.unit === focus;
      const last = l.ranks.length - 1;
      return {
        type: 'line',
        name: l.name,
        connectNulls: false,
        z: mine ? 3 : 2,
        symbol: 'circle',
        symbolSize: mine ? fontSize * 0.9 : fontSize * 0.5,
        lineStyle: { width: mine ? 4 : 1.5, color: mine ? OKABE_ITO.blue : '#a6a6a6' },
        itemStyle: { color: mine ? OKABE_ITO.blue : '#a6a6a6' },
        data: l.ranks.map((r, k) => ({
          value: r ?? '-',
          label: {
            show: r !== null && (mine || k === last),
            position: k === last ? 'right' : 'top',
            fontSize: mine ? fontSize : fontSize - 2,
            fontWeight: mine ? 'bold' : 'normal',
            color: mine ? OKABE_ITO.blue : MEANING.axis,
            formatter: k === last ? `${r} ${l.name}` : String(r),
          },
        })),
      };
    }),
  };
}
