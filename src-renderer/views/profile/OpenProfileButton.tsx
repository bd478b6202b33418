import { IdcardOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNav } from '../../state/nav';

/** Opens a unit's report card (the peers screen shows it); for the ranking's explanation. */
export function OpenProfileButton({ unit, onOpen }: { unit: string; onOpen?: () => void }) {
  const { t } = useTranslation();
  const openProfile = useNav((s) => s.openProfile);
  return (
    <Button
      size="small"
      icon={<IdcardOutlined />}
      data-testid="open-profile"
      onClick={() => {
        onOpen?.();
        openProfile(unit);
      }}
    >
      {t('ui.peers.openProfile')}
    </Button>
  );
}
