import type { EChartsCoreOption } from './echarts';
import { MEANING, OKABE_ITO } from './palette';
import { fontSizeOf, signedGap, textStyle, type PeerChartStyle } from './peerStyle';
import { escapeHtml } from './waterfall';

/** Per-indicator position among the peers: one row per indicator, the unit's percentile as a
 * dot on a 0–100 strip, the peer median as the line at 50, and the gap to the peer median in the
 * indicator's own unit written beside the dot. The dot is green at or above the median and
 * vermilion below; the signed gap says the same in text. */

export interface StripRow {
  name: string;
  /** Unit of measurement of the raw values (万元, %, 件). */
  unit: string | null;
  percentile: number | null;
  gap: number | null;
  value: number | null;
  peerMedian: number | null;
}

export interface StripLabels {
  /** Axis name: percentile among peers. */
  axis: string;
  /** Name of the line at 50. */
  median: string;
  /** Tooltip words. */
  value: string;
  peerMedian: string;
  gap: string;
}

/** Room per row at a font size, for the chart's height. */
export function stripHeight(rows: number, fontSize = 12): number {
  return 60 + rows * Math.round(fontSize * 2.2);
}

export function percentileStripOption(rows: readonly StripRow[], labels: StripLabels, style: PeerChartStyle = {}): EChartsCoreOption {
  const fontSize = fontSizeOf(style);
  return {
    animationDuration: 300,
    textStyle: textStyle(fontSize),
    grid: { left: 8, right: fontSize * 9, top: fontSize * 2, bottom: fontSize * 2.5, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    tooltip: { trigger: 'item', textStyle: { fontSize } },
    xAxis: {
      type: 'value',
      min: 0,
      max: 100,
      interval: 25,
      name: labels.axis,
      nameLocation: 'middle',
      nameGap: fontSize * 1.6,
      axisLabel: { fontSize: fontSize - 1, color: MEANING.axis },
      splitLine: { lineStyle: { color: MEANING.grid } },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((r) => r.name),
      axisTick: { show: false },
      axisLabel: { fontSize, width: fontSize * 16, overflow: 'truncate' },
      splitLine: { show: true, lineStyle: { color: MEANING.grid } },
    },
    series: [
      {
        name: 'position',
        type: 'scatter',
        symbolSize: Math.round(fontSize * 1.1),
        data: rows.map((r, k) => {
          const above = r.percentile !== null && r.percentile >= 50;
          return {
            value: [r.percentile ?? '-', k],
            itemStyle: { color: above ? MEANING.gain : MEANING.loss },
            label: { show: r.percentile !== null, position: 'right', fontSize: fontSize - 1, color: MEANING.text, formatter: signedGap(r.gap, r.unit) },
            tooltip: {
              formatter:
                `${escapeHtml(r.name)}<br/>${escapeHtml(labels.value)}: ${signedGap(r.value, r.unit).replace(/^\+/, '')}` +
                `<br/>${escapeHtml(labels.peerMedian)}: ${signedGap(r.peerMedian, r.unit).replace(/^\+/, '')}` +
                `<br/>${escapeHtml(labels.gap)}: ${signedGap(r.gap, r.unit)}`,
            },
          };
        }),
        markLine: {
          silent: true,
          symbol: 'none',
          lineStyle: { color: OKABE_ITO.black, type: 'dashed' },
          // inverse category axis: 'start' is the top, clear of the x axis labels
          label: { formatter: labels.median, fontSize: fontSize - 1, position: 'start' },
          data: [{ xAxis: 50 }],
        },
      },
    ],
  };
}
