import { Alert, Empty, Spin, Tabs } from 'antd';
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAvailableHeight, useTableScrollY } from '../../lib/useAvailableHeight';
import { useCatalog } from '../../state/catalog';
import { useWeights, type GroupMethod } from '../../state/weights';
import { CategoryTabs } from './CategoryTabs';
import { GroupMethodDrawer, type MethodTarget } from './GroupMethodDrawer';
import { LivePreviewPanel } from './LivePreview';
import { SchemesPanel } from './schemes/SchemesPanel';
import { TreeToolbar } from './TreeToolbar';
import { useObjectiveWeights, type DataMethod } from './useObjectiveWeights';
import { useWeightRows } from './useWeightRows';
import { WeightsHeader } from './WeightsHeader';
import { WeightsSunburst } from './WeightsSunburst';
import { WeightTreeTable, type ObjectiveColumn } from './WeightTreeTable';
import './weights.css';

/** The weights screen: the indicator tree with its weights (slider, points, shares, lock,
 * reset, the objective weights beside them), a method per group, category tabs, the live
 * ranking and the weight structure beside the tree, and the stored schemes below. */
export function WeightsView() {
  const { t } = useTranslation();
  const period = useCatalog((s) => s.period);
  const indicators = useCatalog((s) => s.indicators);
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

  // Stable callbacks: the screen's parts are memoised, and a weight edit re-renders only the
  // parts that draw weights (the tree, the sunburst, the method drawer), never the screen.
  const openMethod = useCallback((group: string, m: GroupMethod) => setTarget({ group, method: m }), []);
  const closeMethod = useCallback(() => setTarget(null), []);
  const showSchemes = useCallback(() => schemesRef.current?.scrollIntoView({ behavior: 'smooth' }), []);

  if (!period) return <Empty description={t('ui.common.noPeriod')} />;
  const method = t(`ui.weights.method.${reference}`);

  return (
    <div className="kp-weights">
      <WeightsHeader onShowSchemes={showSchemes} />
      <CategoryTabs />
      <WeightsCategoryNote />
      <div className="kp-weights-body">
        <div className="kp-weights-main">
          <TreeToolbar reference={reference} onReference={setReference} onOpenMethod={openMethod} />
          <div ref={treeRef}>
            <TreeArea
              empty={indicators.length === 0}
              scrollY={scrollY}
              title={t('ui.weights.column.objective', { method })}
              hint={t('ui.weights.column.objectiveHint', { method, period })}
              weights={objective.data}
              onOpenMethod={openMethod}
            />
          </div>
        </div>
        <div className="kp-weights-side" ref={sideRef} style={{ height: sideHeight }}>
          <Tabs
            size="small"
            className="kp-side-tabs"
            items={[
              { key: 'preview', label: t('ui.weights.side.preview'), children: <MemoPreview period={period} /> },
              {
                key: 'structure',
                label: <span data-testid="weights-tab-structure">{t('ui.weights.side.structure')}</span>,
                children: <LiveSunburst height={340} />,
              },
            ]}
          />
        </div>
      </div>
      <div className="kp-weights-schemes" ref={schemesRef}>
        <MemoSchemes />
      </div>
      <p className="kp-weights-footnote">{t('ui.weights.adjustmentsNote')}</p>
      <LiveMethodDrawer target={target} onClose={closeMethod} />
    </div>
  );
}

const MemoPreview = memo(LivePreviewPanel);
const MemoSchemes = memo(SchemesPanel);
const MemoTreeTable = memo(WeightTreeTable);

/** The tree table over the working weights (or its empty and loading states). */
const TreeArea = memo(function TreeArea(props: {
  empty: boolean;
  scrollY: number;
  title: string;
  hint: string;
  weights: ObjectiveColumn['weights'];
  onOpenMethod: (group: string, method: GroupMethod) => void;
}) {
  const { t } = useTranslation();
  // Deferred: the table of sliders redraws after the live ranking, not before it. An edit
  // renders this at once with the rows of before (nothing built, nothing to draw), the
  // rescored ranking commits as soon as the worker answers, and the table follows in an
  // interruptible render.
  const rows = useWeightRows('deferred');
  const { title, hint, weights } = props;
  const objective = useMemo(() => ({ title, hint, weights }), [title, hint, weights]);
  if (rows.length === 0 && props.empty) return <Empty description={t('ui.indicators.empty')} />;
  if (rows.length === 0) {
    return (
      <Spin tip={t('ui.weights.loading')}>
        <div style={{ height: 200 }} />
      </Spin>
    );
  }
  return <MemoTreeTable rows={rows} scrollY={props.scrollY} objective={objective} onOpenMethod={props.onOpenMethod} />;
});

const LiveSunburst = memo(function LiveSunburst({ height }: { height: number }) {
  return <WeightsSunburst rows={useWeightRows('deferred')} height={height} />;
});

const LiveMethodDrawer = memo(function LiveMethodDrawer(props: { target: MethodTarget | null; onClose: () => void }) {
  // The rows only while a group's method is open: closed, the drawer draws none of them.
  return <GroupMethodDrawer target={props.target} rows={useWeightRows(props.target !== null ? 'now' : 'never')} onClose={props.onClose} />;
});

function WeightsCategoryNote() {
  const { t } = useTranslation();
  const category = useWeights((s) => s.activeCategory);
  if (category === null) return null;
  return <Alert className="kp-category-note" type="info" showIcon message={t('ui.weights.tabs.categoryNote', { category })} />;
}
