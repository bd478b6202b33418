import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useTranslation } from 'react-i18next';
import { AppShell } from './shell/AppShell';
import { theme } from './theme';

/** The root: antd's locale follows the UI language; the shell does the rest. */
export function App() {
  const { i18n } = useTranslation();
  const locale = i18n.language === 'en' ? enUS : zhCN;
  return (
    <ConfigProvider locale={locale} theme={theme}>
      <AntApp style={{ height: '100%' }}>
        <AppShell />
      </AntApp>
    </ConfigProvider>
  );
}
