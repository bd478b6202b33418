import { Alert, App, Button, Drawer, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { indicatorName } from '../../lib/names';
import { useCatalog } from '../../state/catalog';
import { ROOT_GROUP, useWeights, type GroupMethod } from '../../state/weights';
import { AhpEditor } from './AhpEditor';
import { evaluatePairwise, pairwiseFromWeights, type Pairwise } from './ahpModel';
import { CombinedEditor } from './CombinedEditor';
import { combinedShares, equalShares, objectiveWithinGroup, sharesOf } from './groupWeights';
import { proposalLines, type GroupItem } from './proposal';
import { ProposalTable } from './ProposalTable';
import { isDataMethod, useObjectiveWeights, type DataMethod } from './useObjectiveWeights';
import { groupMembers, type WeightRow } from './weightTree';

/** The largest pairwise matrix AHP takes (Saaty's random index table, engine random-index.ts). */
const AHP_MAX = 15;

export interface MethodTarget {
  group: string;
  method: GroupMethod;
}

/** The editor of a group's weighting method, in a drawer: the method's own controls, the
 * proposal beside the current weights, and one explicit "apply". */
export function GroupMethodDrawer({ target, rows, onClose }: { target: MethodTarget | null; rows: WeightRow[]; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const groupRow = target && target.group !== ROOT_GROUP ? findRow(rows, target.group) : null;
  const groupName = !target ? '' : target.group === ROOT_GROUP ? t('ui.weights.group.top') : groupRow ? indicatorName(groupRow.indicator, i18n.language) : target.group;
  return (
    <Drawer
      open={target !== null}
      onClose={onClose}
      width={900}
      destroyOnHidden
      data-testid="method-drawer"
      title={target ? t('ui.weights.drawer.title', { group: groupName, method: t(`ui.weights.method.${target.method}`) }) : ''}
    >
      {target && <MethodPanel key={`${target.group}:${target.method}`} target={target} groupName={groupName} rows={rows} onDone={onClose} />}
    </Drawer>
  );
}

function findRow(rows: WeightRow[], code: string): WeightRow | null {
  for (const r of rows) {
    if (r.key === code) return r;
    const hit = r.children ? findRow(r.children, code) : null;
    if (hit) return hit;
  }
  return null;
}

function MethodPanel({ target, groupName, rows, onDone }: { target: MethodTarget; groupName: string; rows: WeightRow[]; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const { group, method } = target;
  const locale = i18n.language;
  const period = useCatalog((s) => s.period);
  const dispatch = useWeights((s) => s.dispatch);
  const locks = useWeights((s) => s.locks);
  const category = useWeights((s) => s.activeCategory) ?? undefined;
  // what the weights in force were made with (kept in the undoable model)
  const saved = useWeights((s) => s.methodOptions[group]);

  const members = groupMembers(rows, group);
  const items: GroupItem[] = members.map((m) => ({ code: m.key, name: indicatorName(m.indicator, locale), points: m.points }));
  const codes = items.map((i) => i.code);
  const ofIndicators = members.every((m) => !m.children);
  const points = Object.fromEntries(items.map((i) => [i.code, i.points]));

  // the editors' state, starting from what was chosen last time for this group
  const [matrix, setMatrix] = useState<Pairwise>(() =>
    saved?.pairwise && saved.pairwise.length === items.length ? saved.pairwise : pairwiseFromWeights(items.map((i) => i.points)),
  );
  const [alpha, setAlpha] = useState(saved?.alpha ?? 0.5);
  const [objectiveMethod, setObjectiveMethod] = useState<DataMethod>(saved?.objective && isDataMethod(saved.objective) ? saved.objective : 'entropy');

  const dataMethod: DataMethod | null = !ofIndicators ? null : isDataMethod(method) ? method : method === 'combined' ? objectiveMethod : null;
  const objectiveData = useObjectiveWeights(dataMethod);
  const objective = useMemo(
    () => (objectiveData.data ? objectiveWithinGroup(objectiveData.data, codes) : null),
    [objectiveData.data, codes.join('\u0000')],
  );

  const ahp = useMemo(() => {
    if (method !== 'ahp' || items.length > AHP_MAX || items.length === 0) return null;
    return evaluatePairwise(matrix, codes);
  }, [method, matrix, codes.join('\u0000')]);

  const policy = sharesOf(points, codes);
  let proposal: Record<string, number> | null = null;
  if (method === 'equal') proposal = equalShares(codes);
  else if (method === 'ahp' && ahp) proposal = Object.fromEntries(codes.map((c, k) => [c, ahp.weights[k]]));
  else if (isDataMethod(method)) proposal = objective;
  else if (method === 'combined' && objective) proposal = combinedShares(policy ?? equalShares(codes), objective, alpha, codes);

  const lines = proposalLines(items, proposal, dataMethod ? objective : null, locks);
  const needsData = isDataMethod(method) || method === 'combined';

  const apply = () => {
    if (!proposal) return;
    // One action, so one undo takes back the weights, the method's label and the editor's
    // inputs (matrix, α) together.
    const options = method === 'ahp' ? { pairwise: matrix } : method === 'combined' ? { alpha, objective: objectiveMethod } : {};
    dispatch({ type: 'applyGroupWeights', parent: group, weights: proposal, method, category, options });
    void message.success(t('ui.weights.drawer.applied', { group: groupName }));
    onDone();
  };

  return (
    <div className="kp-method-panel">
      {needsData && !ofIndicators && (
        <Alert type="info" showIcon data-testid="objective-groups-only" message={t('ui.weights.objective.onlyIndicators', { group: groupName })} />
      )}
      {needsData && ofIndicators && (
        <Alert type="warning" showIcon className="kp-method-note" message={t('ui.weights.objective.note', { period: period ?? '' })} />
      )}
      {needsData && ofIndicators && objectiveData.loading && <Typography.Text type="secondary">{t('ui.weights.objective.loading')}</Typography.Text>}
      {needsData && ofIndicators && objectiveData.data && !objective && (
        <Alert type="error" showIcon message={t('ui.weights.objective.empty', { period: period ?? '' })} />
      )}
      {method === 'equal' && <Typography.Paragraph>{t('ui.weights.equal.note', { count: items.length })}</Typography.Paragraph>}
      {method === 'ahp' && items.length > AHP_MAX && <Alert type="error" showIcon message={t('ui.weights.ahp.tooMany', { count: items.length })} />}
      {method === 'ahp' && items.length <= AHP_MAX && <AhpEditor items={items} matrix={matrix} view={ahp} onChange={setMatrix} />}
      {method === 'combined' && ofIndicators && (
        <CombinedEditor alpha={alpha} objective={objectiveMethod} onAlpha={setAlpha} onObjective={setObjectiveMethod} />
      )}
      {(!needsData || ofIndicators) && (
        <>
          <ProposalTable lines={lines} showObjective={dataMethod !== null} />
          {locks.size > 0 && lines.some((l) => l.locked) && <Typography.Paragraph type="secondary">{t('ui.weights.drawer.lockedNote')}</Typography.Paragraph>}
        </>
      )}
      <Space className="kp-method-actions">
        <Button type="primary" data-testid="method-apply" disabled={!proposal} title={t('ui.weights.drawer.applyHint')} onClick={apply}>
          {t('ui.weights.drawer.apply')}
        </Button>
        <Button onClick={onDone}>{t('ui.weights.drawer.cancel')}</Button>
      </Space>
    </div>
  );
}
