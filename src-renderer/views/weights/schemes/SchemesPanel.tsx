import { DiffOutlined, SaveOutlined } from '@ant-design/icons';
import { Alert, App, Button, Space, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScoringScheme } from '../../../../src-shared/engine/scheme';
import { api, toApiError, type ApiError } from '../../../api';
import { useMessage } from '../../../i18n/useMessage';
import { ErrorAlert } from '../../../shell/ErrorAlert';
import { useCatalog } from '../../../state/catalog';
import { useAsync } from '../../../state/useAsync';
import { workingScheme } from '../../../state/weights/reducer';
import { currentScheme, useWeights } from '../../../state/weights/store';
import { CompareDrawer } from './CompareDrawer';
import { SchemeActions } from './SchemeActions';
import { SchemeNameModal, type NameFormMode } from './SchemeNameModal';
import { copyName, sameWeights } from './schemeCompare';
import { formatDateTime, type ApiScheme } from './schemeList';

/** Tags sit in a Space, which spaces them; antd's own right margin would double the gap. */
const TAG = { marginInlineEnd: 0 };

/** The stored weight schemes (placed on the Weights screen): load one into the workspace, save
 * the working copy as a new one, clone, rename, delete, mark the baseline, finalise, and compare
 * two side by side. Every write goes through the api (one audited transaction in the store);
 * a refusal is shown translated. */
export function SchemesPanel() {
  const { t } = useTranslation();
  const say = useMessage();
  const { message } = App.useApp();
  const catalogVersion = useCatalog((s) => s.version);
  const indicators = useCatalog((s) => s.indicators);
  const loaded = useWeights((s) => s.schemeName);
  const schemesVersion = useWeights((s) => s.schemesVersion);
  const { data, error, loading } = useAsync(() => api.listSchemes({}), [catalogVersion, schemesVersion]);
  const schemes = useMemo(() => data ?? [], [data]);
  // Unsaved: the working copy differs from the stored scheme it was loaded from (or, for the
  // tree's own weights, has been edited at all). A boolean selector, so a slider drag re-renders
  // the panel only when this flips.
  const stored = schemes.find((s) => s.name === loaded) ?? null;
  const dirty = useWeights((w) =>
    stored ? !sameWeights(indicators, workingScheme(w.base, w), stored.scheme) : w.schemeName === null && w.past.length > 0,
  );
  const [form, setForm] = useState<NameFormMode | null>(null);
  const [comparing, setComparing] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  /** After any write: every view that lists schemes (this one, the live baseline) fetches again. */
  const changed = () => useWeights.getState().schemesChanged();

  /** Runs one write; its refusal stays on screen (translated) until dismissed or the next write. */
  const run = useCallback(
    async (key: string, write: () => Promise<string>) => {
      setBusy(key);
      setFailure(null);
      try {
        message.success(await write());
      } catch (e) {
        setFailure(toApiError(e));
      } finally {
        setBusy(null);
        changed();
      }
    },
    [message],
  );

  const load = (s: ApiScheme) => {
    // The catalog's tree goes with it, so loading works before the tree was handed over.
    useWeights.getState().load(s.name, s.scheme, indicators);
    message.success(t('ui.schemes.done.loaded', { name: s.name }));
  };

  const submitName = async (name: string, note: string | null) => {
    if (!form) return;
    if (form.kind === 'rename') {
      const from = form.from.name;
      const renamed = await api.renameScheme({ name: from, newName: name });
      if (useWeights.getState().schemeName === from) useWeights.getState().setSchemeName(renamed.name);
      message.success(t('ui.schemes.done.renamed', { from, to: renamed.name }));
    } else {
      const scheme: ScoringScheme = form.kind === 'saveAs' ? currentScheme() : form.from.scheme;
      const saved = await api.saveScheme({ name, note, scheme });
      if (form.kind === 'saveAs') useWeights.getState().setSchemeName(saved.name);
      message.success(t('ui.schemes.done.saved', { name: saved.name }));
    }
    setFailure(null);
    changed();
  };

  const columns: TableColumnsType<ApiScheme> = [
    {
      title: t('ui.schemes.column.name'),
      key: 'name',
      render: (_, s) => (
        <div data-testid={`scheme-row-${s.name}`}>
          <Space size={4} wrap>
            <Typography.Text strong>{s.name}</Typography.Text>
            {s.name === loaded && (
              <Tag color="blue" style={TAG}>
                {t('ui.schemes.tag.current')}
              </Tag>
            )}
            {s.name === loaded && dirty && (
              <Tag color="orange" style={TAG} data-testid="scheme-modified-tag">
                {t('ui.schemes.tag.modified')}
              </Tag>
            )}
            {s.isBaseline && (
              <Tag color="gold" style={TAG} data-testid={`scheme-baseline-tag-${s.name}`}>
                {t('ui.schemes.tag.baseline')}
              </Tag>
            )}
            {s.finalisedAt && (
              <Tooltip title={t('ui.schemes.finalisedAt', { at: formatDateTime(s.finalisedAt) })}>
                <Tag color="green" style={TAG} data-testid={`scheme-finalised-tag-${s.name}`}>
                  {t('ui.schemes.tag.finalised')}
                </Tag>
              </Tooltip>
            )}
          </Space>
          {s.note && (
            <Typography.Paragraph type="secondary" ellipsis={{ rows: 2, tooltip: s.note }} style={{ margin: 0, fontSize: 13 }}>
              {s.note}
            </Typography.Paragraph>
          )}
        </div>
      ),
    },
    {
      title: t('ui.schemes.column.created'),
      key: 'created',
      width: 150,
      render: (_, s) => <span className="kp-num">{formatDateTime(s.createdAt)}</span>,
    },
    {
      title: t('ui.schemes.column.actions'),
      key: 'actions',
      width: 260,
      render: (_, s) => (
        <SchemeActions
          scheme={s}
          busy={busy}
          dirty={dirty}
          onLoad={() => load(s)}
          onClone={() => setForm({ kind: 'clone', from: s, suggested: copyName(s.name, t('ui.schemes.form.copySuffix'), schemes.map((x) => x.name)) })}
          onRename={() => setForm({ kind: 'rename', from: s })}
          onBaseline={() =>
            void run(`baseline:${s.name}`, async () => {
              await api.setBaselineScheme({ name: s.isBaseline ? null : s.name });
              return s.isBaseline ? t('ui.schemes.done.baselineCleared') : t('ui.schemes.done.baselineSet', { name: s.name });
            })
          }
          onFinalise={() =>
            void run(`finalise:${s.name}`, async () => {
              await api.finaliseScheme({ name: s.name });
              return t('ui.schemes.done.finalised', { name: s.name });
            })
          }
          onDelete={() =>
            void run(`delete:${s.name}`, async () => {
              const { deleted } = await api.deleteScheme({ name: s.name });
              if (useWeights.getState().schemeName === deleted) useWeights.getState().setSchemeName(null);
              return t('ui.schemes.done.deleted', { name: deleted });
            })
          }
        />
      ),
    },
  ];

  return (
    <section data-testid="schemes-panel">
      <div className="kp-toolbar">
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('ui.schemes.title')}
        </Typography.Title>
        <Typography.Text type="secondary" data-testid="schemes-count">
          {t('ui.schemes.count', { count: schemes.length })}
        </Typography.Text>
        <Space style={{ marginLeft: 'auto' }}>
          {dirty && !stored && (
            <Typography.Text type="warning" data-testid="scheme-unsaved">
              {t('ui.schemes.unsaved')}
            </Typography.Text>
          )}
          <Button type="primary" icon={<SaveOutlined />} data-testid="scheme-save-as" onClick={() => setForm({ kind: 'saveAs' })}>
            {t('ui.schemes.action.saveAs')}
          </Button>
          <Tooltip title={schemes.length < 2 ? t('ui.schemes.why.needTwo') : undefined}>
            <span>
              <Button icon={<DiffOutlined />} data-testid="scheme-compare" disabled={schemes.length < 2} onClick={() => setComparing(true)}>
                {t('ui.schemes.action.compare')}
              </Button>
            </span>
          </Tooltip>
        </Space>
      </div>
      {error && <ErrorAlert error={error} onRetry={changed} />}
      {failure && (
        <Alert
          type="error"
          showIcon
          closable
          data-testid="scheme-error"
          message={say(failure.error.key, failure.error.params)}
          onClose={() => setFailure(null)}
          style={{ marginBottom: 12 }}
        />
      )}
      <Table<ApiScheme>
        data-testid="schemes-table"
        size="small"
        rowKey="name"
        loading={loading && !data}
        columns={columns}
        dataSource={schemes}
        pagination={false}
        locale={{ emptyText: t('ui.schemes.empty') }}
      />
      <SchemeNameModal mode={form} schemes={schemes} onSubmit={submitName} onClose={() => setForm(null)} />
      <CompareDrawer
        open={comparing}
        schemes={schemes}
        loaded={loaded}
        version={schemesVersion}
        onClose={() => setComparing(false)}
      />
    </section>
  );
}
