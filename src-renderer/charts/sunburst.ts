import type { EChartsOption } from 'echarts';
import { CHART_FONT, SERIES_COLOURS } from './palette';

/** The weight structure as a sunburst: one ring per level of the tree, each sector's angle its
 * share of the whole index (effective weight), so a parent's sector spans exactly its
 * children's. A pure option builder: the chart component renders and exports it. */

export interface SunburstNode {
  code: string;
  /** The text on the sector (short: a dimension's name, a leaf's code). */
  label: string;
  /** The full name, for the tooltip. */
  name: string;
  points: number;
  /** Share of the parent (0–1). */
  share: number;
  /** Share of the whole index (0–1). */
  effective: number;
  children?: SunburstNode[];
}

export interface SunburstTexts {
  /** Tooltip line, given the formatted points, share of parent and share of the whole. */
  tooltip: (node: { name: string; code: string; points: string; share: string; effective: string }) => string;
}

/** One colour per top-level node (the charts' colour-blind-safe series colours); its
 * descendants keep it, lighter ring by ring outward. */
export const SUNBURST_PALETTE = SERIES_COLOURS;

/** Sectors narrower than this (degrees) carry no label: the tooltip still names them. */
export const LABEL_MIN_ANGLE = 7;

interface SunburstDatum {
  id: string;
  name: string;
  value: number;
  itemStyle: { color: string; opacity: number };
  children?: SunburstDatum[];
}

const percent = (v: number) => `${(v * 100).toFixed(1)}%`;
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const pointsText = (v: number) => String(Number(v.toFixed(2)));

/** The series data: values in percent of the whole (effective × 100), colour by top-level
 * node, each level outward a little lighter. */
export function sunburstData(nodes: readonly SunburstNode[]): SunburstDatum[] {
  const walk = (list: readonly SunburstNode[], color: (i: number) => string, depth: number): SunburstDatum[] =>
    list.map((n, i) => {
      const c = color(i);
      const d: SunburstDatum = {
        id: n.code,
        name: n.label,
        value: n.effective * 100,
        itemStyle: { color: c, opacity: Math.max(0.45, 1 - depth * 0.25) },
      };
      if (n.children && n.children.length > 0) d.children = walk(n.children, () => c, depth + 1);
      return d;
    });
  return walk(nodes, (i) => SUNBURST_PALETTE[i % SUNBURST_PALETTE.length], 0);
}

/** Depth of the tree (1 for a flat list). */
function depthOf(nodes: readonly SunburstNode[]): number {
  let d = 0;
  for (const n of nodes) d = Math.max(d, 1 + (n.children ? depthOf(n.children) : 0));
  return d;
}

/** The ECharts option. The inner ring (the top level) takes the radius from 12% to 52%, the
 * other rings share the rest up to 95%; labels sit level on the inner ring and radially
 * outward. Sectors keep the tree order (no sorting by size). */
export function sunburstOption(nodes: readonly SunburstNode[], texts: SunburstTexts): EChartsOption {
  const byCode = new Map<string, SunburstNode>();
  const index = (list: readonly SunburstNode[]) => {
    for (const n of list) {
      byCode.set(n.code, n);
      if (n.children) index(n.children);
    }
  };
  index(nodes);
  const depth = Math.max(1, depthOf(nodes));
  const inner = 12;
  const outer = 95;
  // the top level gets a wide ring for its names; deeper levels share what is left
  const firstOuter = depth === 1 ? outer : 52;
  const ring = depth === 1 ? 0 : (outer - firstOuter) / (depth - 1);
  const levels: object[] = [{}];
  for (let l = 0; l < depth; l++) {
    levels.push({
      r0: `${l === 0 ? inner : firstOuter + (l - 1) * ring}%`,
      r: `${l === 0 ? firstOuter : firstOuter + l * ring}%`,
      label: l === 0 ? { rotate: 0, fontSize: 12, fontWeight: 600, lineHeight: 14 } : { rotate: 'radial', fontSize: 11 },
    });
  }
  return {
    textStyle: { fontFamily: CHART_FONT },
    tooltip: {
      trigger: 'item',
      formatter: (p: unknown) => {
        const id = (p as { data?: { id?: string } }).data?.id;
        const n = id !== undefined ? byCode.get(id) : undefined;
        if (!n) return '';
        // the tooltip is HTML: names come from a workbook
        return texts.tooltip({
          name: escapeHtml(n.name),
          code: escapeHtml(n.code),
          points: pointsText(n.points),
          share: percent(n.share),
          effective: percent(n.effective),
        });
      },
    },
    series: [
      {
        type: 'sunburst',
        data: sunburstData(nodes),
        sort: null,
        nodeClick: false,
        radius: [`${inner}%`, `${outer}%`],
        animationDurationUpdate: 200,
        label: { minAngle: LABEL_MIN_ANGLE, overflow: 'truncate' },
        itemStyle: { borderColor: '#ffffff', borderWidth: 1.5 },
        levels,
      },
    ],
  } as EChartsOption;
}
