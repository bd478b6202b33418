import { ConfigProvider, Layout, Spin } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useCatalog } from '../state/catalog';
import { useNav } from '../state/nav';
import { DataView } from '../views/data/DataView';
import { PeersView } from '../views/peers/PeersView';
import { RankingView } from '../views/ranking/RankingView';
import { WeightsView } from '../views/weights/WeightsView';
import { SensitivityView } from '../views/sensitivity/SensitivityView';
import { WhatifView } from '../views/whatif/WhatifView';
import { ErrorAlert } from './ErrorAlert';
import { HeaderBar } from './HeaderBar';
import { NotYetAvailable } from './NotYetAvailable';
import { presentingTheme, useRoom } from './room';
import './room.css';
import { SideNav } from './SideNav';

/** Header, side navigation and the current screen. */
export function AppShell() {
  const { t } = useTranslation();
  const screen = useNav((s) => s.screen);
  const status = useCatalog((s) => s.status);
  const error = useCatalog((s) => s.error);
  const load = useCatalog((s) => s.load);
  const presenting = useRoom((s) => s.presenting);

  useEffect(() => {
    void load();
  }, [load]);

  let body;
  if (status === 'error' && error) body = <ErrorAlert error={error} onRetry={() => void load()} />;
  else if (status !== 'ready') body = <Spin size="large" tip={t('ui.app.loading')}><div style={{ height: 200 }} /></Spin>;
  else if (screen === 'data') body = <DataView />;
  else if (screen === 'ranking') body = <RankingView />;
  else if (screen === 'weights') body = <WeightsView />;
  else if (screen === 'peers') body = <PeersView />;
  else if (screen === 'whatif') body = <WhatifView />;
  else if (screen === 'sensitivity') body = <SensitivityView />;
  else body = <NotYetAvailable screen={screen} />;

  // Presentation mode lays larger sizes over the theme; the nested provider merges tokens.
  return (
    <ConfigProvider theme={presenting ? presentingTheme : undefined}>
      <Layout style={{ height: '100%' }} className={presenting ? 'kp-presenting' : undefined}>
        <Layout.Header className="kp-header">
          <HeaderBar />
        </Layout.Header>
        <Layout style={{ flex: 1, minHeight: 0 }}>
          <Layout.Sider width={200} theme="light" style={{ borderRight: '1px solid #e8e8e8' }}>
            <SideNav />
          </Layout.Sider>
          <Layout.Content className="kp-content">{body}</Layout.Content>
        </Layout>
      </Layout>
    </ConfigProvider>
  );
}
