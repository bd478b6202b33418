import { CopyOutlined, DeleteOutlined, EditOutlined, LockOutlined, StarFilled, StarOutlined } from '@ant-design/icons';
import { Button, Popconfirm, Space, Tooltip } from 'antd';
import { forwardRef, type HTMLAttributes, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiScheme } from './schemeList';

interface Props {
  scheme: ApiScheme;
  /** The write under way (`<action>:<name>`), to show its spinner. */
  busy: string | null;
  /** The workspace holds edits not saved: loading asks first. */
  dirty: boolean;
  onLoad: () => void;
  onClone: () => void;
  onRename: () => void;
  onBaseline: () => void;
  onFinalise: () => void;
  onDelete: () => void;
}

/** The buttons of one scheme row. What a finalised scheme cannot do is disabled, with a tooltip
 * that says why (the service refuses it too). Delete and finalise ask first. */
export function SchemeActions({ scheme, busy, dirty, onLoad, onClone, onRename, onBaseline, onFinalise, onDelete }: Props) {
  const { t } = useTranslation();
  const name = scheme.name;
  const finalised = scheme.finalisedAt !== null;
  const id = (action: string) => `scheme-${action}-${name}`;

  return (
    <Space size={2} wrap>
      <Popconfirm
        disabled={!dirty}
        title={t('ui.schemes.confirm.loadTitle', { name })}
        description={t('ui.schemes.confirm.loadBody')}
        okText={t('ui.schemes.confirm.load')}
        cancelText={t('ui.schemes.confirm.cancel')}
        okButtonProps={{ ...{ 'data-testid': 'scheme-load-confirm' } }}
        onConfirm={onLoad}
      >
        <Button size="small" type="link" data-testid={id('load')} onClick={dirty ? undefined : onLoad}>
          {t('ui.schemes.action.load')}
        </Button>
      </Popconfirm>
      <IconButton label={t('ui.schemes.action.clone')} testId={id('clone')} icon={<CopyOutlined />} onPress={onClone} />
      <IconButton
        label={finalised ? t('ui.schemes.why.renameFinalised') : t('ui.schemes.action.rename')}
        testId={id('rename')}
        icon={<EditOutlined />}
        disabled={finalised}
        onPress={onRename}
      />
      <IconButton
        label={scheme.isBaseline ? t('ui.schemes.action.clearBaseline') : t('ui.schemes.action.setBaseline')}
        testId={id('baseline')}
        icon={scheme.isBaseline ? <StarFilled style={{ color: '#d4a017' }} /> : <StarOutlined />}
        loading={busy === `baseline:${name}`}
        onPress={onBaseline}
      />
      <Popconfirm
        disabled={finalised}
        title={t('ui.schemes.confirm.finaliseTitle', { name })}
        description={t('ui.schemes.confirm.finaliseBody')}
        okText={t('ui.schemes.confirm.finalise')}
        cancelText={t('ui.schemes.confirm.cancel')}
        okButtonProps={{ ...{ 'data-testid': 'scheme-finalise-confirm' } }}
        onConfirm={onFinalise}
      >
        <IconButton
          label={finalised ? t('ui.schemes.why.alreadyFinalised') : t('ui.schemes.action.finalise')}
          testId={id('finalise')}
          icon={<LockOutlined />}
          disabled={finalised}
          loading={busy === `finalise:${name}`}
        />
      </Popconfirm>
      <Popconfirm
        disabled={finalised}
        title={t('ui.schemes.confirm.deleteTitle', { name })}
        description={t('ui.schemes.confirm.deleteBody')}
        okText={t('ui.schemes.confirm.delete')}
        okType="danger"
        cancelText={t('ui.schemes.confirm.cancel')}
        okButtonProps={{ ...{ 'data-testid': 'scheme-delete-confirm' } }}
        onConfirm={onDelete}
      >
        <IconButton
          label={finalised ? t('ui.schemes.why.deleteFinalised') : t('ui.schemes.action.delete')}
          testId={id('delete')}
          icon={<DeleteOutlined />}
          danger
          disabled={finalised}
          loading={busy === `delete:${name}`}
        />
      </Popconfirm>
    </Space>
  );
}

interface IconButtonProps extends HTMLAttributes<HTMLSpanElement> {
  label: string;
  testId: string;
  icon: ReactNode;
  disabled?: boolean;
  danger?: boolean;
  loading?: boolean;
  onPress?: () => void;
}

/** An icon button named by its tooltip (and aria-label). A disabled button gets no mouse events,
 * so the tooltip sits on a wrapper that does; the wrapper also takes a Popconfirm's trigger
 * props and ref, so the confirm opens from it. */
const IconButton = forwardRef<HTMLSpanElement, IconButtonProps>(function IconButton(
  { label, testId, icon, disabled, danger, loading, onPress, ...trigger },
  ref,
) {
  // Keyed by the label: when a write changes it (mark ↔ clear baseline) while the tooltip is
  // closing, antd would keep the tooltip of the new label open with the mouse gone.
  return (
    <Tooltip key={label} title={label}>
      <span ref={ref} {...trigger} style={{ display: 'inline-block' }}>
        <Button
          size="small"
          type="text"
          aria-label={label}
          data-testid={testId}
          icon={icon}
          danger={danger}
          disabled={disabled}
          loading={loading}
          onClick={onPress}
        />
      </span>
    </Tooltip>
  );
});
