import { DeleteOutlined, EditOutlined, IdcardOutlined, SaveOutlined } from '@ant-design/icons';
import { Button, InputNumber, Popconfirm, Select, Space } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { indicatorName } from '../../lib/names';
import { comparePinyin, matchesSearch } from '../../lib/pinyin';
import { useCatalog } from '../../state/catalog';
import { PEER_KINDS, usePeersChoice, type PeerKind } from './peersState';

export interface PeersToolbarProps {
  /** Unit codes that have data in the period (the ones that can be compared). */
  scored: ReadonlySet<string>;
  groups: readonly { name: string; members: string[] }[];
  canSave: boolean;
  onSave: () => void;
  onDelete: (name: string) => void;
  onRename: (name: string) => void;
  onProfile: () => void;
}

/** The peers screen's choices: the unit (search by name, code or pinyin), the peer group and its
 * settings, saving the current peers as a group, and the unit's report card. */
export function PeersToolbar({ scored, groups, canSave, onSave, onDelete, onRename, onProfile }: PeersToolbarProps) {
  const { t, i18n } = useTranslation();
  const units = useCatalog((s) => s.units);
  const indicators = useCatalog((s) => s.indicators);
  const choice = usePeersChoice();
  const parents = useMemo(() => new Map(units.map((u) => [u.code, u.name])), [units]);
  const unitOptions = useMemo(
    () =>
      units
        .filter((u) => scored.has(u.code))
        .sort((a, b) => comparePinyin(a.name, b.name))
        .map((u) => ({ value: u.code, label: u.parent ? `${u.name}（${parents.get(u.parent) ?? u.parent}）` : u.name, name: u.name })),
    [units, scored, parents],
  );
  const leafOptions = useMemo(
    () => indicators.filter((i) => i.kind === 'indicator' && !indicators.some((c) => c.parent === i.code)).map((i) => ({ value: i.code, label: indicatorName(i, i18n.language) })),
    [indicators, i18n.language],
  );

  return (
    <div className="kp-toolbar" data-testid="peers-toolbar">
      <Select
        showSearch
        style={{ width: 260 }}
        data-testid="peers-unit"
        placeholder={t('ui.peers.unitPlaceholder')}
        value={choice.unit ?? undefined}
        options={unitOptions}
        filterOption={(q, o) => (o ? matchesSearch(q, o.name, o.value) : false)}
        onChange={(unit: string) => choice.set({ unit })}
      />
      <Select
        style={{ width: 200 }}
        data-testid="peers-kind"
        value={choice.kind}
        options={PEER_KINDS.map((k) => ({ value: k, label: t(`ui.peers.kinds.${k}`) }))}
        onChange={(kind: PeerKind) => choice.set({ kind })}
      />
      {choice.kind === 'similar' && (
        <>
          <Space size={4}>
            <span>{t('ui.peers.k')}</span>
            <InputNumber min={1} max={50} value={choice.k} onChange={(k) => k && choice.set({ k })} style={{ width: 70 }} />
          </Space>
          <Select
            mode="multiple"
            allowClear
            style={{ minWidth: 260 }}
            placeholder={t('ui.peers.endowmentPlaceholder')}
            value={choice.endowment}
            options={leafOptions}
            optionFilterProp="label"
            onChange={(endowment: string[]) => choice.set({ endowment })}
          />
        </>
      )}
      {choice.kind === 'saved' && (
        <Space size={4}>
          <Select
            style={{ width: 200 }}
            placeholder={groups.length ? t('ui.peers.savedPlaceholder') : t('ui.peers.noSaved')}
            value={choice.saved ?? undefined}
            options={groups.map((g) => ({ value: g.name, label: `${g.name}（${g.members.length}）` }))}
            onChange={(saved: string) => choice.set({ saved })}
          />
          {choice.saved && (
            <Button icon={<EditOutlined />} title={t('ui.peers.renameGroup')} aria-label={t('ui.peers.renameGroup')} data-testid="peers-rename" onClick={() => onRename(choice.saved!)} />
          )}
          {choice.saved && (
            <Popconfirm title={t('ui.peers.deleteConfirm', { name: choice.saved })} onConfirm={() => onDelete(choice.saved!)}>
              <Button icon={<DeleteOutlined />} title={t('ui.peers.deleteGroup')} aria-label={t('ui.peers.deleteGroup')} />
            </Popconfirm>
          )}
        </Space>
      )}
      <Button icon={<SaveOutlined />} disabled={!canSave} onClick={onSave} data-testid="peers-save">
        {t('ui.peers.saveGroup')}
      </Button>
      <Button type="primary" icon={<IdcardOutlined />} disabled={!choice.unit} onClick={onProfile} data-testid="peers-open-profile">
        {t('ui.peers.openProfile')}
      </Button>
    </div>
  );
}
