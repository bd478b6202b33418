import { Alert } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useMessage } from '../../i18n/useMessage';
import { indicatorName } from '../../lib/names';
import { useCatalog } from '../../state/catalog';
import type { ScoreResult } from '../../state/types';
import { withNames } from './warningParams';

const SHOWN = 8;

/** The engine's warnings (e.g. a constant indicator treated as missing), translated. */
export function RankingWarnings({ warnings }: { warnings: ScoreResult['warnings'] }) {
  const { t, i18n } = useTranslation();
  const say = useMessage();
  const indicators = useCatalog((s) => s.indicators);
  const units = useCatalog((s) => s.units);
  const locale = i18n.language;
  const indicatorNames = useMemo(() => new Map(indicators.map((i) => [i.code, indicatorName(i, locale)])), [indicators, locale]);
  const unitNames = useMemo(() => new Map(units.map((u) => [u.code, u.name])), [units]);
  if (warnings.length === 0) return null;
  const lines = warnings.slice(0, SHOWN).map((w) => say(w.key, withNames(w.params ?? {}, indicatorNames, unitNames, locale)));
  return (
    <Alert
      data-testid="ranking-warnings"
      type="warning"
      showIcon
      style={{ marginBottom: 12 }}
      message={t('ui.ranking.warningsTitle', { count: warnings.length })}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {lines.map((l, i) => (
            <li key={i}>{l}</li>
          ))}
          {warnings.length > SHOWN && <li>{t('ui.ranking.more', { count: warnings.length - SHOWN })}</li>}
        </ul>
      }
    />
  );
}
