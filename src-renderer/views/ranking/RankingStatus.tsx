import { LoadingOutlined, ThunderboltOutlined } from '@ant-design/icons';
import { Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMessage } from '../../i18n/useMessage';
import type { RankingData } from './useRankingData';

/** One line above the table: which scheme the ranking shows, what the change column compares
 * with, and, while weights are edited, that totals and ranks are live and the dimension scores
 * follow a moment later. */
export function RankingStatus({ data }: { data: RankingData }) {
  const { t } = useTranslation();
  const say = useMessage();
  const scheme = data.schemeName ? t('ui.ranking.scheme', { name: data.schemeName }) : t('ui.ranking.schemeStandard');
  const baseline = data.baselineName ? t('ui.ranking.baseline', { name: data.baselineName }) : t('ui.ranking.baselineStandard');
  return (
    <div className="kp-ranking-status" data-testid="ranking-status" data-live={data.live}>
      <Typography.Text>
        {scheme}
        {data.editing && <Typography.Text type="warning"> {t('ui.ranking.schemeEdited')}</Typography.Text>}
      </Typography.Text>
      <Tooltip title={t('ui.ranking.baselineHint')}>
        <Typography.Text type="secondary">{baseline}</Typography.Text>
      </Tooltip>
      {data.live === 'on' && (
        <Tag color="processing" icon={<ThunderboltOutlined />} data-testid="ranking-live">
          {t('ui.ranking.live')}
        </Tag>
      )}
      {data.live === 'starting' && (
        <Tag icon={<LoadingOutlined />} data-testid="ranking-live">
          {t('ui.ranking.liveStarting')}
        </Tag>
      )}
      {data.live === 'failed' && (
        <Tooltip title={data.liveError ? say(data.liveError.error.key, data.liveError.error.params) : undefined}>
          <Tag color="warning" data-testid="ranking-live">
            {t('ui.ranking.liveFailed')}
          </Tag>
        </Tooltip>
      )}
      {data.live !== 'off' && (
        <Typography.Text type="secondary" className="kp-ranking-lag" data-testid="ranking-lag">
          {data.lagging ? (
            <>
              <LoadingOutlined /> {t('ui.ranking.liveUpdating')}
            </>
          ) : (
            t('ui.ranking.liveHint')
          )}
        </Typography.Text>
      )}
    </div>
  );
}
