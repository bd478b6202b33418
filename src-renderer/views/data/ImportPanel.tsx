import { CheckCircleOutlined, FileSearchOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, AutoComplete, Button, Card, Form, Space, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, toApiError, type ApiError } from '../../api';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { useCatalog } from '../../state/catalog';
import type { ImportResult, Issue } from '../../state/types';
import { ImportReport } from './ImportReport';
import { ImportSummary } from './ImportSummary';
import { readFiles } from './readFiles';

type Outcome = { kind: 'result'; result: ImportResult } | { kind: 'error'; error: ApiError };

/** Import of an evaluation workbook: pick files, optionally name the period, check or import,
 * and read the validation report. Nothing is written unless the whole workbook is valid. */
export function ImportPanel() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const periods = useCatalog((s) => s.periods);
  const refresh = useCatalog((s) => s.refresh);
  const inputRef = useRef<HTMLInputElement>(null);
  const [files, setFiles] = useState<File[]>([]);
  const [period, setPeriod] = useState('');
  const [busy, setBusy] = useState<'dry' | 'import' | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  async function run(dryRun: boolean) {
    setBusy(dryRun ? 'dry' : 'import');
    setOutcome(null);
    try {
      const picked = await readFiles(files);
      const result = await api.importWorkbook({
        files: picked,
        dryRun,
        ...(period.trim() ? { period: period.trim() } : {}),
      });
      setOutcome({ kind: 'result', result });
      if (result.ok && !result.dryRun) {
        void message.success(t('ui.import.importedOk'));
        await refresh();
      }
    } catch (e) {
      setOutcome({ kind: 'error', error: toApiError(e) });
    } finally {
      setBusy(null);
    }
  }

  const issues: Issue[] =
    outcome?.kind === 'result' ? outcome.result.issues : outcome?.kind === 'error' ? outcome.error.error.issues : [];

  return (
    <Card title={t('ui.import.title')}>
      <Typography.Paragraph type="secondary">{t('ui.import.hint')}</Typography.Paragraph>
      <Form layout="vertical">
        <Form.Item>
          <input
            ref={inputRef}
            data-testid="import-input"
            type="file"
            multiple
            accept=".xlsx,.csv"
            style={{ display: 'none' }}
            onChange={(e) => {
              setFiles(Array.from(e.target.files ?? []));
              setOutcome(null);
              // so that picking the same (now corrected) file again fires a change
              e.target.value = '';
            }}
          />
          <Space wrap>
            <Button icon={<UploadOutlined />} onClick={() => inputRef.current?.click()}>
              {t('ui.import.choose')}
            </Button>
            <Typography.Text type={files.length ? undefined : 'secondary'} data-testid="import-files">
              {files.length ? files.map((f) => f.name).join(', ') : t('ui.import.noFiles')}
            </Typography.Text>
          </Space>
        </Form.Item>
        <Form.Item label={t('ui.import.period')} extra={t('ui.import.periodHint')}>
          <AutoComplete
            data-testid="import-period"
            style={{ width: 220 }}
            value={period}
            onChange={setPeriod}
            options={periods.map((p) => ({ value: p.code }))}
            allowClear
          />
        </Form.Item>
        <Space>
          <Button
            data-testid="import-dryrun"
            icon={<FileSearchOutlined />}
            disabled={files.length === 0 || busy !== null}
            loading={busy === 'dry'}
            onClick={() => void run(true)}
          >
            {t('ui.import.dryRun')}
          </Button>
          <Button
            data-testid="import-submit"
            type="primary"
            icon={<CheckCircleOutlined />}
            disabled={files.length === 0 || busy !== null}
            loading={busy === 'import'}
            onClick={() => void run(false)}
          >
            {t('ui.import.submit')}
          </Button>
        </Space>
      </Form>

      <div style={{ marginTop: 20 }} data-testid="import-outcome">
        {outcome?.kind === 'error' && <ErrorAlert error={outcome.error} />}
        {outcome?.kind === 'result' && <ResultBanner result={outcome.result} />}
        {outcome?.kind === 'result' && outcome.result.ok && <ImportSummary result={outcome.result} />}
        {issues.length > 0 && <ImportReport issues={issues} />}
      </div>
    </Card>
  );
}

function ResultBanner({ result }: { result: ImportResult }) {
  const { t } = useTranslation();
  const warnings = result.issues.filter((i) => i.severity === 'warning').length;
  if (!result.ok) return <Alert type="error" showIcon message={t('ui.import.failed')} style={{ marginBottom: 12 }} />;
  const text = result.dryRun
    ? t('ui.import.checkedOk')
    : warnings
      ? t('ui.import.warnings', { count: warnings })
      : t('ui.import.importedOk');
  return <Alert type={warnings ? 'warning' : 'success'} showIcon message={text} style={{ marginBottom: 12 }} />;
}
