import { Alert, Button, InputNumber, Select, Space, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallInput, CallResult, ScenarioRefInput } from './types';
import { api, toApiError, type ApiError } from '../../api';
import { formatValue } from '../../lib/format';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { RankBoundsResult } from './RankBoundsResult';
import { useRankProof } from './useRankProof';

type Option = { value: string; label: string };

/** Goal seeking (the smallest change of one indicator to reach a rank) in the scenario being
 * edited, and the best and worst rank within weight bounds. */
export function GoalSeekPanel(props: {
  scenario: ScenarioRefInput;
  units: Option[];
  leaves: Option[];
  /** The scheme's grades, best first (a grade can be the target when there are any). */
  grades: string[];
  onApply: (unit: string, indicator: string, value: number) => void;
}) {
  const { t } = useTranslation();
  const [unit, setUnit] = useState<string | null>(null);
  const [indicator, setIndicator] = useState<string | null>(null);
  const [rank, setRank] = useState(1);
  /** '' = a rank is the target, else the grade. */
  const [grade, setGrade] = useState('');
  const [bound, setBound] = useState(20);
  const [goal, setGoal] = useState<CallResult<'goalSeek'> | null>(null);
  const [bounds, setBounds] = useState<CallResult<'rankBounds'> | null>(null);
  /** The question the bounds answer (a proof of an end asks the same). */
  const [boundsArgs, setBoundsArgs] = useState<CallInput<'rankBounds'> | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const proof = useRankProof(boundsArgs, bounds, setBounds, useCallback((e: unknown) => setError(toApiError(e)), []));
  /** The question being answered (the exact rank bounds can take a few seconds). */
  const [busy, setBusy] = useState<'goal' | 'bounds' | null>(null);
  const u = unit ?? props.units[0]?.value ?? null;
  const ind = indicator ?? props.leaves[0]?.value ?? null;
  const label = (opts: Option[], v: string) => opts.find((o) => o.value === v)?.label ?? v;
  const run = async <T,>(which: 'goal' | 'bounds', f: () => Promise<T>, set: (v: T) => void) => {
    setError(null);
    setBusy(which);
    try {
      set(await f());
    } catch (e) {
      setError(toApiError(e));
    } finally {
      setBusy(null);
    }
  };
  // A result answers the question asked: another unit, indicator or target clears it (the
  // rank bounds are the unit's too).
  const chooseUnit = (v: string) => {
    setUnit(v);
    setGoal(null);
    setBounds(null);
  };
  return (
    <div data-testid="goal-panel">
      <Typography.Title level={4}>{t('ui.whatif.goal.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('ui.whatif.goal.intro')}</Typography.Paragraph>
      <Space wrap>
        <Select showSearch optionFilterProp="label" style={{ width: 200 }} options={props.units} value={u} onChange={chooseUnit} data-testid="goal-unit" />
        <Select showSearch optionFilterProp="label" style={{ width: 220 }} options={props.leaves} value={ind} onChange={(v) => (setIndicator(v), setGoal(null))} data-testid="goal-indicator" />
        {props.grades.length > 0 && (
          <Select
            style={{ width: 160 }}
            value={grade}
            onChange={(v) => (setGrade(v), setGoal(null))}
            data-testid="goal-grade"
            options={[{ value: '', label: t('ui.whatif.goal.targetRank') }, ...props.grades.map((g) => ({ value: g, label: t('ui.whatif.goal.targetGradeIs', { grade: g }) }))]}
          />
        )}
        {grade === '' && (
          <InputNumber min={1} precision={0} value={rank} onChange={(v) => (setRank(v ?? 1), setGoal(null))} addonBefore={t('ui.whatif.goal.targetRank')} data-testid="goal-rank" />
        )}
        <Button data-testid="goal-seek" disabled={!u || !ind} loading={busy === 'goal'}
          onClick={() => void run('goal', () => api.goalSeek({ ...props.scenario, unit: u!, indicator: ind!, target: grade === '' ? { rank } : { grade } }), setGoal)}>
          {t('ui.whatif.goal.seek')}
        </Button>
      </Space>
      {error && <ErrorAlert error={error} />}
      {goal && (
        <Alert
          style={{ marginTop: 8 }}
          data-testid="goal-result"
          type={goal.reachable ? 'success' : 'warning'}
          message={
            goal.reachable
              ? t('ui.whatif.goal.found', {
                  indicator: label(props.leaves, goal.indicator),
                  from: formatValue(goal.from),
                  value: formatValue(goal.value),
                  change: formatValue(goal.change),
                  rank: goal.rank,
                }) + (goal.grade ? ` ${t('ui.whatif.goal.gradeThen', { grade: goal.grade })}` : '')
              : t('ui.whatif.goal.unreachable')
          }
          action={goal.reachable ? <Button size="small" onClick={() => props.onApply(goal.unit, goal.indicator, goal.value!)}>{t('ui.whatif.goal.apply')}</Button> : undefined}
        />
      )}
      <Typography.Title level={5} style={{ marginTop: 16 }}>{t('ui.whatif.bounds.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('ui.whatif.bounds.intro')}</Typography.Paragraph>
      <Space wrap>
        <InputNumber min={0} max={99} value={bound} onChange={(v) => (setBound(v ?? 0), setBounds(null))} addonBefore={t('ui.whatif.bounds.relative')} data-testid="bounds-relative" />
        <Button data-testid="bounds-compute" loading={busy === 'bounds'}
          disabled={!u || proof.progress?.status === 'running'}
          onClick={() => {
            const args = { ...props.scenario, unit: u!, relative: bound / 100 };
            void run('bounds', () => api.rankBounds(args), (b) => (setBoundsArgs(args), setBounds(b)));
          }}>
          {t('ui.whatif.bounds.compute')}
        </Button>
      </Space>
      {bounds && <RankBoundsResult bounds={bounds} unit={label(props.units, bounds.unit)} progress={proof.progress} settled={proof.settled} onProve={(end) => void proof.prove(end)} onStop={proof.stop} />}
    </div>
  );
}
