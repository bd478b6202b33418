import { Select, Space } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { Chart } from '../../charts/Chart';
import { oatSweepOption } from '../../charts/oatSweep';
import '../../charts/sensitivityEcharts';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { useAsync } from '../../state/useAsync';

/** One-at-a-time: a unit's rank and total as one weight sweeps from 0 to its group's sum. */
export function SweepPanel(props: {
  period: string;
  scheme: string | null;
  units: { value: string; label: string }[];
  nodes: { code: string; share: number; label: string }[];
  fontSize: number;
}) {
  const { t } = useTranslation();
  const [unit, setUnit] = useState<string | null>(null);
  const [node, setNode] = useState<string | null>(null);
  const u = unit ?? props.units[0]?.value ?? null;
  const n = node ?? props.nodes[0]?.code ?? null;
  const points = useAsync(
    u && n ? () => api.sweep({ period: props.period, scheme: props.scheme ?? undefined, unit: u, node: n, steps: 50 }) : null,
    [u, n, props.period, props.scheme],
  );
  const share = props.nodes.find((x) => x.code === n)?.share ?? 0;
  const option = useMemo(
    () =>
      points.data
        ? oatSweepOption(points.data, share, {
            rank: t('ui.sensitivity.sweep.rank'),
            total: t('ui.sensitivity.sweep.total'),
            weight: t('ui.sensitivity.sweep.weight'),
            nominal: t('ui.sensitivity.sweep.nominal'),
          }, props.fontSize)
        : null,
    [points.data, share, t, props.fontSize],
  );
  return (
    <div data-testid="sweep-panel">
      <h2>{t('ui.sensitivity.sweep.title')}</h2>
      <Space wrap>
        <Select showSearch optionFilterProp="label" style={{ width: 220 }} value={u} options={props.units} onChange={setUnit} data-testid="sweep-unit" />
        <Select
          showSearch
          optionFilterProp="label"
          style={{ width: 260 }}
          value={n}
          options={props.nodes.map((x) => ({ value: x.code, label: x.label }))}
          onChange={setNode}
          data-testid="sweep-node"
          prefix={t('ui.sensitivity.sweep.node')}
        />
      </Space>
      {points.error && <ErrorAlert error={points.error} />}
      {option && <Chart option={option} height={300} exportName={t('ui.sensitivity.exportName.sweep')} testId="chart-sweep" />}
    </div>
  );
}
