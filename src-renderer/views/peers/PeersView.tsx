import { App, Empty, Spin, Tabs, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, toApiError } from '../../api';
import { useMessage } from '../../i18n/useMessage';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { chartFontSize, useRoom } from '../../shell/room';
import { useCatalog } from '../../state/catalog';
import { useNav } from '../../state/nav';
import { useAsync } from '../../state/useAsync';
import { ProfileView } from '../profile/ProfileView';
import { PeersOverview } from './PeersOverview';
import { peerSpec, usePeersChoice } from './peersState';
import { PeersToolbar } from './PeersToolbar';
import { RenameGroupModal } from './RenameGroupModal';
import { SaveGroupModal } from './SaveGroupModal';
import { UnitCharts } from './UnitCharts';
import { useStoredScheme } from './useStoredScheme';

/** 对标比晒: one unit against a peer group of its choosing (category, township, level, a saved
 * list, or the k most similar), and the overview of all units; or, once a unit is picked for
 * it, that unit's report card. */
export function PeersView() {
  const profileUnit = useNav((s) => s.profileUnit);
  if (profileUnit) return <ProfileView unit={profileUnit} />;
  return <PeersComparison />;
}

function PeersComparison() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const period = useCatalog((s) => s.period);
  const units = useCatalog((s) => s.units);
  const version = useCatalog((s) => s.version);
  const openProfile = useNav((s) => s.openProfile);
  const presenting = useRoom((s) => s.presenting);
  const fontSize = chartFontSize(presenting);
  const choice = usePeersChoice();
  const scheme = useStoredScheme();
  const [groupsVersion, setGroupsVersion] = useState(0);
  const [saving, setSaving] = useState(false);
  const [renaming, setRenaming] = useState<string | null>(null);
  const say = useMessage();

  // the period's scores: who can be chosen here, and the overview's box plots
  const scores = useAsync(period ? () => api.score({ period, scheme }) : null, [period, scheme, version]);
  const scored = useMemo(() => new Set(scores.data?.rows.map((r) => r.unit) ?? []), [scores.data]);
  const groups = useAsync(() => api.listPeerGroups({}), [groupsVersion]);

  // Open on the first unit with a category (a village), in the units sheet's order.
  useEffect(() => {
    if (choice.unit && (scored.size === 0 || scored.has(choice.unit))) return;
    const first = units.find((u) => u.category && scored.has(u.code)) ?? units.find((u) => scored.has(u.code));
    if (first) choice.set({ unit: first.code });
  }, [units, scored, choice.unit]);

  const spec = peerSpec(choice);
  const specKey = JSON.stringify(spec);
  const comparison = useAsync(
    period && choice.unit && spec ? () => api.peerComparison({ period, unit: choice.unit!, peers: spec, scheme }) : null,
    [period, choice.unit, specKey, scheme, version, groupsVersion],
  );
  // A failed comparison (e.g. a group with no peers) shows its error, not the last group's charts.
  const c = !comparison.error && comparison.data && comparison.data.unit.code === choice.unit ? comparison.data : null;

  if (!period) return <Empty description={t('ui.common.noPeriod')} />;
  return (
    <div style={{ overflow: 'auto', minHeight: 0, flex: 1 }} data-testid="peers-view">
      <h1 className="kp-screen-title">{t('ui.peers.title')}</h1>
      <PeersToolbar
        scored={scored}
        groups={groups.data ?? []}
        canSave={c !== null}
        onSave={() => setSaving(true)}
        onDelete={async (name) => {
          try {
            await api.deletePeerGroup({ name });
            choice.set({ saved: null });
            void message.success(t('ui.peers.deleted', { name }));
          } catch (e) {
            // e.g. deleted meanwhile elsewhere: say why, then show the list as it now is
            const error = toApiError(e).error;
            void message.error(say(error.key, error.params));
          }
          setGroupsVersion((v) => v + 1);
        }}
        onRename={setRenaming}
        onProfile={() => choice.unit && openProfile(choice.unit)}
      />
      {comparison.error && <ErrorAlert error={comparison.error} />}
      {!c && comparison.loading && <Spin tip={t('ui.peers.loading')}><div style={{ height: 120 }} /></Spin>}
      {c && (
        <>
          <Typography.Paragraph type="secondary" data-testid="peers-list">
            {t('ui.peers.peersCount', { count: c.peers.length, names: c.peers.map((p) => p.name).join(t('ui.peers.separator')) })}
          </Typography.Paragraph>
          <Tabs
            items={[
              { key: 'unit', label: t('ui.peers.unitCharts'), children: <UnitCharts c={c} fontSize={fontSize} /> },
              { key: 'overview', label: t('ui.peers.overview'), children: <PeersOverview c={c} period={period} fontSize={fontSize} scores={scores} /> },
            ]}
          />
        </>
      )}
      <RenameGroupModal
        name={renaming}
        onClose={() => setRenaming(null)}
        onRenamed={(name) => {
          setRenaming(null);
          choice.set({ saved: name });
          setGroupsVersion((v) => v + 1);
          void message.success(t('ui.peers.renamed', { name }));
        }}
      />
      <SaveGroupModal
        open={saving}
        members={c ? [{ unit: c.unit.code, name: c.unit.name }, ...c.peers.map((p) => ({ unit: p.unit, name: p.name }))] : []}
        onClose={() => setSaving(false)}
        onSaved={(name) => {
          setSaving(false);
          setGroupsVersion((v) => v + 1);
          void message.success(t('ui.peers.saved', { name }));
        }}
      />
    </div>
  );
}
