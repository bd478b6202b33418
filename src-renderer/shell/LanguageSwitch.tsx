import { GlobalOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLocale, setLocale } from '../i18n';

/** One button that toggles zh-CN and English; it names the language it switches to. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  return (
    <Button
      data-testid="lang-switch"
      icon={<GlobalOutlined />}
      onClick={() => setLocale(currentLocale() === 'en' ? 'zh-CN' : 'en')}
    >
      {t('ui.lang.switchTo')}
    </Button>
  );
}
