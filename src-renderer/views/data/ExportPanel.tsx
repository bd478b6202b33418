import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Card, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, toApiError } from '../../api';
import { downloadBytes, XLSX_MIME } from '../../lib/download';
import { useMessage } from '../../i18n/useMessage';
import { exportFileName } from './exportFileName';

/** Export of the whole database as an evaluation workbook (.xlsx). */
export function ExportPanel() {
  const { t } = useTranslation();
  const say = useMessage();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);

  async function run() {
    setBusy(true);
    try {
      const bytes = await api.exportWorkbook({});
      const file = exportFileName(new Date());
      downloadBytes(bytes, file, XLSX_MIME);
      void message.success(t('ui.export.done', { file }));
    } catch (e) {
      const err = toApiError(e);
      void message.error(say(err.error.key, err.error.params));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card title={t('ui.export.title')}>
      <Typography.Paragraph type="secondary">{t('ui.export.hint')}</Typography.Paragraph>
      <Button data-testid="export-button" icon={<DownloadOutlined />} loading={busy} onClick={() => void run()}>
        {t('ui.export.button')}
      </Button>
    </Card>
  );
}
