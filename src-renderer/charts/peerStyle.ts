import { formatValue } from '../lib/format';
import { CHART_FONT, MEANING } from './palette';

/** What the peer charts share: text style by font size (larger when presenting), and how a gap
 * in raw units is written. */
export interface PeerChartStyle {
  /** Base font size of the chart's text; 12 on screen, larger in presentation mode. */
  fontSize?: number;
  /** Fewer words on the chart (the report card's small charts, whose details are listed beside). */
  compact?: boolean;
}

export const fontSizeOf = (style: PeerChartStyle = {}): number => style.fontSize ?? 12;

export function textStyle(fontSize: number) {
  return { fontFamily: CHART_FONT, fontSize, color: MEANING.text };
}

/** A signed gap with its unit of measurement: `+12.5 万元`, `−20 件`, `0`; `—` when missing. */
export function signedGap(gap: number | null, unit: string | null): string {
  if (gap === null || !Number.isFinite(gap)) return '—';
  const sign = gap > 0 ? '+' : gap < 0 ? '−' : '';
  const text = `${sign}${formatValue(Math.abs(gap))}`;
  return unit ? `${text} ${unit}` : text;
}

/** Breaks a long axis name into lines of at most `max` characters: between words where there
 * are spaces (English), else every `max` characters (Chinese). ECharts' own `overflow: 'break'`
 * does not reach the radar's axis names. */
export function wrapLabel(text: string, max: number): string {
  if (text.length <= max) return text;
  if (!text.includes(' ')) return text.match(new RegExp(`.{1,${max}}`, 'gu'))!.join('\n');
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(line);
  return lines.join('\n');
}
