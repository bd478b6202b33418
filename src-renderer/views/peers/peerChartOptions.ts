import type { TFunction } from 'i18next';
import type { CallResult } from '../../../src-shared/api';
import { bumpNeighbourhood, bumpOption } from '../../charts/bump';
import type { EChartsCoreOption } from '../../charts/echarts';
import { percentileStripOption, stripHeight } from '../../charts/percentileStrip';
import { quadrantOption } from '../../charts/quadrant';
import { radarOption } from '../../charts/radar';
import { strengthRows, strengthsOption } from '../../charts/strengths';
import { heatmapOption, sortHeatmapRows, type HeatmapSort } from '../../charts/heatmap';
import { indicatorName } from '../../lib/names';
import type { ApiIndicator } from '../../state/types';

/** From a peer comparison (api.peerComparison) to the chart builders' inputs, in the UI's
 * language: shared by the peers screen and the report card. */

export type Comparison = CallResult<'peerComparison'>;

export interface PeerChartContext {
  t: TFunction;
  locale: string;
  indicators: readonly ApiIndicator[];
  fontSize: number;
  /** The report card's small charts: fewer words (peerStyle.ts). */
  compact?: boolean;
}

function namer(ctx: PeerChartContext) {
  const byCode = new Map(ctx.indicators.map((i) => [i.code, i]));
  return {
    name: (code: string) => {
      const i = byCode.get(code);
      return i ? indicatorName(i, ctx.locale) : code;
    },
    unitOf: (code: string) => byCode.get(code)?.unit ?? null,
  };
}

const key = (k: string) => `ui.peers.chart.${k}`;

export function radarFor(c: Comparison, ctx: PeerChartContext): EChartsCoreOption {
  const { name } = namer(ctx);
  return radarOption(
    c.dimensions.map((d) => ({ name: name(d.code), value: d.value, peerMedian: d.peerMedian, peerBest: d.peerBest })),
    { unit: c.unit.name, median: ctx.t(key('radarMedian')), best: ctx.t(key('radarBest')) },
    { fontSize: ctx.fontSize, compact: ctx.compact },
  );
}

export function stripFor(c: Comparison, ctx: PeerChartContext): { option: EChartsCoreOption; height: number } {
  const { name, unitOf } = namer(ctx);
  const rows = c.indicators.map((i) => ({
    name: name(i.code), unit: unitOf(i.code), percentile: i.percentile, gap: i.gap, value: i.value, peerMedian: i.peerMedian,
  }));
  const option = percentileStripOption(
    rows,
    { axis: ctx.t(key('stripAxis')), median: ctx.t(key('stripMedian')), value: ctx.t(key('value')), peerMedian: ctx.t(key('peerMedian')), gap: ctx.t(key('gap')) },
    { fontSize: ctx.fontSize, compact: ctx.compact },
  );
  return { option, height: stripHeight(rows.length, ctx.fontSize) };
}

export function strengthsFor(c: Comparison, ctx: PeerChartContext): { option: EChartsCoreOption; rows: number } {
  const { name, unitOf } = namer(ctx);
  const byCode = new Map(c.indicators.map((i) => [i.code, i]));
  const bar = (code: string) => {
    const i = byCode.get(code)!;
    return { name: name(code), unit: unitOf(code), percentile: i.percentile ?? 50, gap: i.gap };
  };
  const rows = strengthRows(c.strengths.map(bar), c.weaknesses.map(bar));
  const option = strengthsOption(
    rows,
    {
      axis: ctx.t(key('strengthsAxis')),
      strength: ctx.t(key('strength')),
      weakness: ctx.t(key('weakness')),
      percentile: (p) => ctx.t(key(ctx.compact ? 'percentileShort' : 'percentile'), { p }),
    },
    { fontSize: ctx.fontSize, compact: ctx.compact },
  );
  return { option, rows: rows.length };
}

const nameOfUnit = (c: Comparison) => {
  const names = new Map([[c.unit.code, c.unit.name], ...c.peers.map((p) => [p.unit, p.name] as [string, string])]);
  return (code: string) => names.get(code) ?? code;
};

export function bumpFor(c: Comparison, ctx: PeerChartContext): EChartsCoreOption {
  const name = nameOfUnit(c);
  return bumpOption(
    c.ranks.periods,
    bumpNeighbourhood(c.ranks.rows.map((r) => ({ unit: r.unit, name: name(r.unit), ranks: r.ranks })), c.unit.code),
    c.unit.code,
    { rank: ctx.t(key('rank')) },
    { fontSize: ctx.fontSize, compact: ctx.compact },
  );
}

export function quadrantFor(c: Comparison, ctx: PeerChartContext): EChartsCoreOption | null {
  if (!c.quadrant) return null;
  const name = nameOfUnit(c);
  return quadrantOption(
    c.quadrant.points.map((p) => ({ unit: p.unit, name: name(p.unit), level: p.level, improvement: p.improvement })),
    { level: c.quadrant.levelMedian, improvement: c.quadrant.improvementMedian },
    c.unit.code,
    {
      level: ctx.t(key('level')),
      improvement: ctx.t(key('improvement')),
      strong: ctx.t(key('strong')),
      catchingUp: ctx.t(key('catchingUp')),
      fallingBehind: ctx.t(key('fallingBehind')),
      lagging: ctx.t(key('lagging')),
    },
    { fontSize: ctx.fontSize, compact: ctx.compact },
  );
}

export function heatmapFor(c: Comparison, ctx: PeerChartContext, sort: HeatmapSort): { option: EChartsCoreOption; rows: number; columns: string[] } {
  const { name } = namer(ctx);
  const unitName = nameOfUnit(c);
  const rows = sortHeatmapRows(
    c.heatmap.rows.map((r) => ({ unit: r.unit, name: unitName(r.unit), scores: r.scores })),
    sort,
  );
  const columns = c.heatmap.leaves.map(name);
  const option = heatmapOption(columns, rows, c.unit.code, { score: ctx.t(key('score')) }, { fontSize: ctx.fontSize, compact: ctx.compact });
  return { option, rows: rows.length, columns };
}
