import { FundProjectionScreenOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useRoom } from './room';

/** Switches presentation mode (large type and rows) on and off. */
export function PresentationToggle() {
  const { t } = useTranslation();
  const presenting = useRoom((s) => s.presenting);
  const setPresenting = useRoom((s) => s.setPresenting);
  return (
    <Button
      data-testid="presentation-toggle"
      type={presenting ? 'primary' : 'default'}
      aria-pressed={presenting}
      icon={<FundProjectionScreenOutlined />}
      title={t(presenting ? 'ui.ranking.room.presentOffHint' : 'ui.ranking.room.presentOnHint')}
      onClick={() => setPresenting(!presenting)}
    >
      {t('ui.ranking.room.present')}
    </Button>
  );
}
