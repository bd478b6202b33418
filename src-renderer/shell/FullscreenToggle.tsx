import { FullscreenExitOutlined, FullscreenOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

const isFull = () => document.fullscreenElement !== null;

/** Full screen for the projector, by the Fullscreen API on the whole page (Electron grants the
 * 'fullscreen' permission to the app's own pages: src-main/electron/security.ts). Esc leaves
 * full screen too; the button follows `fullscreenchange`. */
export function FullscreenToggle() {
  const { t } = useTranslation();
  const [full, setFull] = useState(isFull);
  useEffect(() => {
    const update = () => setFull(isFull());
    document.addEventListener('fullscreenchange', update);
    return () => document.removeEventListener('fullscreenchange', update);
  }, []);

  const toggle = () => {
    const done = isFull() ? document.exitFullscreen() : document.documentElement.requestFullscreen({ navigationUI: 'hide' });
    // refused (no user gesture, or not allowed): the page simply stays as it is
    done.catch(() => setFull(isFull()));
  };

  return (
    <Button
      data-testid="fullscreen-toggle"
      aria-pressed={full}
      disabled={!document.fullscreenEnabled}
      icon={full ? <FullscreenExitOutlined /> : <FullscreenOutlined />}
      title={t(full ? 'ui.ranking.room.fullscreenOffHint' : 'ui.ranking.room.fullscreenOnHint')}
      onClick={toggle}
    >
      {t(full ? 'ui.ranking.room.fullscreenOff' : 'ui.ranking.room.fullscreenOn')}
    </Button>
  );
}
