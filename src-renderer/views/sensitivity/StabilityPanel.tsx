import { Button, InputNumber, Radio, Select, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { Chart } from '../../charts/Chart';
import { stabilityBarsOption, stabilityRows } from '../../charts/stabilityBars';
import '../../charts/sensitivityEcharts';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { useAsync } from '../../state/useAsync';

/** Stability intervals of every node weight for one unit's rank or the top-k list. */
export function StabilityPanel(props: {
  period: string;
  scheme: string | null;
  units: { value: string; label: string }[];
  nodeName: (code: string) => string;
  fontSize: number;
}) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<'unit' | 'topK'>('unit');
  const [unit, setUnit] = useState<string | null>(null);
  const [k, setK] = useState(10);
  const [asked, setAsked] = useState<{ unit: string } | { topK: number } | null>(null);
  const result = useAsync(
    asked ? () => api.stability({ period: props.period, scheme: props.scheme ?? undefined, target: asked }) : null,
    [asked, props.period, props.scheme],
  );
  const option = useMemo(
    () =>
      result.data
        ? stabilityBarsOption(stabilityRows(result.data, props.nodeName), {
            interval: t('ui.sensitivity.stability.interval'),
            nominal: t('ui.sensitivity.stability.nominal'),
          }, props.fontSize)
        : null,
    [result.data, props.nodeName, t, props.fontSize],
  );
  const chosenUnit = unit ?? props.units[0]?.value ?? null;
  return (
    <div data-testid="stability-panel">
      <h2>{t('ui.sensitivity.stability.title')}</h2>
      <Typography.Paragraph type="secondary">{t('ui.sensitivity.stability.intro')}</Typography.Paragraph>
      <Space wrap>
        <Radio.Group value={mode} onChange={(e) => setMode(e.target.value as 'unit' | 'topK')}>
          <Radio.Button value="unit">{t('ui.sensitivity.stability.byUnit')}</Radio.Button>
          <Radio.Button value="topK">{t('ui.sensitivity.stability.byTopK')}</Radio.Button>
        </Radio.Group>
        {mode === 'unit' ? (
          <Select showSearch optionFilterProp="label" style={{ width: 220 }} value={chosenUnit} options={props.units} onChange={setUnit} data-testid="stability-unit" />
        ) : (
          <InputNumber min={1} value={k} onChange={(v) => setK(v ?? 10)} addonBefore={t('ui.sensitivity.topK')} />
        )}
        <Button data-testid="stability-compute" onClick={() => setAsked(mode === 'unit' ? (chosenUnit ? { unit: chosenUnit } : null) : { topK: k })}>
          {t('ui.sensitivity.stability.compute')}
        </Button>
      </Space>
      {result.error && <ErrorAlert error={result.error} />}
      {result.data && result.data.some((r) => !r.exact) && (
        <Typography.Paragraph type="secondary" data-testid="stability-searched">
          {t('ui.sensitivity.stability.searched', { count: result.data.filter((r) => !r.exact).length })}
        </Typography.Paragraph>
      )}
      {option && result.data && (
        <Chart
          option={option}
          height={Math.max(160, 48 + result.data.length * Math.round(props.fontSize * 1.9))}
          exportName={t('ui.sensitivity.exportName.stability')}
          testId="chart-stability"
        />
      )}
    </div>
  );
}
