import { Select, Slider, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DATA_METHODS, type DataMethod } from './useObjectiveWeights';

/** Combined weights: the objective method and α, the policy weights' share. */
export function CombinedEditor(props: { alpha: number; objective: DataMethod; onAlpha: (a: number) => void; onObjective: (m: DataMethod) => void }) {
  const { alpha, objective, onAlpha, onObjective } = props;
  const { t } = useTranslation();
  return (
    <div className="kp-combined" data-testid="combined-editor">
      <Space wrap size="large">
        <Space>
          <Typography.Text>{t('ui.weights.combined.objectiveMethod')}</Typography.Text>
          <Select<DataMethod>
            value={objective}
            style={{ width: 180 }}
            options={DATA_METHODS.map((m) => ({ value: m, label: t(`ui.weights.method.${m}`) }))}
            onChange={onObjective}
          />
        </Space>
        <Typography.Text type="secondary">{t('ui.weights.combined.formula')}</Typography.Text>
      </Space>
      <div className="kp-combined-alpha">
        <Typography.Text strong>{t('ui.weights.combined.alpha', { alpha: alpha.toFixed(2) })}</Typography.Text>
        <Slider
          data-testid="combined-alpha"
          min={0}
          max={1}
          step={0.05}
          marks={{ 0: '0', 0.5: '0.5', 1: '1' }}
          value={alpha}
          onChange={(v: number) => onAlpha(v)}
        />
      </div>
    </div>
  );
}
