import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatScore } from '../../lib/format';
import type { ItemRow } from './explainRows';

const KIND_COLOURS: Record<ItemRow['kind'], string> = { bonus: 'green', penalty: 'orange', veto: 'red' };

/** The bonus, penalty and veto items that apply to the unit, with their points (and caps) and
 * the department that reports them. */
export function ExplainItems({ items }: { items: ItemRow[] }) {
  const { t } = useTranslation();
  if (items.length === 0) {
    return (
      <Typography.Paragraph type="secondary" data-testid="explain-items">
        {t('ui.ranking.explain.itemsNone')}
      </Typography.Paragraph>
    );
  }
  return (
    <ul className="kp-explain-items" data-testid="explain-items">
      {items.map((item) => (
        <li key={item.code} data-testid={`explain-item-${item.code}`}>
          <Tag color={KIND_COLOURS[item.kind]}>{t(`ui.kind.${item.kind}`)}</Tag>
          <span className="kp-explain-item-name">{item.name}</span>
          <span className="kp-muted-code"> {item.code}</span>
          <span className="kp-explain-item-points">
            {item.kind === 'veto' ? (
              <strong style={{ color: '#cf1322' }}>{t('ui.ranking.explain.vetoHit')}</strong>
            ) : (
              <>
                <strong>{item.kind === 'bonus' ? '+' : '−'}{formatScore(item.points)}</strong>
                {item.cap !== null && <span className="kp-muted-code"> {t('ui.ranking.explain.cap', { cap: formatScore(item.cap) })}</span>}
              </>
            )}
          </span>
          {item.department && <span className="kp-explain-item-dept">{item.department}</span>}
        </li>
      ))}
    </ul>
  );
}
