import { Select, Space, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ROOT_GROUP, type GroupMethod } from '../../state/weights';
import { MethodSelect } from './MethodSelect';
import { DATA_METHODS, type DataMethod } from './useObjectiveWeights';

/** Above the tree: the top level's weighting method and which objective weights the column
 * beside the policy weights shows. */
export function TreeToolbar(props: { reference: DataMethod; onReference: (m: DataMethod) => void; onOpenMethod: (group: string, method: GroupMethod) => void }) {
  const { reference, onReference, onOpenMethod } = props;
  const { t } = useTranslation();
  return (
    <div className="kp-toolbar kp-tree-toolbar">
      <Space>
        <Typography.Text>{t('ui.weights.group.topMethod')}</Typography.Text>
        <MethodSelect group={ROOT_GROUP} onOpen={onOpenMethod} testId="weight-method-root" />
      </Space>
      <Space>
        <Tooltip title={t('ui.weights.reference.hint')}>
          <Typography.Text className="kp-hint">{t('ui.weights.reference.label')}</Typography.Text>
        </Tooltip>
        <Select<DataMethod>
          size="small"
          data-testid="weights-reference"
          value={reference}
          style={{ width: 150 }}
          options={DATA_METHODS.map((m) => ({ value: m, label: t(`ui.weights.method.${m}`) }))}
          onChange={onReference}
        />
      </Space>
    </div>
  );
}
