import { DownloadOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadBytes } from '../lib/download';
import { init, type EChartsCoreOption, type EChartsType } from './echarts';
import { chartToPngDataUrl, dataUrlToBytes, exportFileName, optionToSvg, PNG_MIME, SVG_MIME } from './exportChart';

export interface ChartProps {
  /** A pure ECharts option (builders in charts/*.ts); a new object redraws the chart. */
  option: EChartsCoreOption;
  /** Height in pixels; the width follows the container. */
  height: number;
  /** File name of the exports, without extension (e.g. `贡献瀑布图-安院村-2025`). */
  exportName: string;
  /** Test id of the chart's box (the export buttons are `chart-export-png` / `chart-export-svg`). */
  testId?: string;
  /** A heading shown on the left of the export buttons' row. */
  title?: ReactNode;
  /** ECharts events (e.g. `click`) with their handlers. */
  onEvents?: Record<string, (params: unknown) => void>;
}

/** The one chart component: draws a pure ECharts option on canvas, follows its container's
 * size, and exports the chart as PNG (twice the pixels, white background) or as SVG (the same
 * option rendered by the SVG renderer off-screen). */
export function Chart({ option, height, exportName, testId, title, onEvents }: ChartProps) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const c = init(el, null, { renderer: 'canvas' });
    chart.current = c;
    const observer = new ResizeObserver(() => c.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      c.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  useEffect(() => {
    const c = chart.current;
    if (!c || !onEvents) return;
    for (const [name, fn] of Object.entries(onEvents)) c.on(name, fn);
    return () => {
      for (const [name, fn] of Object.entries(onEvents)) c.off(name, fn);
    };
  }, [onEvents]);

  const exportPng = () => {
    const c = chart.current;
    if (c) downloadBytes(dataUrlToBytes(chartToPngDataUrl(c)), exportFileName(exportName, 'png'), PNG_MIME);
  };
  const exportSvg = () => {
    const width = box.current?.clientWidth ?? 800;
    const svg = optionToSvg(option, width, height);
    downloadBytes(new TextEncoder().encode(svg), exportFileName(exportName, 'svg'), SVG_MIME);
  };

  return (
    <div className="kp-chart">
      <div style={{ display: 'flex', alignItems: 'center', gap: 8, marginBottom: 4 }}>
        <div style={{ flex: 1, minWidth: 0 }}>{title}</div>
        <Space size={4}>
          <Button size="small" icon={<DownloadOutlined />} data-testid="chart-export-png" title={t('ui.ranking.chart.pngHint')} onClick={exportPng}>
            PNG
          </Button>
          <Button size="small" icon={<DownloadOutlined />} data-testid="chart-export-svg" title={t('ui.ranking.chart.svgHint')} onClick={exportSvg}>
            SVG
          </Button>
        </Space>
      </div>
      <div ref={box} data-testid={testId} style={{ width: '100%', height }} />
    </div>
  );
}
