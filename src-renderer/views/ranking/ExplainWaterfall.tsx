import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Chart } from '../../charts/Chart';
import { waterfallHeight, waterfallOption, waterfallSteps, type Explanation } from '../../charts/waterfall';
import { indicatorName } from '../../lib/names';
import { useRoom } from '../../shell/room';
import { useCatalog } from '../../state/catalog';

/** The unit's waterfall (charts/waterfall.ts), exportable as PNG and SVG. The steps are also on
 * the chart's box as `data-steps` (code, kind, start, end), what the browser tests read. */
export function ExplainWaterfall(props: { explanation: Explanation; unitName: string; period: string; title?: ReactNode }) {
  const { explanation, unitName, period, title } = props;
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const presenting = useRoom((s) => s.presenting);
  const indicators = useCatalog((s) => s.indicators);
  const fontSize = presenting ? 16 : 12;

  const steps = useMemo(() => {
    const names = new Map(indicators.map((i) => [i.code, indicatorName(i, locale)]));
    return waterfallSteps(explanation, {
      name: (code) => names.get(code) ?? code,
      base: t('ui.ranking.explain.base'),
      total: t('ui.ranking.explain.total'),
      adjustment: t('ui.ranking.explain.adjustment'),
    });
  }, [explanation, indicators, locale, t]);
  const option = useMemo(
    () => waterfallOption(steps, { fontSize, labelWidth: locale === 'en' ? fontSize * 22 : fontSize * 15 }),
    [steps, fontSize, locale],
  );
  const stepsData = useMemo(() => JSON.stringify(steps.map(({ key, kind, start, end }) => ({ key, kind, start, end }))), [steps]);

  return (
    <div data-steps={stepsData} data-testid="waterfall-steps">
      <Chart
        option={option}
        height={waterfallHeight(steps.length, fontSize)}
        exportName={t('ui.ranking.explain.exportName', { unit: unitName, period })}
        testId="waterfall-chart"
        title={title}
      />
    </div>
  );
}
