import { Alert, Descriptions, Drawer, Empty, Spin, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScoringScheme } from '../../../src-shared/engine/scheme';
import { api } from '../../api';
import { formatScore } from '../../lib/format';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { useRoom } from '../../shell/room';
import { useCatalog } from '../../state/catalog';
import type { ScoreRow } from '../../state/types';
import { useAsync } from '../../state/useAsync';
import { ExplainItems } from './ExplainItems';
import { ExplainLeaves } from './ExplainLeaves';
import { itemRows, leafRows, sumOfContributions } from './explainRows';
import { ExplainWaterfall } from './ExplainWaterfall';
import { OpenProfileButton } from '../profile/OpenProfileButton';

export interface ExplainDrawerProps {
  /** The unit's row in the ranking (null: closed). */
  row: ScoreRow | null;
  period: string;
  /** The scheme the ranking's full computation uses (the working copy once it rests). */
  scheme: ScoringScheme;
  /** Weights are being edited: the explanation follows the edited weights. */
  editing: boolean;
  onClose: () => void;
}

/** Why a unit has its score: a waterfall of its indicator contributions, each indicator's raw
 * value (with its unit and source department), normalised score, rank and effective weight, and
 * its bonus, penalty and veto items — api.explain under the ranking's scheme. */
export function ExplainDrawer({ row, period, scheme, editing, onClose }: ExplainDrawerProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const presenting = useRoom((s) => s.presenting);
  const indicators = useCatalog((s) => s.indicators);
  const version = useCatalog((s) => s.version);
  const unit = row?.unit ?? null;
  const { data, error, loading } = useAsync(
    unit ? () => api.explain({ period, unit, options: scheme }) : null,
    [unit, period, scheme, version],
  );
  // an answer for another unit (while the next one loads) is not shown
  const e = data && data.unit === unit ? data : null;
  const leaves = useMemo(() => (e ? leafRows(e, indicators, locale) : []), [e, indicators, locale]);
  const items = useMemo(() => (e ? itemRows(e, indicators, locale) : []), [e, indicators, locale]);

  return (
    <Drawer
      open={row !== null}
      onClose={onClose}
      width={presenting ? 'min(1320px, 94vw)' : 'min(980px, 80vw)'}
      destroyOnHidden
      title={
        row ? (
          <>
            {t('ui.ranking.explain.title', { unit: row.name })}
            <Typography.Text type="secondary" className="kp-explain-where">
              {[row.parentName, row.category].filter(Boolean).join(' · ')}
            </Typography.Text>
          </>
        ) : (
          ''
        )
      }
      extra={<>{editing ? <Tag color="processing">{t('ui.ranking.explain.edited')}</Tag> : null}{unit && <OpenProfileButton unit={unit} onOpen={onClose} />}</>}
      rootClassName="kp-explain"
    >
      <div data-testid="explain-drawer">
        {error && <ErrorAlert error={error} />}
        {!e && !error && <Spin tip={t('ui.ranking.explain.loading')}><div style={{ height: 160 }} /></Spin>}
        {e && row && (
          <Spin spinning={loading} delay={200}>
            <Descriptions size="small" column={5} className="kp-explain-summary" data-testid="explain-summary">
              <Descriptions.Item label={t('ui.ranking.explain.rank')}>{row.rank ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('ui.ranking.explain.total')}>
                <strong data-testid="explain-total">{formatScore(e.total)}</strong>
              </Descriptions.Item>
              <Descriptions.Item label={t('ui.ranking.explain.base')}>
                <span data-testid="explain-base">{formatScore(e.base)}</span>
              </Descriptions.Item>
              <Descriptions.Item label={t('ui.ranking.explain.bonus')}>{signed(row.bonus, '+')}</Descriptions.Item>
              <Descriptions.Item label={t('ui.ranking.explain.penalty')}>{signed(row.penalty, '−')}</Descriptions.Item>
            </Descriptions>

            {e.base === null ? (
              <>
                <Typography.Title level={5} className="kp-explain-heading">
                  {t('ui.ranking.explain.waterfall')}
                </Typography.Title>
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('ui.ranking.explain.noBase')} />
              </>
            ) : (
              <>
                {!e.additive && <Alert type="warning" showIcon message={t('ui.ranking.explain.nonAdditive')} style={{ margin: '12px 0 8px' }} />}
                <ExplainWaterfall
                  explanation={e}
                  unitName={row.name}
                  period={period}
                  title={
                    <Typography.Title level={5} className="kp-explain-heading kp-explain-chart-title">
                      {t('ui.ranking.explain.waterfall')}
                    </Typography.Title>
                  }
                />
                <Typography.Paragraph type="secondary" className="kp-explain-hint">
                  {t('ui.ranking.explain.waterfallHint')}{' '}
                  <span data-testid="explain-sum">
                    {t('ui.ranking.explain.sumCheck', { sum: formatScore(sumOfContributions(e)), base: formatScore(e.base) })}
                  </span>
                </Typography.Paragraph>
              </>
            )}

            <Typography.Title level={5} className="kp-explain-heading">
              {t('ui.ranking.explain.items')}
            </Typography.Title>
            <ExplainItems items={items} />

            <Typography.Title level={5} className="kp-explain-heading">
              {t('ui.ranking.explain.leaves')}
            </Typography.Title>
            <ExplainLeaves rows={leaves} />
          </Spin>
        )}
      </div>
    </Drawer>
  );
}

const signed = (v: number, sign: '+' | '−') => (v === 0 ? formatScore(0) : `${sign}${formatScore(v)}`);
