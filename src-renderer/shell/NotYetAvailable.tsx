import { Empty } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Screen } from '../state/nav';

/** What a screen of a later version shows now: an honest empty state, not a mock-up. */
export function NotYetAvailable({ screen }: { screen: Screen }) {
  const { t } = useTranslation();
  return (
    <Empty
      style={{ marginTop: 96 }}
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={
        <>
          <div style={{ fontSize: 18, fontWeight: 600 }}>{t('ui.notYet.title', { screen: t(`ui.nav.${screen}`) })}</div>
          <div style={{ marginTop: 8 }}>{t('ui.notYet.description')}</div>
        </>
      }
    />
  );
}
