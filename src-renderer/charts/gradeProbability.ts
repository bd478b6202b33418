import type { EChartsCoreOption } from './echarts';
import { CHART_FONT, MEANING, SERIES_COLOURS } from './palette';

/** Grade probabilities of a Monte Carlo run as 100% stacked horizontal bars, one per unit (best
 * nominal rank at the top), one segment per grade in grade order, each labelled with its
 * percentage where it is wide enough. Pure. */
export interface GradeUnit {
  label: string;
  nominal: number;
  probabilities: readonly number[];
}

/** The units worth a bar: those whose grade is uncertain (no grade with probability 1), by
 * nominal rank, at most `limit`; when none is uncertain, the first `limit` by nominal rank. */
export function uncertainGradeUnits(units: readonly GradeUnit[], limit = 30): GradeUnit[] {
  const sorted = [...units].sort((a, b) => a.nominal - b.nominal);
  const uncertain = sorted.filter((u) => !u.probabilities.some((p) => p === 1));
  return (uncertain.length > 0 ? uncertain : sorted).slice(0, limit);
}

/** A segment's label: whole percent, but never 100% (or 0%) for a probability that is not
 * exactly 1 (or 0); none on a segment too narrow to hold it. */
export function segmentText(percent: number): string {
  if (percent < 8) return '';
  if (percent > 99 && percent < 100) return '>99%';
  return `${Math.round(percent)}%`;
}

export function gradeProbabilityOption(units: readonly GradeUnit[], grades: readonly string[], fontSize = 12): EChartsCoreOption {
  return {
    animation: false,
    color: [...SERIES_COLOURS],
    textStyle: { fontFamily: CHART_FONT, fontSize, color: MEANING.text },
    grid: { left: 8, right: 24, top: 32, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    legend: { top: 0, data: [...grades], textStyle: { fontSize } },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v: number) => `${Math.round(v)}%`, textStyle: { fontSize } },
    xAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%', fontSize: fontSize - 1, color: MEANING.axis } },
    yAxis: { type: 'category', inverse: true, data: units.map((u) => u.label), axisLabel: { fontSize, width: 140, overflow: 'truncate' } },
    series: grades.map((g, k) => ({
      type: 'bar',
      name: g,
      stack: 'grade',
      data: units.map((u) => Math.round((u.probabilities[k] ?? 0) * 1000) / 10),
      label: { show: true, formatter: (p: { value: number }) => segmentText(p.value), fontSize: fontSize - 2 },
    })),
  };
}
