import { LockFilled, RollbackOutlined, UnlockOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatValue } from '../../lib/format';
import { useWeights } from '../../state/weights';

/** Lock a node's points (siblings then give way around it) and reset it to the scheme's value. */
export function RowActions({ code, points, base, locked }: { code: string; points: number; base: number; locked: boolean }) {
  const { t } = useTranslation();
  const dispatch = useWeights((s) => s.dispatch);
  const category = useWeights((s) => s.activeCategory) ?? undefined;
  return (
    <span className="kp-row-actions">
      <Tooltip title={locked ? t('ui.weights.unlock') : t('ui.weights.lock')}>
        <Button
          type={locked ? 'primary' : 'text'}
          size="small"
          ghost={locked}
          aria-pressed={locked}
          aria-label={locked ? t('ui.weights.unlock') : t('ui.weights.lock')}
          data-testid={`weight-lock-${code}`}
          icon={locked ? <LockFilled /> : <UnlockOutlined />}
          onClick={() => dispatch({ type: locked ? 'unlock' : 'lock', code })}
        />
      </Tooltip>
      <Tooltip title={t('ui.weights.reset', { value: formatValue(base) })}>
        <Button
          type="text"
          size="small"
          aria-label={t('ui.weights.reset', { value: formatValue(base) })}
          data-testid={`weight-reset-${code}`}
          icon={<RollbackOutlined />}
          disabled={Object.is(points, base)}
          onClick={() => dispatch({ type: 'reset', code, category })}
        />
      </Tooltip>
    </span>
  );
}
