import type { EChartsCoreOption } from './echarts';
import { MEANING } from './palette';
import { fontSizeOf, signedGap, textStyle, type PeerChartStyle } from './peerStyle';

/** Strengths and weaknesses (优势与短板): the indicators where the unit stands best and worst
 * among its peers, as bars of standing relative to the peer median (percentile − 50: right of
 * zero above the median, left below), strengths on top. Each bar is labelled with its
 * percentile and gap, so colour is never the only cue. */

export interface StandingBar {
  name: string;
  unit: string | null;
  percentile: number;
  gap: number | null;
}

export interface StrengthLabels {
  axis: string;
  strength: string;
  weakness: string;
  /** `P{{p}}`-style label of a percentile, already filled in by the caller's i18n. */
  percentile: (p: number) => string;
}

export interface StrengthRow extends StandingBar {
  kind: 'strength' | 'weakness';
}

/** Strengths first (best first), then weaknesses (worst last), as the bars read top to bottom. */
export function strengthRows(strengths: readonly StandingBar[], weaknesses: readonly StandingBar[]): StrengthRow[] {
  return [
    ...strengths.map((s) => ({ ...s, kind: 'strength' as const })),
    ...[...weaknesses].reverse().map((w) => ({ ...w, kind: 'weakness' as const })),
  ];
}

export function strengthsOption(rows: readonly StrengthRow[], labels: StrengthLabels, style: PeerChartStyle = {}): EChartsCoreOption {
  const fontSize = fontSizeOf(style);
  return {
    animationDuration: 300,
    textStyle: textStyle(fontSize),
    grid: { left: 8, right: 8, top: fontSize, bottom: fontSize * 2.5, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    tooltip: { trigger: 'item', textStyle: { fontSize } },
    xAxis: {
      type: 'value',
      min: -50,
      max: 50,
      name: labels.axis,
      nameLocation: 'middle',
      nameGap: fontSize * 1.6,
      axisLabel: { fontSize: fontSize - 1, color: MEANING.axis, formatter: (v: number) => String(v + 50) },
      splitLine: { lineStyle: { color: MEANING.grid } },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((r) => r.name),
      axisTick: { show: false },
      axisLabel: { fontSize, width: fontSize * 12, overflow: 'truncate' },
    },
    series: [
      {
        type: 'bar',
        barMaxWidth: fontSize * 2,
        data: rows.map((r) => ({
          value: r.percentile - 50,
          name: r.kind === 'strength' ? labels.strength : labels.weakness,
          itemStyle: { color: r.kind === 'strength' ? MEANING.gain : MEANING.loss },
          label: {
            show: true,
            // on the empty side of zero: left of a bar that grows right, right of one that grows left
            position: r.percentile >= 50 ? 'left' : 'right',
            fontSize: fontSize - 1,
            color: MEANING.text,
            formatter: style.compact
              ? labels.percentile(Math.round(r.percentile))
              : `${labels.percentile(Math.round(r.percentile))}  ${signedGap(r.gap, r.unit)}`,
          },
        })),
      },
    ],
  };
}
