import { App, Button, Col, Divider, Empty, List, Row, Space, Spin } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallResult } from '../../../src-shared/api';
import { api, toApiError, type ApiError } from '../../api';
import { downloadBytes } from '../../lib/download';
import { indicatorName } from '../../lib/names';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { chartFontSize, useRoom } from '../../shell/room';
import { useCatalog } from '../../state/catalog';
import { useAsync } from '../../state/useAsync';
import { GoalSeekPanel } from './GoalSeekPanel';
import { ScenarioEditor } from './ScenarioEditor';
import { ScenarioResults } from './ScenarioResults';
import { emptyDraft, fromStored, toDefinition, type ScenarioDraft } from './scenarioDraft';

/** 情景模拟: saved scenarios, the editor (base scheme, weight changes, methods, quota, data
 * changes), the comparison with the baseline, export, and goal seeking. */
export function WhatifView() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const period = useCatalog((s) => s.period);
  const units = useCatalog((s) => s.units);
  const indicators = useCatalog((s) => s.indicators);
  const version = useCatalog((s) => s.version);
  const presenting = useRoom((s) => s.presenting);
  const fontSize = chartFontSize(presenting);
  const [listVersion, setListVersion] = useState(0);
  const schemes = useAsync(() => api.listSchemes({}), [version]);
  const scenarios = useAsync(() => api.listScenarios({}), [version, listVersion]);
  const [draft, setDraft] = useState<ScenarioDraft>(emptyDraft());
  const [result, setResult] = useState<CallResult<'runScenario'> | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const base = useMemo(() => schemes.data?.find((s) => s.name === draft.scheme)?.scheme ?? {}, [schemes.data, draft.scheme]);
  const definition = useMemo(() => toDefinition(draft, base), [draft, base]);
  const ref = { period: period ?? undefined, scheme: draft.scheme, definition };
  const name = (i: { name: string; nameEn: string | null }) => indicatorName(i, i18n.language);
  const parents = useMemo(() => new Set(indicators.map((i) => i.parent)), [indicators]);
  const scored = indicators.filter((i) => i.kind === 'indicator');
  const nodes = scored.map((i) => ({ value: i.code, label: `${i.code} ${name(i)}` }));
  const leaves = scored.filter((i) => !parents.has(i.code)).map((i) => ({ value: i.code, label: `${i.code} ${name(i)}` }));
  const categories = useMemo(() => [...new Set(units.map((u) => u.category).filter((c): c is string => c !== null))], [units]);
  const unitOptions = units.filter((u) => !units.some((v) => v.parent === u.code)).map((u) => ({ value: u.code, label: u.name }));

  const act = async (f: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await f();
    } catch (e) {
      setError(toApiError(e));
    } finally {
      setBusy(false);
    }
  };
  const runIt = () => act(async () => setResult(await api.runScenario({ ...ref, movers: 15 })));
  const save = () =>
    act(async () => {
      const saved = await api.saveScenario({ name: draft.name, scheme: draft.scheme, definition, note: draft.note || null });
      setListVersion((v) => v + 1);
      void message.success(t('ui.whatif.saved', { name: saved.name }));
    });
  const remove = (n: string) =>
    act(async () => {
      await api.deleteScenario({ name: n });
      setListVersion((v) => v + 1);
      void message.success(t('ui.whatif.deleted', { name: n }));
    });
  const exportCsv = () =>
    act(async () => {
      const { filename, csv } = await api.exportScenario(ref);
      downloadBytes(new TextEncoder().encode('\ufeff' + csv), draft.name ? `${draft.name}-${period}.csv` : filename, 'text/csv');
    });

  if (!period) return <Empty description={t('ui.common.noPeriod')} />;
  return (
    <div style={{ overflow: 'auto', minHeight: 0, flex: 1 }} data-testid="whatif-view">
      <h1 className="kp-screen-title">{t('ui.whatif.title')}</h1>
      <Row gutter={16}>
        <Col span={5}>
          <List
            size="small"
            bordered
            header={<b>{t('ui.whatif.scenarios')}</b>}
            data-testid="scenario-list"
            loading={scenarios.loading}
            dataSource={scenarios.data ?? []}
            locale={{ emptyText: t('ui.whatif.none') }}
            renderItem={(s) => (
              <List.Item
                actions={[<a key="del" onClick={() => void remove(s.name)}>{t('ui.whatif.delete')}</a>]}
                style={{ cursor: 'pointer', background: s.name === draft.name ? '#e6f4ff' : undefined }}
                onClick={() => {
                  setDraft(fromStored(s));
                  setResult(null);
                }}
              >
                {s.name}
              </List.Item>
            )}
          />
          <Button style={{ marginTop: 8 }} block onClick={() => { setDraft(emptyDraft(draft.scheme)); setResult(null); }}>
            {t('ui.whatif.newScenario')}
          </Button>
        </Col>
        <Col span={19}>
          <ScenarioEditor
            draft={draft}
            onChange={setDraft}
            schemes={schemes.data ?? []}
            topGrade={base.grades?.labels[0] ?? null}
            nodes={nodes}
            leaves={leaves}
            units={unitOptions}
            categories={categories}
          />
          <Space style={{ marginTop: 12 }}>
            <Button type="primary" data-testid="scenario-run" loading={busy} onClick={() => void runIt()}>{t('ui.whatif.run')}</Button>
            <Button data-testid="scenario-save" disabled={!draft.name.trim()} onClick={() => void save()}>{t('ui.whatif.save')}</Button>
            <Button data-testid="scenario-export" onClick={() => void exportCsv()}>{t('ui.whatif.export')}</Button>
          </Space>
          {error && <div style={{ marginTop: 8 }}><ErrorAlert error={error} /></div>}
          {busy && !result && <Spin><div style={{ height: 80 }} /></Spin>}
          {result && (
            <>
              <Divider />
              <ScenarioResults c={result} fontSize={fontSize} />
            </>
          )}
          <Divider />
          <GoalSeekPanel
            scenario={ref}
            units={unitOptions}
            leaves={leaves}
            grades={definition.overlay?.grades?.labels ?? base.grades?.labels ?? []}
            onApply={(unit, indicator, value) => setDraft({ ...draft, edits: [...draft.edits, { unit, indicator, op: 'set', value }] })}
          />
        </Col>
      </Row>
    </div>
  );
}
