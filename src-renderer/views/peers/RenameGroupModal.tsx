import { Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, toApiError, type ApiError } from '../../api';
import { ErrorAlert } from '../../shell/ErrorAlert';

/** Renames a saved peer group (api.renamePeerGroup, audited). A refusal (an empty or taken
 * name) is shown in the dialog in the user's language and nothing changes. */
export function RenameGroupModal({ name, onClose, onRenamed }: { name: string | null; onClose: () => void; onRenamed: (newName: string) => void }) {
  const { t } = useTranslation();
  const [newName, setNewName] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const rename = async () => {
    if (name === null) return;
    setBusy(true);
    try {
      const renamed = await api.renamePeerGroup({ name, newName });
      setError(null);
      setNewName('');
      onRenamed(renamed.name);
    } catch (e) {
      setError(toApiError(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={name !== null}
      title={t('ui.peers.renameTitle', { name: name ?? '' })}
      onOk={() => void rename()}
      onCancel={() => {
        setError(null);
        setNewName('');
        onClose();
      }}
      confirmLoading={busy}
      destroyOnHidden
    >
      {error && <ErrorAlert error={error} />}
      <Form layout="vertical">
        <Form.Item label={t('ui.peers.newName')}>
          <Input value={newName} onChange={(e) => setNewName(e.target.value)} data-testid="peers-group-new-name" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
