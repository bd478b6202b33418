import { Alert, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toApiError, type ApiError } from '../../../api';
import { useMessage } from '../../../i18n/useMessage';
import { checkName, nameAccepted, type ApiScheme } from './schemeList';

/** What the name form is for: saving the working copy, cloning a stored scheme, or renaming one. */
export type NameFormMode =
  | { kind: 'saveAs' }
  | { kind: 'clone'; from: ApiScheme; suggested: string }
  | { kind: 'rename'; from: ApiScheme };

interface Props {
  mode: NameFormMode | null;
  schemes: readonly ApiScheme[];
  /** Does the write; a thrown api error is shown in the form, which then stays open. */
  onSubmit: (name: string, note: string | null) => Promise<void>;
  onClose: () => void;
}

/** The form of "save as", "clone" and "rename": a name (and, but for rename, a note), checked
 * against the stored schemes as it is typed; the service's refusal, if any, shown translated.
 * Each opening mounts the form afresh, so it starts from that opening's values. */
export function SchemeNameModal({ mode, ...rest }: Props) {
  if (!mode) return null;
  const key = mode.kind === 'saveAs' ? 'saveAs' : `${mode.kind}:${mode.from.name}`;
  return <NameForm key={key} mode={mode} {...rest} />;
}

function NameForm({ mode, schemes, onSubmit, onClose }: Props & { mode: NameFormMode }) {
  const { t } = useTranslation();
  const say = useMessage();
  const [name, setName] = useState(mode.kind === 'saveAs' ? '' : mode.kind === 'clone' ? mode.suggested : mode.from.name);
  const [note, setNote] = useState(mode.kind === 'clone' ? (mode.from.note ?? '') : '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const check = checkName(name, schemes, {
    replaceable: mode.kind === 'saveAs',
    current: mode.kind === 'rename' ? mode.from.name : undefined,
  });
  const title =
    mode.kind === 'saveAs'
      ? t('ui.schemes.form.saveAsTitle')
      : t(mode.kind === 'clone' ? 'ui.schemes.form.cloneTitle' : 'ui.schemes.form.renameTitle', { name: mode.from.name });
  const hint =
    check === 'replaces'
      ? { type: 'warning' as const, text: t('ui.schemes.form.replaces') }
      : check === 'finalised'
        ? { type: 'error' as const, text: t('ui.schemes.form.finalisedName') }
        : check === 'taken'
          ? { type: 'error' as const, text: t('ui.schemes.form.nameTaken') }
          : null;

  const submit = async () => {
    if (!nameAccepted(check) || busy) return;
    setBusy(true);
    setError(null);
    try {
      await onSubmit(name.trim(), mode.kind === 'rename' || note.trim() === '' ? null : note.trim());
      onClose();
    } catch (e) {
      setError(toApiError(e));
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={title}
      okText={mode.kind === 'rename' ? t('ui.schemes.form.ok') : t('ui.schemes.form.save')}
      cancelText={t('ui.schemes.form.cancel')}
      okButtonProps={{ disabled: !nameAccepted(check), loading: busy, ...{ 'data-testid': 'scheme-name-ok' } }}
      onOk={() => void submit()}
      onCancel={onClose}
    >
      <Form layout="vertical" component="div">
        <Form.Item label={t('ui.schemes.form.name')} required style={{ marginBottom: hint ? 8 : 16 }}>
          <Input
            autoFocus
            data-testid="scheme-name-input"
            maxLength={80}
            value={name}
            placeholder={t('ui.schemes.form.namePlaceholder')}
            onChange={(e) => setName(e.target.value)}
            onPressEnter={() => void submit()}
          />
        </Form.Item>
        {hint && (
          <Typography.Paragraph type={hint.type === 'error' ? 'danger' : 'warning'} data-testid="scheme-name-hint">
            {hint.text}
          </Typography.Paragraph>
        )}
        {mode.kind !== 'rename' && (
          <Form.Item label={t('ui.schemes.form.note')}>
            <Input.TextArea
              data-testid="scheme-note-input"
              autoSize={{ minRows: 2, maxRows: 5 }}
              maxLength={500}
              value={note}
              placeholder={t('ui.schemes.form.notePlaceholder')}
              onChange={(e) => setNote(e.target.value)}
            />
          </Form.Item>
        )}
      </Form>
      {error && (
        <Alert type="error" showIcon data-testid="scheme-form-error" message={say(error.error.key, error.error.params)} />
      )}
    </Modal>
  );
}
