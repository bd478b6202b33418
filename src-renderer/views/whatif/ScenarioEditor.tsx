import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Input, InputNumber, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CallResult } from '../../../src-shared/api';
import { SCORING_METHODS } from '../../../src-shared/model';
import { SchemePicker } from '../sensitivity/SchemePicker';
import type { ScenarioDraft } from './scenarioDraft';

type Option = { value: string; label: string };

/** The scenario's fields: name, base scheme, note, weight changes, method choices, the best
 * grade's quota, and data changes per unit and indicator. */
export function ScenarioEditor(props: {
  draft: ScenarioDraft;
  onChange: (d: ScenarioDraft) => void;
  schemes: CallResult<'listSchemes'>;
  topGrade: string | null;
  nodes: Option[];
  leaves: Option[];
  units: Option[];
  /** The categories units have (分类考核), for moving a unit to another. */
  categories: string[];
}) {
  const { t } = useTranslation();
  const { draft, onChange } = props;
  const set = (patch: Partial<ScenarioDraft>) => onChange({ ...draft, ...patch });
  const unchanged = { value: '', label: t('ui.whatif.unchanged') };
  return (
    <div data-testid="scenario-editor">
      <Space wrap style={{ marginBottom: 8 }}>
        <Input data-testid="scenario-name" style={{ width: 200 }} placeholder={t('ui.whatif.name')} value={draft.name} onChange={(e) => set({ name: e.target.value })} />
        <span>{t('ui.whatif.baseScheme')}</span>
        <SchemePicker schemes={props.schemes} value={draft.scheme} onChange={(scheme) => set({ scheme })} testId="scenario-scheme" />
        <Input style={{ width: 260 }} placeholder={t('ui.whatif.note')} value={draft.note} onChange={(e) => set({ note: e.target.value })} />
      </Space>

      <Typography.Title level={5}>{t('ui.whatif.weights')}</Typography.Title>
      {draft.weights.map((w, k) => (
        <Space key={k} style={{ display: 'flex', marginBottom: 4 }}>
          <Select showSearch optionFilterProp="label" style={{ width: 260 }} options={props.nodes} value={w.node}
            onChange={(node: string) => set({ weights: draft.weights.map((x, j) => (j === k ? { ...x, node } : x)) })} />
          <InputNumber min={0} value={w.weight} addonBefore={t('ui.whatif.weight')}
            onChange={(v) => set({ weights: draft.weights.map((x, j) => (j === k ? { ...x, weight: v ?? 0 } : x)) })} />
          <Button icon={<DeleteOutlined />} aria-label={t('ui.whatif.remove')} onClick={() => set({ weights: draft.weights.filter((_, j) => j !== k) })} />
        </Space>
      ))}
      <Button size="small" icon={<PlusOutlined />} data-testid="add-weight" disabled={props.nodes.length === 0}
        onClick={() => set({ weights: [...draft.weights, { node: props.nodes[0].value, weight: 1 }] })}>
        {t('ui.whatif.add')}
      </Button>

      <Typography.Title level={5}>{t('ui.whatif.methods')}</Typography.Title>
      <Space wrap>
        <span>{t('ui.whatif.scoring')}</span>
        <Select style={{ width: 140 }} value={draft.scoring ?? ''} options={[unchanged, ...SCORING_METHODS.map((m) => ({ value: m, label: m }))]}
          onChange={(v: string) => set({ scoring: v === '' ? null : (v as ScenarioDraft['scoring']) })} />
        <span>{t('ui.whatif.aggregate')}</span>
        <Select style={{ width: 140 }} value={draft.aggregate ?? ''} options={[unchanged, ...['arithmetic', 'geometric', 'topsis'].map((m) => ({ value: m, label: m }))]}
          onChange={(v: string) => set({ aggregate: v === '' ? null : (v as ScenarioDraft['aggregate']) })} />
        <span>{t('ui.whatif.normaliseWithin')}</span>
        <Select style={{ width: 140 }} value={draft.normaliseWithin ?? ''}
          options={[unchanged, { value: 'all', label: t('ui.whatif.within.all') }, { value: 'category', label: t('ui.whatif.within.category') }]}
          onChange={(v: string) => set({ normaliseWithin: v === '' ? null : (v as 'all' | 'category') })} />
        {props.topGrade && (
          <InputNumber min={0} max={100} value={draft.topQuota} addonBefore={t('ui.whatif.quota', { grade: props.topGrade })}
            onChange={(v) => set({ topQuota: v ?? null })} />
        )}
      </Space>

      <Typography.Title level={5}>{t('ui.whatif.edits')}</Typography.Title>
      {draft.edits.map((e, k) => (
        <Space key={k} style={{ display: 'flex', marginBottom: 4 }} data-testid="scenario-edit">
          <Select showSearch optionFilterProp="label" style={{ width: 200 }} options={props.units} value={e.unit}
            onChange={(unit: string) => set({ edits: draft.edits.map((x, j) => (j === k ? { ...x, unit } : x)) })} />
          <Select showSearch optionFilterProp="label" style={{ width: 220 }} options={props.leaves} value={e.indicator}
            onChange={(indicator: string) => set({ edits: draft.edits.map((x, j) => (j === k ? { ...x, indicator } : x)) })} />
          <Select style={{ width: 100 }} value={e.op} options={(['multiply', 'add', 'set'] as const).map((op) => ({ value: op, label: t(`ui.whatif.op.${op}`) }))}
            onChange={(op: 'multiply' | 'add' | 'set') => set({ edits: draft.edits.map((x, j) => (j === k ? { ...x, op } : x)) })} />
          <InputNumber value={e.value} onChange={(v) => set({ edits: draft.edits.map((x, j) => (j === k ? { ...x, value: v ?? 0 } : x)) })} />
          <Button icon={<DeleteOutlined />} aria-label={t('ui.whatif.remove')} onClick={() => set({ edits: draft.edits.filter((_, j) => j !== k) })} />
        </Space>
      ))}
      <Button size="small" icon={<PlusOutlined />} data-testid="add-edit" disabled={props.units.length === 0 || props.leaves.length === 0}
        onClick={() => set({ edits: [...draft.edits, { unit: props.units[0].value, indicator: props.leaves[0].value, op: 'multiply', value: 1.3 }] })}>
        {t('ui.whatif.add')}
      </Button>

      {props.categories.length > 0 && (
        <>
          <Typography.Title level={5}>{t('ui.whatif.categoryMoves')}</Typography.Title>
          {Object.entries(draft.categories).map(([unit, category]) => {
            const others = Object.entries(draft.categories).filter(([u]) => u !== unit);
            const move = (u: string, c: string | null) => set({ categories: Object.fromEntries([...others, [u, c]]) });
            return (
              <Space key={unit} style={{ display: 'flex', marginBottom: 4 }} data-testid="scenario-category-move">
                <Select showSearch optionFilterProp="label" style={{ width: 200 }} options={props.units} value={unit}
                  onChange={(u: string) => move(u, category)} />
                <span>→</span>
                <Select style={{ width: 160 }} value={category ?? ''}
                  options={[{ value: '', label: t('ui.whatif.noCategory') }, ...props.categories.map((c) => ({ value: c, label: c }))]}
                  onChange={(c: string) => move(unit, c === '' ? null : c)} />
                <Button icon={<DeleteOutlined />} aria-label={t('ui.whatif.remove')} onClick={() => set({ categories: Object.fromEntries(others) })} />
              </Space>
            );
          })}
          <Button size="small" icon={<PlusOutlined />} disabled={props.units.length === 0}
            onClick={() => {
              const free = props.units.find((u) => !(u.value in draft.categories));
              if (free) set({ categories: { ...draft.categories, [free.value]: props.categories[0] } });
            }}>
            {t('ui.whatif.add')}
          </Button>
        </>
      )}
    </div>
  );
}
