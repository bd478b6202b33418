import { LockFilled } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { formatShare, formatValue } from '../../lib/format';

export interface ProposalLine {
  code: string;
  name: string;
  current: number;
  /** The objective weight within the group, when the method has one. */
  objective?: number;
  proposed: number | null;
  /** Points after applying (locks respected). */
  points: number | null;
  locked: boolean;
}

/** A group's current shares beside what the method proposes (and the objective weights, when
 * they come into it): what "apply" would do, before it does anything. */
export function ProposalTable({ lines, showObjective }: { lines: ProposalLine[]; showObjective: boolean }) {
  const { t } = useTranslation();
  return (
    <table className="kp-proposal-table" data-testid="method-proposal">
      <thead>
        <tr>
          <th>{t('ui.weights.drawer.item')}</th>
          <th className="kp-num">{t('ui.weights.drawer.current')}</th>
          {showObjective && <th className="kp-num">{t('ui.weights.drawer.objective')}</th>}
          <th className="kp-num">{t('ui.weights.drawer.proposed')}</th>
          <th className="kp-num">{t('ui.weights.drawer.points')}</th>
        </tr>
      </thead>
      <tbody>
        {lines.map((l) => (
          <tr key={l.code} data-code={l.code}>
            <td title={l.code}>
              {l.locked && <LockFilled className="kp-proposal-lock" />}
              {l.name} <span className="kp-weight-code">{l.code}</span>
            </td>
            <td className="kp-num">{formatShare(l.current)}</td>
            {showObjective && <td className="kp-num">{formatShare(l.objective)}</td>}
            <td className="kp-num kp-proposal-new">{formatShare(l.proposed)}</td>
            <td className="kp-num">{formatValue(l.points)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
