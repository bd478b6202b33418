import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Space, Spin } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { bumpOption } from '../../charts/bump';
import { Chart } from '../../charts/Chart';
import '../../charts/peersEcharts';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { useCatalog } from '../../state/catalog';
import { useNav } from '../../state/nav';
import { useAsync } from '../../state/useAsync';
import { quadrantFor, radarFor, strengthsFor } from '../peers/peerChartOptions';
import { usePeersChoice } from '../peers/peersState';
import { useStoredScheme } from '../peers/useStoredScheme';
import { ProfileHeader, ProfileLists } from './ProfileFacts';
import './profile.css';

/** The charts of the report card are drawn small: the page is A4. */
const FONT = 10;
const CHART_HEIGHT = 250;

/** 单位画像: one unit on one A4 page — totals and ranks overall and in its category, its rank
 * over time, its dimensions against its category, strengths and weaknesses, the
 * level–improvement quadrant, goal completion and bonus, penalty and veto items. Printing
 * (profile.css) leaves out the app's frame and keeps exactly this page. */
export function ProfileView({ unit }: { unit: string }) {
  const { t, i18n } = useTranslation();
  const period = useCatalog((s) => s.period);
  const indicators = useCatalog((s) => s.indicators);
  const version = useCatalog((s) => s.version);
  const openProfile = useNav((s) => s.openProfile);
  const setChoice = usePeersChoice((s) => s.set);
  const scheme = useStoredScheme();
  const profile = useAsync(period ? () => api.unitProfile({ period, unit, scheme }) : null, [period, unit, scheme, version]);
  const p = !profile.error && profile.data && profile.data.comparison.unit.code === unit ? profile.data : null;
  const ctx = useMemo(() => ({ t, locale: i18n.language, indicators, fontSize: FONT, compact: true }), [t, i18n.language, indicators]);
  const charts = useMemo(() => {
    if (!p) return null;
    const c = p.comparison;
    return {
      radar: radarFor(c, ctx),
      strengths: strengthsFor(c, ctx).option,
      quadrant: quadrantFor(c, ctx),
      trend: bumpOption(
        p.trend.map((x) => x.period),
        [{ unit: c.unit.code, name: c.unit.name, ranks: p.trend.map((x) => x.rank) }],
        c.unit.code,
        { rank: t('ui.peers.chart.rank') },
        { fontSize: FONT, span: { best: 1, worst: Math.max(p.ranked, ...p.trend.map((x) => x.rank ?? 1)) } },
      ),
    };
  }, [p, ctx, t]);
  const back = () => {
    setChoice({ unit });
    openProfile(null);
  };
  const name = (chart: string) => t('ui.peers.chart.exportName', { chart, unit: p?.comparison.unit.name ?? unit, period: p?.period ?? '' });

  return (
    <div className="kp-profile-scroll" data-testid="profile-view">
      <Space className="kp-no-print" style={{ margin: '0 0 12px 16px' }}>
        <Button icon={<ArrowLeftOutlined />} onClick={back} data-testid="profile-back">
          {t('ui.profile.back')}
        </Button>
        <Button icon={<PrinterOutlined />} onClick={() => window.print()} title={t('ui.profile.printHint')} data-testid="profile-print">
          {t('ui.profile.print')}
        </Button>
      </Space>
      {profile.error && <ErrorAlert error={profile.error} />}
      {!p && profile.loading && <Spin style={{ display: 'block', margin: 48 }} />}
      {p && charts && (
        <div className="kp-profile-page" data-testid="profile-page">
          <ProfileHeader p={p} />
          <div className="kp-profile-grid">
            <section>
              <h2>{t('ui.peers.chart.radar')}</h2>
              <Chart option={charts.radar} height={CHART_HEIGHT} exportName={name('radar')} testId="profile-radar" />
            </section>
            <section>
              <h2>{t('ui.profile.trend')}</h2>
              <Chart option={charts.trend} height={CHART_HEIGHT} exportName={name('trend')} testId="profile-trend" />
            </section>
            <section>
              <h2>{t('ui.peers.chart.strengths')}</h2>
              <Chart option={charts.strengths} height={CHART_HEIGHT} exportName={name('strengths')} testId="profile-strengths" />
            </section>
            <section>
              <h2>{t('ui.peers.chart.quadrant')}</h2>
              {charts.quadrant ? (
                <Chart option={charts.quadrant} height={CHART_HEIGHT} exportName={name('quadrant')} testId="profile-quadrant" />
              ) : (
                <p>{t('ui.peers.chart.quadrantNone')}</p>
              )}
            </section>
          </div>
          <ProfileLists p={p} />
        </div>
      )}
    </div>
  );
}
