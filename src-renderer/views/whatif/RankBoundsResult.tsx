import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CallResult } from './types';

type Bounds = CallResult<'rankBounds'>;

/** The best and worst rank within the weight bounds: each the rank reached and, where the
 * certificate's limit is not reached, that limit ("no weights do better than …"). A proven end
 * says so with a tag, so the committee can tell a certain extreme from a found one. */
export function RankBoundsResult({ bounds, unit }: { bounds: Bounds; unit: string }) {
  const { t } = useTranslation();
  const end = (which: 'best' | 'worst') => {
    const b = bounds[which];
    if (b.rank === null) return t('ui.whatif.bounds.unranked');
    if (b.proven) return t(`ui.whatif.bounds.${which}Proven`, { rank: b.rank });
    if (b.limit === null) return t(`ui.whatif.bounds.${which}Found`, { rank: b.rank });
    return t(`ui.whatif.bounds.${which}Open`, { rank: b.rank, limit: b.limit });
  };
  return (
    <div style={{ marginTop: 8 }} data-testid="bounds-result">
      <Typography.Paragraph style={{ marginBottom: 4 }} data-testid="bounds-nominal">
        {bounds.nominal === null ? t('ui.whatif.bounds.nominalNone', { unit }) : t('ui.whatif.bounds.nominal', { unit, rank: bounds.nominal })}
      </Typography.Paragraph>
      {(['best', 'worst'] as const).map((which) => (
        <Typography.Paragraph key={which} style={{ marginBottom: 4 }} data-testid={`bounds-${which}`}>
          {end(which)}{' '}
          <Tag color={bounds[which].proven ? 'green' : 'default'} data-testid={`bounds-${which}-tag`}>
            {t(bounds[which].proven ? 'ui.whatif.bounds.proven' : 'ui.whatif.bounds.open')}
          </Tag>
        </Typography.Paragraph>
      ))}
    </div>
  );
}
