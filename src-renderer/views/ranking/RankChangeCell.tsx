import { ArrowDownOutlined, ArrowUpOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { MEANING } from '../../charts/palette';
import type { RankChange } from './rankChange';

/** The change column: ▲ n places up (bluish green), ▼ n down (vermilion), = the same, or
 * "new". Arrow and number carry the meaning; the colour (Okabe–Ito) only helps. */
export function RankChangeCell({ unit, change }: { unit: string; change: RankChange }) {
  const { t } = useTranslation();
  const common = { 'data-testid': `ranking-change-${unit}`, 'data-change': change.kind, className: 'kp-num' };
  switch (change.kind) {
    case 'up':
      return (
        <span {...common} title={t('ui.ranking.changeUp', { count: change.by, from: change.from })} style={{ color: MEANING.gain, fontWeight: 600 }}>
          <ArrowUpOutlined /> {change.by}
        </span>
      );
    case 'down':
      return (
        <span {...common} title={t('ui.ranking.changeDown', { count: change.by, from: change.from })} style={{ color: MEANING.loss, fontWeight: 600 }}>
          <ArrowDownOutlined /> {change.by}
        </span>
      );
    case 'same':
      return (
        <span {...common} title={t('ui.ranking.changeSame', { from: change.from })} style={{ color: '#8c8c8c' }}>
          =
        </span>
      );
    case 'new':
      return (
        <span {...common} title={t('ui.ranking.changeNew')} style={{ color: MEANING.gain }}>
          {t('ui.ranking.changeNewShort')}
        </span>
      );
    case 'out':
      return (
        <span {...common} title={t('ui.ranking.changeOut', { from: change.from })} style={{ color: MEANING.loss }}>
          —
        </span>
      );
    case 'none':
      return (
        <span {...common} title={t('ui.ranking.changeNone')} className="kp-muted">
          ·
        </span>
      );
  }
}
