import { Alert, Spin, Typography } from 'antd';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { MEANING } from '../../charts/palette';
import { formatScore } from '../../lib/format';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { useCatalog } from '../../state/catalog';
import { useAsync } from '../../state/useAsync';
import { useWeights } from '../../state/weights';
import { useLiveDrawnMark, useLiveScores, type LiveScores } from '../../workers/useLiveScores';
import { biggestMovers, topRows, type PreviewRow } from './previewModel';

const TOP = 15;
const MOVERS = 6;

/** The live scores of the period, held here rather than by the screen: a new result then
 * re-renders only this preview, not the whole weights tree (input-to-redraw, bench/ui.ts), and
 * marks `kaoping:ranking-drawn` once it is on screen. */
export function LivePreviewPanel({ period }: { period: string }) {
  const live = useLiveScores(period);
  useLiveDrawnMark(live.drawnAt);
  return <LivePreview live={live} />;
}

/** The compact live ranking beside the tree: the top 15 and the units that moved most against
 * the baseline, rescored by the worker on every weight change. The full ranking is its own
 * screen. */
export function LivePreview({ live }: { live: LiveScores }) {
  const { t } = useTranslation();
  const units = useCatalog((s) => s.units);
  const schemesVersion = useWeights((s) => s.schemesVersion);
  const schemes = useAsync(() => api.listSchemes({}), [schemesVersion]);
  const baselineName = schemes.data?.find((s) => s.isBaseline)?.name ?? null;

  const names = useMemo(() => new Map(units.map((u) => [u.code, u.name])), [units]);
  const nameOf = (u: string) => names.get(u) ?? u;
  const { unitCodes, total, rank, baseline } = live;
  const top = useMemo(() => topRows({ unitCodes, total, rank, baseline }, nameOf, TOP), [unitCodes, total, rank, baseline, names]);
  const movers = useMemo(() => biggestMovers({ unitCodes, total, rank, baseline }, nameOf, MOVERS), [unitCodes, total, rank, baseline, names]);
  const ranked = useMemo(() => {
    let n = 0;
    for (let i = 0; i < rank.length; i++) if (rank[i] > 0) n++;
    return n;
  }, [rank]);

  const loadingTip = useMemo(() => t('ui.weights.preview.loading'), [t]);
  if (live.error) return <ErrorAlert error={live.error} />;
  const ready = unitCodes.length > 0;

  return (
    <div data-testid="weights-preview" className="kp-preview">
      <Spin spinning={!ready} tip={loadingTip}>
        <TopHead ranked={ranked} />
        <table className="kp-preview-table" data-testid="preview-top">
          <TopColumns />
          <tbody>
            {top.map((r) => (
              <PreviewLine key={r.unit} row={r} testId="preview-row" />
            ))}
          </tbody>
        </table>
        <MoversHead baselineName={baselineName} />
        {ready && movers.length === 0 ? (
          <NoMovers />
        ) : (
          <table className="kp-preview-table" data-testid="preview-movers">
            <tbody>
              {movers.map((r) => (
                <PreviewLine key={r.unit} row={r} testId="preview-mover" />
              ))}
            </tbody>
          </table>
        )}
      </Spin>
    </div>
  );
}

// The preview's fixed parts, each redrawn only when what it says changes: a weight edit then
// redraws the lines and nothing else (every label is a translation, and the preview is on the
// path from the edit to the redrawn ranking).

const TopHead = memo(function TopHead({ ranked }: { ranked: number }) {
  const { t } = useTranslation();
  return (
    <div className="kp-preview-head">
      <Typography.Text strong>{t('ui.weights.preview.top', { count: TOP })}</Typography.Text>
      <Typography.Text type="secondary" className="kp-preview-note">
        {t('ui.weights.preview.units', { count: ranked })}
      </Typography.Text>
    </div>
  );
});

const TopColumns = memo(function TopColumns() {
  const { t } = useTranslation();
  return (
    <thead>
      <tr>
        <th className="kp-num">{t('ui.weights.preview.rank')}</th>
        <th>{t('ui.weights.preview.unit')}</th>
        <th className="kp-num">{t('ui.weights.preview.total')}</th>
        <th className="kp-num">{t('ui.weights.preview.change')}</th>
      </tr>
    </thead>
  );
});

const MoversHead = memo(function MoversHead({ baselineName }: { baselineName: string | null }) {
  const { t } = useTranslation();
  return (
    <div className="kp-preview-head kp-preview-movers-head">
      <Typography.Text strong>{t('ui.weights.preview.movers')}</Typography.Text>
      <Typography.Text type="secondary" className="kp-preview-note">
        {baselineName ? t('ui.weights.preview.baselineScheme', { name: baselineName }) : t('ui.weights.preview.baselineTree')}
      </Typography.Text>
    </div>
  );
});

const NoMovers = memo(function NoMovers() {
  const { t } = useTranslation();
  return <Alert type="info" showIcon message={t('ui.weights.preview.noMovers')} className="kp-preview-empty" />;
});

/** One line of the preview; redrawn only when one of its figures changed (a weight edit moves
 * every total, but most ranks and changes stay, and each change's title is a translation). */
const PreviewLine = memo(function PreviewLine({ row, testId }: { row: PreviewRow; testId: string }) {
  return (
    <tr data-testid={testId} data-unit={row.unit} data-rank={row.rank}>
      <td className="kp-num kp-rank">{row.rank}</td>
      <td className="kp-preview-name" title={row.name}>
        {row.name}
      </td>
      <td className="kp-num">{formatScore(row.total)}</td>
      <td className="kp-num">
        <Change change={row.change} />
      </td>
    </tr>
  );
}, samePreviewLine);

function samePreviewLine(a: { row: PreviewRow; testId: string }, b: { row: PreviewRow; testId: string }): boolean {
  const x = a.row;
  const y = b.row;
  return (
    a.testId === b.testId &&
    x.unit === y.unit &&
    x.name === y.name &&
    x.rank === y.rank &&
    x.change === y.change &&
    Object.is(x.total, y.total) // NaN (no total) equals NaN here
  );
}

/** Places gained or lost: an arrow and a number, coloured (never colour alone). */
const Change = memo(function Change({ change }: { change: number | null }) {
  const { t } = useTranslation();
  if (change === null || change === 0) return <span className="kp-muted">–</span>;
  const up = change > 0;
  const n = Math.abs(change);
  return (
    <span style={{ color: up ? MEANING.gain : MEANING.loss }} title={t(up ? 'ui.weights.preview.up' : 'ui.weights.preview.down', { count: n })}>
      {up ? '▲' : '▼'}
      {n}
    </span>
  );
});
