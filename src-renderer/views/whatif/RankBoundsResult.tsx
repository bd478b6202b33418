import { Alert, Button, Space, Spin, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CallResult } from './types';
import { belowShown, marginText, type ProofProgress, type RankEnd } from './rankProof';

type Bounds = CallResult<'rankBounds'>;

/** The best and worst rank within the weight bounds: each the rank reached and, where the
 * certificate's limit is not reached, that limit ("no weights do better than …"). A proven end
 * says so with a tag, so the committee can tell a certain extreme from a found one. An end left
 * open can be proven further (branch and bound, a few programs per call) with progress and
 * Stop; what stops it (proven, a near-tie, nothing left to split) is said in words. */
export function RankBoundsResult({ bounds, unit, progress, settled, onProve, onStop }: {
  bounds: Bounds;
  unit: string;
  progress: ProofProgress | null;
  /** Ends a proof stopped at without proving: settled up to a near-tie (it can go on, to
   * prove exactly), or nothing left to split. */
  settled: Partial<Record<RankEnd, ProofProgress['status']>>;
  onProve: (end: RankEnd) => void;
  onStop: () => void;
}) {
  const { t } = useTranslation();
  const running = progress?.status === 'running';
  const end = (which: RankEnd) => {
    const b = bounds[which];
    if (b.rank === null) return t('ui.whatif.bounds.unranked');
    if (b.proven) return t(`ui.whatif.bounds.${which}Proven`, { rank: b.rank });
    if (b.limit === null) return t(`ui.whatif.bounds.${which}Found`, { rank: b.rank });
    return t(`ui.whatif.bounds.${which}Open`, { rank: b.rank, limit: b.limit });
  };
  const canProve = (which: RankEnd) => {
    const b = bounds[which];
    return !b.proven && b.rank !== null && b.limit !== null && settled[which] !== 'exhausted';
  };
  // Settled up to near-ties: stopped there, or running on past them.
  const nearTie = (which: RankEnd) => settled[which] === 'tie' || (progress?.end === which && progress.nearTie);
  return (
    <div style={{ marginTop: 8 }} data-testid="bounds-result">
      <Typography.Paragraph style={{ marginBottom: 4 }} data-testid="bounds-nominal">
        {bounds.nominal === null ? t('ui.whatif.bounds.nominalNone', { unit }) : t('ui.whatif.bounds.nominal', { unit, rank: bounds.nominal })}
      </Typography.Paragraph>
      {(['best', 'worst'] as const).map((which) => (
        <Typography.Paragraph key={which} style={{ marginBottom: 4 }} data-testid={`bounds-${which}`}>
          {end(which)}{' '}
          <Tag color={bounds[which].proven ? 'green' : nearTie(which) ? 'gold' : 'default'} data-testid={`bounds-${which}-tag`}>
            {t(bounds[which].proven ? 'ui.whatif.bounds.proven' : nearTie(which) ? 'ui.whatif.bounds.nearTie' : 'ui.whatif.bounds.open')}
          </Tag>
          {canProve(which) && !(running && progress?.end === which) && (
            <Button size="small" disabled={running} onClick={() => onProve(which)} data-testid={`bounds-${which}-prove`}>
              {t(nearTie(which) ? 'ui.whatif.bounds.proveExactly' : 'ui.whatif.bounds.prove')}
            </Button>
          )}
        </Typography.Paragraph>
      ))}
      {progress && <ProofStatus progress={progress} onStop={onStop} />}
    </div>
  );
}

/** A proof's progress while it runs (with Stop), and how it ended. */
function ProofStatus({ progress, onStop }: { progress: ProofProgress; onStop: () => void }) {
  const { t } = useTranslation();
  const params = {
    end: t(progress.end === 'best' ? 'ui.whatif.bounds.endBest' : 'ui.whatif.bounds.endWorst'),
    programs: progress.programs,
    pieces: progress.pieces,
    rank: progress.rank,
    limit: progress.limit,
    margin: progress.margin === null ? '' : marginText(progress.margin),
    // "(below the two decimals scores are shown with)" where that is so (on a 0–100 scale).
    shown: progress.margin !== null && belowShown(progress.margin) ? t('ui.whatif.bounds.belowShown') : '',
    // The bracket, smaller rank first (for the best the limit is the smaller, for the worst
    // the rank reached).
    low: Math.min(progress.rank ?? progress.limit ?? 0, progress.limit ?? progress.rank ?? 0),
    high: Math.max(progress.rank ?? progress.limit ?? 0, progress.limit ?? progress.rank ?? 0),
  };
  const type = progress.status === 'proven' ? 'success' : progress.status === 'running' ? 'info' : 'warning';
  const key = progress.status === 'running' ? (progress.nearTie ? 'provingExactly' : 'proving') : progress.status === 'proven' ? 'provenAfter' : progress.status;
  return (
    <Alert
      style={{ marginTop: 8 }}
      type={type}
      data-testid="bounds-proof"
      data-status={progress.status}
      message={
        <Space align="start">
          {progress.status === 'running' && <Spin size="small" />}
          <span>{t(`ui.whatif.bounds.${key}`, params)}</span>
        </Space>
      }
      action={progress.status === 'running' ? <Button size="small" danger onClick={onStop} data-testid="bounds-proof-stop">{t('ui.whatif.bounds.stop')}</Button> : undefined}
    />
  );
}
