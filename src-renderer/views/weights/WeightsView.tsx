import { Alert, Empty, Spin, Tabs } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAvailableHeight, useTableScrollY } from '../../lib/useAvailableHeight';
import { useCatalog } from '../../state/catalog';
import { useWeights } from '../../state/weights';
import { CategoryTabs } from './CategoryTabs';
import { GroupMethodDrawer, type MethodTarget } from './GroupMethodDrawer';
import { LivePreviewPanel } from './LivePreview';
import { SchemesPanel } from './schemes/SchemesPanel';
import { TreeToolbar } from './TreeToolbar';
import { useObjectiveWeights, type DataMethod } from './useObjectiveWeights';
import { useWeightRows } from './useWeightRows';
import { WeightsHeader } from './WeightsHeader';
import { WeightsSunburst } from './WeightsSunburst';
import { WeightTreeTable } from './WeightTreeTable';
import './weights.css';

/** The weights screen: the indicator tree with its weights (slider, points, shares, lock,
 * reset, the objective weights beside them), a method per group, category tabs, the live
 * ranking and the weight structure beside the tree, and the stored schemes below. */
export function WeightsView() {
  const { t } = useTranslation();
  const period = useCatalog((s) => s.period);
  const indicators = useCatalog((s) => s.indicators);
  const rows = useWeightRows();
  const [reference, setReference] = useState<DataMethod>('entropy');
  const [target, setTarget] = useState<MethodTarget | null>(null);
  const objective = useObjectiveWeights(reference);
  const treeRef = useRef<HTMLDivElement>(null);
  const sideRef = useRef<HTMLDivElement>(null);
  const schemesRef = useRef<HTMLDivElement>(null);
  const scrollY = useTableScrollY(treeRef, 24, 240);
  const sideHeight = useAvailableHeight(sideRef, 24, 360);

  // The workspace follows the catalog's tree: loaded with the tree's own weights the first
  // time, and again on the new tree after an import.
  useEffect(() => {
    const s = useWeights.getState();
    if (s.tree === null && s.indicators.length === 0) s.load(null, {}, indicators);
    else s.setIndicators(indicators);
  }, [indicators]);

  if (!period) return <Empty description={t('ui.common.noPeriod')} />;
  const method = t(`ui.weights.method.${reference}`);

  return (
    <div className="kp-weights">
      <WeightsHeader onShowSchemes={() => schemesRef.current?.scrollIntoView({ behavior: 'smooth' })} />
      <CategoryTabs />
      <WeightsCategoryNote />
      <div className="kp-weights-body">
        <div className="kp-weights-main">
          <TreeToolbar reference={reference} onReference={setReference} onOpenMethod={(group, m) => setTarget({ group, method: m })} />
          <div ref={treeRef}>
            {rows.length === 0 && indicators.length === 0 ? (
              <Empty description={t('ui.indicators.empty')} />
            ) : rows.length === 0 ? (
              <Spin tip={t('ui.weights.loading')}>
                <div style={{ height: 200 }} />
              </Spin>
            ) : (
              <WeightTreeTable
                rows={rows}
                scrollY={scrollY}
                objective={{
                  title: t('ui.weights.column.objective', { method }),
                  hint: t('ui.weights.column.objectiveHint', { method, period }),
                  weights: objective.data,
                }}
                onOpenMethod={(group, m) => setTarget({ group, method: m })}
              />
            )}
          </div>
        </div>
        <div className="kp-weights-side" ref={sideRef} style={{ height: sideHeight }}>
          <Tabs
            size="small"
            className="kp-side-tabs"
            items={[
              { key: 'preview', label: t('ui.weights.side.preview'), children: <LivePreviewPanel period={period} /> },
              {
                key: 'structure',
                label: <span data-testid="weights-tab-structure">{t('ui.weights.side.structure')}</span>,
                children: <WeightsSunburst rows={rows} height={340} />,
              },
            ]}
          />
        </div>
      </div>
      <div className="kp-weights-schemes" ref={schemesRef}>
        <SchemesPanel />
      </div>
      <p className="kp-weights-footnote">{t('ui.weights.adjustmentsNote')}</p>
      <GroupMethodDrawer target={target} rows={rows} onClose={() => setTarget(null)} />
    </div>
  );
}

function WeightsCategoryNote() {
  const { t } = useTranslation();
  const category = useWeights((s) => s.activeCategory);
  if (category === null) return null;
  return <Alert className="kp-category-note" type="info" showIcon message={t('ui.weights.tabs.categoryNote', { category })} />;
}
