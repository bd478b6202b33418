import { useTranslation } from 'react-i18next';
import { FullscreenToggle } from './FullscreenToggle';
import { LanguageSwitch } from './LanguageSwitch';
import { PeriodPicker } from './PeriodPicker';
import { PresentationToggle } from './PresentationToggle';

export function HeaderBar() {
  const { t } = useTranslation();
  return (
    <>
      <div className="kp-brand">
        {t('ui.app.name')}
        <span className="kp-brand-sub">{t('ui.app.subtitle')}</span>
      </div>
      <div className="kp-header-spacer" />
      <PeriodPicker />
      <div className="kp-header-tools">
        <PresentationToggle />
        <FullscreenToggle />
        <LanguageSwitch />
      </div>
    </>
  );
}
