/** Display rounding happens here and only here: the numbers themselves stay Float64. */

const scoreFormat = new Intl.NumberFormat('en-US', {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
  useGrouping: false,
});

const valueFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

const percentFormat = new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

export const MISSING = '—';

/** A score with two decimals (`87.50`); missing as a dash. */
export function formatScore(v: number | null | undefined): string {
  return v === null || v === undefined || !Number.isFinite(v) ? MISSING : scoreFormat.format(v);
}

/** A raw observation: grouped thousands, at most two decimals (`12,345.68`). */
export function formatValue(v: number | null | undefined): string {
  return v === null || v === undefined || !Number.isFinite(v) ? MISSING : valueFormat.format(v);
}

/** A share 0..1 as a percentage with one decimal (`33.3%`). */
export function formatShare(v: number | null | undefined): string {
  return v === null || v === undefined || !Number.isFinite(v) ? MISSING : `${percentFormat.format(v * 100)}%`;
}
