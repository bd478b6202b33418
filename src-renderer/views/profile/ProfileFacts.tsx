import { useTranslation } from 'react-i18next';
import type { CallResult } from '../../../src-shared/api';
import { signedGap } from '../../charts/peerStyle';
import { formatScore, formatValue, MISSING } from '../../lib/format';
import { indicatorName } from '../../lib/names';
import { useCatalog } from '../../state/catalog';

export type Profile = CallResult<'unitProfile'>;

/** The report card's head: name, township, category, period, and the figures that matter
 * most — total, ranks overall and in the category, grade, bonus and penalty. */
export function ProfileHeader({ p }: { p: Profile }) {
  const { t } = useTranslation();
  const u = p.comparison.unit;
  const rankOf = (rank: number | null, count: number) => (rank === null ? MISSING : t('ui.profile.rankOf', { rank, count }));
  const kpis: [string, string][] = [
    [t('ui.profile.total'), formatScore(p.total)],
    [t('ui.profile.rank'), rankOf(p.rank, p.ranked)],
    [t('ui.profile.rankInCategory'), rankOf(p.rankInCategory, p.rankedInCategory)],
    [t('ui.profile.grade'), p.grade ?? MISSING],
    [t('ui.profile.bonus'), p.bonus > 0 ? `+${formatScore(p.bonus)}` : formatScore(0)],
    [t('ui.profile.penalty'), p.penalty > 0 ? `−${formatScore(p.penalty)}` : formatScore(0)],
  ];
  return (
    <header>
      <h1 data-testid="profile-title">
        {u.name} · {t('ui.profile.title')}
      </h1>
      <div className="kp-profile-sub">
        <span>{t('ui.profile.fact', { label: t('ui.profile.township'), value: u.parentName ?? MISSING })}</span>
        <span>{t('ui.profile.fact', { label: t('ui.profile.category'), value: u.category ?? MISSING })}</span>
        <span>{t('ui.profile.fact', { label: t('ui.profile.period'), value: p.period })}</span>
        <span>{t('ui.profile.peers', { kind: t(`ui.peers.kinds.${u.category ? 'category' : 'level'}`), count: p.comparison.peers.length })}</span>
      </div>
      <div className="kp-profile-kpis">
        {kpis.map(([label, value]) => (
          <div key={label}>
            <div className="kp-profile-kpi-label">{label}</div>
            <div className="kp-profile-kpi-value">{value}</div>
          </div>
        ))}
      </div>
    </header>
  );
}

/** The report card's lists: the trend in numbers, strengths and weaknesses with their gaps to
 * the peer median, goal completion, and bonus, penalty and veto items. */
export function ProfileLists({ p }: { p: Profile }) {
  const { t, i18n } = useTranslation();
  const indicators = useCatalog((s) => s.indicators);
  const byCode = new Map(indicators.map((i) => [i.code, i]));
  const name = (code: string) => {
    const i = byCode.get(code);
    return i ? indicatorName(i, i18n.language) : code;
  };
  const standing = new Map(p.comparison.indicators.map((i) => [i.code, i]));
  const line = (code: string) => {
    const s = standing.get(code);
    const unit = byCode.get(code)?.unit ?? null;
    return t('ui.profile.standing', {
      name: name(code),
      value: `${formatValue(s?.value)}${unit ? ` ${unit}` : ''}`,
      median: formatValue(s?.peerMedian),
      gap: signedGap(s?.gap ?? null, unit),
      percentile: s?.percentile == null ? MISSING : t('ui.peers.chart.percentile', { p: Math.round(s.percentile) }),
    });
  };
  const g = p.goals;
  return (
    <div className="kp-profile-grid">
      <section>
        <h2>{t('ui.profile.strengths')}</h2>
        <ul data-testid="profile-strengths-list">{p.comparison.strengths.map((c) => <li key={c}>{line(c)}</li>)}</ul>
        <h2>{t('ui.profile.weaknesses')}</h2>
        <ul>{p.comparison.weaknesses.map((c) => <li key={c}>{line(c)}</li>)}</ul>
      </section>
      <section>
        <h2>{t('ui.profile.trendList')}</h2>
        <div>
          {p.trend.map((x) => t('ui.profile.trendItem', { period: x.period, total: formatScore(x.total), rank: x.rank ?? MISSING })).join(' · ')}
        </div>
        <h2>{t('ui.profile.goals')}</h2>
        {g ? (
          <div data-testid="profile-goals">
            <strong>{t('ui.profile.goalsRate', { rate: g.rate === null ? MISSING : `${formatValue(g.rate)}%` })}</strong>
            <div>
              {t('ui.profile.goalsCounts', {
                total: g.total, counted: g.counted, done: g.byStatus.done ?? 0, partial: g.byStatus.partial ?? 0,
                missed: g.byStatus.missed ?? 0, set: g.byStatus.set ?? 0, dropped: g.byStatus.dropped ?? 0,
              })}
            </div>
          </div>
        ) : (
          <div>{t('ui.profile.noGoals')}</div>
        )}
        <h2>{t('ui.profile.items')}</h2>
        {p.items.length === 0 ? (
          <div>{t('ui.profile.noItems')}</div>
        ) : (
          <ul data-testid="profile-items">
            {p.items.map((item) => (
              <li key={item.code}>
                {t('ui.profile.item', {
                  name: name(item.code),
                  points: item.kind === 'veto' ? t('ui.profile.veto') : `${item.kind === 'bonus' ? '+' : '−'}${formatScore(item.points)}`,
                })}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
