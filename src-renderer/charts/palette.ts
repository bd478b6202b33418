/** Colours of every chart: the Okabe–Ito palette, whose eight colours stay distinguishable with
 * the common colour-vision deficiencies (deuteranopia, protanopia, tritanopia) and in greyscale
 * print. Meaning never rests on colour alone: the waterfall labels its steps with signed
 * numbers and the ranking shows arrows. */
export const OKABE_ITO = {
  black: '#000000',
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermilion: '#D55E00',
  reddishPurple: '#CC79A7',
} as const;

/** Series colours in order, for charts with several series (yellow last: weak on white). */
export const SERIES_COLOURS: readonly string[] = [
  OKABE_ITO.blue,
  OKABE_ITO.orange,
  OKABE_ITO.bluishGreen,
  OKABE_ITO.vermilion,
  OKABE_ITO.skyBlue,
  OKABE_ITO.reddishPurple,
  OKABE_ITO.black,
  OKABE_ITO.yellow,
];

/** What a colour stands for, the same in every chart and table. */
export const MEANING = {
  /** An indicator's share of the base score. */
  contribution: OKABE_ITO.blue,
  /** Subtotals and totals. */
  total: '#4d4d4d',
  /** Points added (bonus); a rank gained. */
  gain: OKABE_ITO.bluishGreen,
  /** Points deducted (penalty); a rank lost. */
  loss: OKABE_ITO.vermilion,
  /** Caps and the floor acting on the total. */
  adjustment: OKABE_ITO.reddishPurple,
  /** Text and axis lines. */
  text: '#262626',
  axis: '#8c8c8c',
  grid: '#f0f0f0',
} as const;

/** The UI's font stack (theme.ts) for chart text, CJK faces first, so the exported SVG names
 * the same faces as the screen. */
export const CHART_FONT =
  "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', 'Helvetica Neue', Arial, sans-serif";

/** A value axis of ranks: `best` (default 1) at the top, whole numbers, down to `worst`. */
export function rankAxis(worst: number, fontSize: number, best = 1) {
  return {
    type: 'value' as const,
    inverse: true,
    min: best,
    max: worst,
    minInterval: 1,
    axisLabel: { fontSize: fontSize - 1, color: MEANING.axis },
    splitLine: { lineStyle: { color: MEANING.grid } },
  };
}
