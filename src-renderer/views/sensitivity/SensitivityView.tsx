import { Alert, Button, Empty, InputNumber, Progress, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScoringScheme } from '../../../src-shared/engine/scheme';
import { api } from '../../api';
import { indicatorName } from '../../lib/names';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { chartFontSize, useRoom } from '../../shell/room';
import { useCatalog } from '../../state/catalog';
import { useAsync } from '../../state/useAsync';
import { ChoicePickers } from './ChoicePickers';
import { choiceLabelKey, choiceOverlays, type MethodChoice } from './methodChoices';
import { MonteCarloResults } from './MonteCarloResults';
import { weightedNodes } from './nodeShares';
import { SchemePicker } from './SchemePicker';
import { StabilityPanel } from './StabilityPanel';
import { SweepPanel } from './SweepPanel';
import { useMonteCarlo } from './useMonteCarlo';

/** 敏感性分析: Monte Carlo over the weights in a worker (progress, cancel), rank intervals and
 * grade probabilities; stability intervals of each weight; a one-at-a-time sweep. */
export function SensitivityView() {
  const { t, i18n } = useTranslation();
  const period = useCatalog((s) => s.period);
  const units = useCatalog((s) => s.units);
  const indicators = useCatalog((s) => s.indicators);
  const version = useCatalog((s) => s.version);
  const presenting = useRoom((s) => s.presenting);
  const fontSize = chartFontSize(presenting);
  const schemes = useAsync(() => api.listSchemes({}), [version]);
  const [schemeName, setSchemeName] = useState<string | null | undefined>(undefined);
  const [noise, setNoise] = useState(0.25);
  const [samples, setSamples] = useState(1000);
  const [seed, setSeed] = useState(1);
  const [topK, setTopK] = useState(10);
  const [choices, setChoices] = useState<MethodChoice[]>([]);
  // The choices of the run on screen (the pickers may have changed since).
  const [ranWith, setRanWith] = useState<MethodChoice[]>([]);
  const mc = useMonteCarlo();
  // The ranking under the chosen scheme: the units the stability and sweep panels offer.
  const ranking = useAsync(
    period && schemeName !== undefined ? () => api.score({ period, scheme: schemeName ?? undefined }) : null,
    [period, schemeName, version],
  );

  const scheme: ScoringScheme = useMemo(
    () => schemes.data?.find((s) => s.name === schemeName)?.scheme ?? {},
    [schemes.data, schemeName],
  );
  const names = useMemo(() => new Map(units.map((u) => [u.code, u.name])), [units]);
  const unitOptions = useMemo(
    () => (ranking.data?.rows ?? []).filter((r) => r.rank !== null).map((r) => ({ value: r.unit, label: `${r.rank}. ${r.name}` })),
    [ranking.data],
  );
  const byCode = useMemo(() => new Map(indicators.map((i) => [i.code, i])), [indicators]);
  const nodeName = useMemo(() => (code: string) => {
    const i = byCode.get(code);
    return i ? indicatorName(i, i18n.language) : code;
  }, [byCode, i18n.language]);
  const nodes = useMemo(() => weightedNodes(indicators, scheme).map((n) => ({ ...n, label: nodeName(n.code) })), [indicators, scheme, nodeName]);

  if (!period) return <Empty description={t('ui.common.noPeriod')} />;
  const running = mc.state.status === 'running';
  return (
    <div style={{ overflow: 'auto', minHeight: 0, flex: 1 }} data-testid="sensitivity-view">
      <h1 className="kp-screen-title">{t('ui.sensitivity.title')}</h1>
      <Typography.Paragraph type="secondary">{t('ui.sensitivity.intro')}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 12 }}>
        <span>{t('ui.sensitivity.scheme')}</span>
        <SchemePicker schemes={schemes.data} value={schemeName} onChange={setSchemeName} testId="mc-scheme" />
        <InputNumber data-testid="mc-noise" addonBefore={t('ui.sensitivity.noise')} min={0} max={0.99} step={0.05} value={noise} onChange={(v) => setNoise(v ?? 0)} />
        <InputNumber data-testid="mc-samples" addonBefore={t('ui.sensitivity.samples')} min={1} max={10000} step={100} value={samples} onChange={(v) => setSamples(v ?? 1)} />
        <InputNumber data-testid="mc-seed" addonBefore={t('ui.sensitivity.seed')} precision={0} value={seed} onChange={(v) => setSeed(v ?? 0)} />
        <InputNumber data-testid="mc-topk" addonBefore={t('ui.sensitivity.topK')} min={1} precision={0} value={topK} onChange={(v) => setTopK(v ?? 1)} />
        <ChoicePickers value={choices} onChange={setChoices} />
        <Button
          type="primary"
          data-testid="mc-run"
          disabled={running || schemeName === undefined}
          onClick={() => {
            setRanWith(choices);
            mc.run({ name: schemeName ?? null, scheme }, { samples, noise, seed, topK, choices: choiceOverlays(choices) });
          }}
        >
          {t('ui.sensitivity.run')}
        </Button>
        <Button data-testid="mc-cancel" disabled={!running} onClick={mc.cancel}>
          {t('ui.sensitivity.cancel')}
        </Button>
      </Space>
      {running && (
        <div data-testid="mc-progress">
          <Progress percent={Math.floor((100 * mc.state.done) / Math.max(1, mc.state.total))} />
          <Typography.Text type="secondary">{t('ui.sensitivity.progress', { done: mc.state.done, total: mc.state.total })}</Typography.Text>
        </div>
      )}
      {mc.state.status === 'cancelled' && <Alert data-testid="mc-cancelled" type="info" showIcon message={t('ui.sensitivity.cancelled')} />}
      {mc.state.error && <ErrorAlert error={mc.state.error} />}
      {mc.state.summary && (
        <>
          <Typography.Paragraph data-testid="mc-summary">
            {t('ui.sensitivity.summary', { samples: mc.state.summary.samples, noise: mc.state.summary.noise, seed: mc.state.summary.seed })}
          </Typography.Paragraph>
          {ranWith.length > 0 && (
            <Typography.Paragraph data-testid="mc-drawn-among">
              {t('ui.sensitivity.drawnAmong', { count: ranWith.length, list: ranWith.map((c) => t(choiceLabelKey(c))).join(t('ui.sensitivity.listSeparator')) })}
            </Typography.Paragraph>
          )}
          <MonteCarloResults summary={mc.state.summary} names={names} fontSize={fontSize} />
        </>
      )}
      {schemeName !== undefined && unitOptions.length > 0 && (
        <>
          <StabilityPanel period={period} scheme={schemeName} units={unitOptions} nodeName={nodeName} fontSize={fontSize} />
          <SweepPanel period={period} scheme={schemeName} units={unitOptions} nodes={nodes} fontSize={fontSize} />
        </>
      )}
    </div>
  );
}
