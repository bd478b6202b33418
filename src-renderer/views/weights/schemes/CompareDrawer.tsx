import { SwapOutlined } from '@ant-design/icons';
import { Alert, Button, Drawer, Empty, Select, Space, Tabs, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCatalog } from '../../../state/catalog';
import { CompareRanking } from './CompareRanking';
import { CompareWeights } from './CompareWeights';
import { defaultPair, type ApiScheme } from './schemeList';

interface Props {
  open: boolean;
  schemes: readonly ApiScheme[];
  /** The scheme loaded in the workspace, compared with the baseline by default. */
  loaded: string | null;
  /** Bumped when the schemes changed, so the rankings are fetched again. */
  version: number;
  onClose: () => void;
}

/** Two stored schemes side by side: the weights of every node, and how the ranking of the
 * chosen period moves from A to B. */
export function CompareDrawer({ open, schemes, loaded, version, onClose }: Props) {
  const { t } = useTranslation();
  const period = useCatalog((s) => s.period);
  const indicators = useCatalog((s) => s.indicators);
  const [pair, setPair] = useState<[string | null, string | null]>([null, null]);
  const [tab, setTab] = useState('weights');

  // Each opening starts on the weights.
  useEffect(() => {
    if (open) setTab('weights');
  }, [open]);

  // On opening: the baseline against the loaded scheme; a name that is gone is dropped.
  useEffect(() => {
    if (!open) return;
    setPair(([a, b]) => {
      const known = (n: string | null) => n !== null && schemes.some((s) => s.name === n);
      if (known(a) && known(b)) return [a, b];
      return defaultPair(schemes, loaded) ?? [null, null];
    });
  }, [open, schemes, loaded]);

  const [nameA, nameB] = pair;
  const a = schemes.find((s) => s.name === nameA) ?? null;
  const b = schemes.find((s) => s.name === nameB) ?? null;
  const options = schemes.map((s) => ({ value: s.name, label: s.name }));

  let body;
  if (schemes.length < 2) body = <Empty description={t('ui.schemes.why.needTwo')} />;
  else if (!a || !b || a.name === b.name) body = <Alert type="info" showIcon message={t('ui.schemes.compare.same')} />;
  else
    body = (
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={[
          {
            key: 'weights',
            label: <span data-testid="compare-tab-weights">{t('ui.schemes.compare.tabWeights')}</span>,
            children: <CompareWeights indicators={indicators} a={a.scheme} b={b.scheme} nameA={a.name} nameB={b.name} />,
          },
          {
            key: 'ranking',
            label: <span data-testid="compare-tab-ranking">{t('ui.schemes.compare.tabRanking')}</span>,
            children: period ? (
              <CompareRanking period={period} nameA={a.name} nameB={b.name} version={version} />
            ) : (
              <Empty description={t('ui.schemes.compare.noPeriod')} />
            ),
          },
        ]}
      />
    );

  return (
    <Drawer
      open={open}
      onClose={onClose}
      width="min(1100px, 92vw)"
      title={t('ui.schemes.compare.title')}
      destroyOnHidden
    >
      <div data-testid="scheme-compare-view">
      <Space wrap style={{ marginBottom: 12 }}>
        <Typography.Text strong>{t('ui.schemes.compare.schemeA')}</Typography.Text>
        <Select
          data-testid="compare-scheme-a"
          style={{ minWidth: 200 }}
          options={options}
          value={nameA}
          placeholder={t('ui.schemes.compare.pick')}
          onChange={(v: string) => setPair(([, b0]) => [v, b0])}
        />
        <Button icon={<SwapOutlined />} data-testid="compare-swap" onClick={() => setPair(([a0, b0]) => [b0, a0])}>
          {t('ui.schemes.compare.swap')}
        </Button>
        <Typography.Text strong>{t('ui.schemes.compare.schemeB')}</Typography.Text>
        <Select
          data-testid="compare-scheme-b"
          style={{ minWidth: 200 }}
          options={options}
          value={nameB}
          placeholder={t('ui.schemes.compare.pick')}
          onChange={(v: string) => setPair(([a0]) => [a0, v])}
        />
      </Space>
      {body}
      </div>
    </Drawer>
  );
}
