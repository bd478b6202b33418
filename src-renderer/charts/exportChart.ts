import { init, type EChartsCoreOption, type EChartsType } from './echarts';

/** Export of a chart as PNG and SVG. The helpers are pure or run ECharts without a DOM (the SVG
 * renderer's server-side mode), so they work in Node as in the page. */

export const EXPORT_BACKGROUND = '#ffffff';
export const PNG_PIXEL_RATIO = 2;

/** The option as it is exported: no animation (an export mid-animation would catch half-drawn
 * bars) and a white background (a transparent PNG is unreadable on a dark slide). */
export function exportOption(option: EChartsCoreOption): EChartsCoreOption {
  return { ...option, animation: false, backgroundColor: EXPORT_BACKGROUND };
}

/** The same option rendered off-screen by the SVG renderer and serialised, at the size the chart
 * has on screen. */
export function optionToSvg(option: EChartsCoreOption, width: number, height: number): string {
  const chart = init(null, null, { renderer: 'svg', ssr: true, width: Math.max(1, Math.round(width)), height: Math.max(1, Math.round(height)) });
  try {
    chart.setOption(exportOption(option));
    const svg = chart.renderToSVGString();
    // a standalone .svg file starts with the XML declaration (some editors insist on it)
    return svg.startsWith('<?xml') ? svg : `<?xml version="1.0" encoding="UTF-8"?>\n${svg}`;
  } finally {
    chart.dispose();
  }
}

/** The on-screen (canvas) chart as a PNG data URL at twice its pixel size, on white. */
export function chartToPngDataUrl(chart: EChartsType): string {
  return chart.getDataURL({ type: 'png', pixelRatio: PNG_PIXEL_RATIO, backgroundColor: EXPORT_BACKGROUND, excludeComponents: ['toolbox'] });
}

/** The bytes of a base64 data URL (`data:image/png;base64,…`). */
export function dataUrlToBytes(dataUrl: string): Uint8Array {
  const comma = dataUrl.indexOf(',');
  if (!dataUrl.startsWith('data:') || comma < 0 || !dataUrl.slice(0, comma).endsWith(';base64')) {
    throw new Error('not a base64 data URL');
  }
  const binary = atob(dataUrl.slice(comma + 1));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** A file name for an export: the chart's name with characters that no file system accepts
 * (`\ / : * ? " < > |`, control characters) replaced, Chinese kept. */
export function exportFileName(name: string, ext: 'png' | 'svg'): string {
  // eslint-disable-next-line no-control-regex
  const safe = name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '_').replace(/\s+/g, ' ').trim().replace(/^\.+/, '');
  return `${safe || 'chart'}.${ext}`;
}

export const PNG_MIME = 'image/png';
export const SVG_MIME = 'image/svg+xml';
