import {
  AuditOutlined,
  DatabaseOutlined,
  ExperimentOutlined,
  FundProjectionScreenOutlined,
  LineChartOutlined,
  SlidersOutlined,
  TeamOutlined,
  TrophyOutlined,
} from '@ant-design/icons';
import { Menu } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SCREENS, useNav, type Screen } from '../state/nav';

const ICONS: Record<Screen, ReactNode> = {
  data: <DatabaseOutlined />,
  ranking: <TrophyOutlined />,
  weights: <SlidersOutlined />,
  peers: <TeamOutlined />,
  whatif: <ExperimentOutlined />,
  sensitivity: <LineChartOutlined />,
  present: <FundProjectionScreenOutlined />,
  review: <AuditOutlined />,
};

export function SideNav() {
  const { t } = useTranslation();
  const screen = useNav((s) => s.screen);
  const go = useNav((s) => s.go);
  return (
    <Menu
      mode="inline"
      selectedKeys={[screen]}
      style={{ borderInlineEnd: 'none', paddingTop: 8 }}
      onClick={({ key }) => go(key as Screen)}
      items={SCREENS.map((s) => ({
        key: s,
        icon: ICONS[s],
        label: <span data-testid={`nav-${s}`}>{t(`ui.nav.${s}`)}</span>,
      }))}
    />
  );
}
