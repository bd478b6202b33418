import { Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, toApiError, type ApiError } from '../../api';
import { ErrorAlert } from '../../shell/ErrorAlert';

export interface SaveGroupModalProps {
  open: boolean;
  /** The peers to save, codes and names. */
  members: readonly { unit: string; name: string }[];
  onClose: () => void;
  onSaved: (name: string) => void;
}

/** Saves the peers on screen as a named, hand-picked peer group (api.savePeerGroup). A refusal
 * (an empty or taken name…) is shown in the dialog in the user's language. */
export function SaveGroupModal({ open, members, onClose, onSaved }: SaveGroupModalProps) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async () => {
    setBusy(true);
    try {
      const saved = await api.savePeerGroup({ name, note: note.trim() || null, members: members.map((m) => m.unit) });
      setError(null);
      setName('');
      setNote('');
      onSaved(saved.name);
    } catch (e) {
      setError(toApiError(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal open={open} title={t('ui.peers.saveGroupTitle')} onOk={() => void save()} onCancel={onClose} confirmLoading={busy} destroyOnHidden>
      {error && <ErrorAlert error={error} />}
      <Form layout="vertical">
        <Form.Item label={t('ui.peers.groupName')}>
          <Input value={name} onChange={(e) => setName(e.target.value)} data-testid="peers-group-name" />
        </Form.Item>
        <Form.Item label={t('ui.peers.groupNote')}>
          <Input value={note} onChange={(e) => setNote(e.target.value)} />
        </Form.Item>
        <Form.Item label={t('ui.peers.groupMembers')}>
          <Typography.Text type="secondary">{members.map((m) => m.name).join(t('ui.peers.separator'))}</Typography.Text>
        </Form.Item>
      </Form>
    </Modal>
  );
}
