import { RedoOutlined, RollbackOutlined, UndoOutlined } from '@ant-design/icons';
import { Button, Popconfirm, Space, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { useShortcuts } from '../../lib/useShortcuts';
import { useCatalog } from '../../state/catalog';
import { useWeights } from '../../state/weights';

/** Title, the scheme being edited, undo / redo (also Ctrl+Z, Ctrl+Shift+Z) and reset. */
export function WeightsHeader({ onShowSchemes }: { onShowSchemes: () => void }) {
  const { t } = useTranslation();
  const period = useCatalog((s) => s.period);
  const schemeName = useWeights((s) => s.schemeName);
  const canUndo = useWeights((s) => s.past.length > 0);
  const canRedo = useWeights((s) => s.future.length > 0);
  const undo = useWeights((s) => s.undo);
  const redo = useWeights((s) => s.redo);
  const dispatch = useWeights((s) => s.dispatch);
  const category = useWeights((s) => s.activeCategory);
  useShortcuts({ undo, redo });

  return (
    <div className="kp-weights-header">
      <h1 className="kp-screen-title">
        {t('ui.weights.title')} · {period}
      </h1>
      <Tag className="kp-scheme-tag" color={schemeName ? 'blue' : 'default'} data-testid="weights-scheme-name" onClick={onShowSchemes}>
        {schemeName ? t('ui.weights.scheme', { name: schemeName }) : t('ui.weights.workingCopy')}
      </Tag>
      <Space className="kp-weights-actions">
        <Tooltip title={t('ui.weights.undoHint')}>
          <Button data-testid="weights-undo" icon={<UndoOutlined />} disabled={!canUndo} onClick={undo}>
            {t('ui.weights.undo')}
          </Button>
        </Tooltip>
        <Tooltip title={t('ui.weights.redoHint')}>
          <Button data-testid="weights-redo" icon={<RedoOutlined />} disabled={!canRedo} onClick={redo}>
            {t('ui.weights.redo')}
          </Button>
        </Tooltip>
        {category === null ? (
          <Popconfirm title={t('ui.weights.resetAllHint')} onConfirm={() => dispatch({ type: 'reset' })}>
            <Button data-testid="weights-reset-all" icon={<RollbackOutlined />}>
              {t('ui.weights.resetAll')}
            </Button>
          </Popconfirm>
        ) : (
          <Popconfirm title={t('ui.weights.resetCategoryHint', { category })} onConfirm={() => dispatch({ type: 'reset', category })}>
            <Button data-testid="weights-reset-category" icon={<RollbackOutlined />}>
              {t('ui.weights.resetCategory')}
            </Button>
          </Popconfirm>
        )}
      </Space>
    </div>
  );
}
