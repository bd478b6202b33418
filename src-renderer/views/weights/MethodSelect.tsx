import { Select, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { GROUP_METHODS, useWeights, type GroupMethod } from '../../state/weights';

/** The weighting method of one group (an aggregate's children, or the top level). Choosing
 * `manual` records it at once; any other method opens its editor (`onOpen`), and nothing
 * changes until the editor's result is applied. Choosing the current method again reopens it. */
export function MethodSelect({ group, onOpen, testId }: { group: string; onOpen: (group: string, method: GroupMethod) => void; testId?: string }) {
  const { t } = useTranslation();
  const method = useWeights((s) => s.methods[group] ?? 'manual');
  const dispatch = useWeights((s) => s.dispatch);
  return (
    <Select<GroupMethod>
      size="small"
      className="kp-method-select"
      data-testid={testId ?? `weight-method-${group}`}
      value={method}
      popupMatchSelectWidth={false}
      options={GROUP_METHODS.map((m) => ({ value: m, label: t(`ui.weights.method.${m}`) }))}
      onClick={(e) => e.stopPropagation()}
      onSelect={(m: GroupMethod) => {
        if (m === 'manual') dispatch({ type: 'setMethod', parent: group, method: 'manual' });
        else onOpen(group, m);
      }}
    />
  );
}

/** The method of a group as a label (presentation mode), shown only when it is not manual. */
export function MethodTag({ group }: { group: string }) {
  const { t } = useTranslation();
  const method = useWeights((s) => s.methods[group] ?? 'manual');
  if (method === 'manual') return null;
  return (
    <Tag className="kp-method-tag" data-testid={`weight-method-tag-${group}`}>
      {t(`ui.weights.method.${method}`)}
    </Tag>
  );
}
