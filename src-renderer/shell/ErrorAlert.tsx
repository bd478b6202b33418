import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api';
import { useMessage } from '../i18n/useMessage';

/** An api error in the UI language: its message key translated, never a stack trace. */
export function ErrorAlert({ error, onRetry }: { error: ApiError; onRetry?: () => void }) {
  const { t } = useTranslation();
  const say = useMessage();
  return (
    <Alert
      type="error"
      showIcon
      message={t('ui.error.title')}
      description={say(error.error.key, error.error.params)}
      action={onRetry ? <Button onClick={onRetry}>{t('ui.common.retry')}</Button> : undefined}
      style={{ marginBottom: 12 }}
    />
  );
}
