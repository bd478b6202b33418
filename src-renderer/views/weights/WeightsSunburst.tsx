import { Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Chart } from '../../charts/Chart';
import { SUNBURST_PALETTE, sunburstOption, type SunburstNode } from '../../charts/sunburst';
import { formatShare } from '../../lib/format';
import { indicatorName } from '../../lib/names';
import { useCatalog } from '../../state/catalog';
import { sectorLabel } from './sectorLabel';
import type { WeightRow } from './weightTree';

/** The weight structure as a sunburst (charts/sunburst.ts), exportable as PNG and SVG, with a
 * legend of the top level (the sectors carry short names or codes only). */
export function WeightsSunburst({ rows, height }: { rows: WeightRow[]; height: number }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const period = useCatalog((s) => s.period);
  const option = useMemo(() => {
    const toNode = (r: WeightRow): SunburstNode => ({
      code: r.key,
      // the top level by (short) name; deeper levels by code: their names are too long for a sector
      label: r.depth === 0 ? sectorLabel(indicatorName(r.indicator, locale), r.key) : r.key,
      name: indicatorName(r.indicator, locale),
      points: r.points,
      share: r.share,
      effective: r.effective,
      children: r.children?.map(toNode),
    });
    return sunburstOption(rows.map(toNode), {
      tooltip: (p) => t('ui.weights.sunburst.tooltip', p),
    });
  }, [rows, locale, t]);
  return (
    <div className="kp-sunburst" data-testid="weights-sunburst">
      <Typography.Text type="secondary">{t('ui.weights.sunburst.hint')}</Typography.Text>
      <Chart option={option} height={height} exportName={`${t('ui.weights.sunburst.exportName')}-${period ?? ''}`} />
      <ul className="kp-sunburst-legend">
        {rows.map((r, i) => (
          <li key={r.key}>
            <span className="kp-swatch" style={{ background: SUNBURST_PALETTE[i % SUNBURST_PALETTE.length] }} />
            <span className="kp-weight-code">{r.key}</span>
            <span className="kp-sunburst-name">{indicatorName(r.indicator, locale)}</span>
            <span className="kp-num">{formatShare(r.effective)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
