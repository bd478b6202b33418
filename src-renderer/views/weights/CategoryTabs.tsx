import { Tabs } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { distinct } from '../../lib/distinct';
import { comparePinyin } from '../../lib/pinyin';
import { useCatalog } from '../../state/catalog';
import { useWeights } from '../../state/weights';

const ALL = '\u0000all';

/** 'All units' plus one tab per unit category: a category's tab edits that category's own
 * weights (ScoringScheme.categoryWeights). */
export function CategoryTabs() {
  const { t } = useTranslation();
  const units = useCatalog((s) => s.units);
  const active = useWeights((s) => s.activeCategory);
  const setActive = useWeights((s) => s.setActiveCategory);
  const categories = useMemo(() => distinct(units.map((u) => u.category)).sort(comparePinyin), [units]);
  if (categories.length === 0) return null;
  return (
    <Tabs
      className="kp-category-tabs"
      size="small"
      activeKey={active ?? ALL}
      onChange={(k) => setActive(k === ALL ? null : k)}
      items={[
        { key: ALL, label: <span data-testid="weights-category-all">{t('ui.weights.tabs.all')}</span> },
        ...categories.map((c) => ({ key: c, label: <span data-testid={`weights-category-${c}`}>{c}</span> })),
      ]}
    />
  );
}
