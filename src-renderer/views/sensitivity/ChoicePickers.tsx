import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { NodeAggregation } from '../../../src-shared/engine/scheme';
import { AGGREGATE_CHOICES, SCORING_CHOICES, type MethodChoice, type ScoringChoice } from './methodChoices';

/** The Monte Carlo's method choices: aggregations in one list, scoring (normalisation) methods
 * and normalising within categories in another. Each chosen item is one alternative the draws
 * pick among, with the scheme itself (docs/sensitivity.md). The value keeps the aggregations
 * first, then the others in the order chosen. */
export function ChoicePickers(props: { value: MethodChoice[]; onChange: (choices: MethodChoice[]) => void }) {
  const { t } = useTranslation();
  const aggregates = props.value.filter((c) => c.kind === 'aggregate').map((c) => c.value as NodeAggregation);
  const others = props.value.filter((c) => c.kind !== 'aggregate');
  const key = (c: MethodChoice) => `${c.kind}:${c.value}`;
  const fromKey = (k: string): MethodChoice => {
    const [kind, value] = k.split(':');
    return kind === 'scoring' ? { kind, value: value as ScoringChoice } : { kind: 'within', value: 'category' };
  };
  const asAggregates = (values: NodeAggregation[]) => values.map((value): MethodChoice => ({ kind: 'aggregate', value }));
  return (
    <>
      <Select<NodeAggregation[]>
        mode="multiple"
        allowClear
        data-testid="mc-choices"
        style={{ minWidth: 260 }}
        placeholder={t('ui.sensitivity.choices')}
        value={aggregates}
        onChange={(values) => props.onChange([...asAggregates(values), ...others])}
        options={AGGREGATE_CHOICES.map((a) => ({ value: a, label: t(`ui.sensitivity.aggregate.${a}`) }))}
      />
      <Select<string[]>
        mode="multiple"
        allowClear
        data-testid="mc-method-choices"
        style={{ minWidth: 300 }}
        placeholder={t('ui.sensitivity.methodChoices')}
        value={others.map(key)}
        onChange={(values) => props.onChange([...asAggregates(aggregates), ...values.map(fromKey)])}
        options={[
          {
            label: t('ui.sensitivity.scoringGroup'),
            options: SCORING_CHOICES.map((m) => ({ value: `scoring:${m}`, label: t(`ui.sensitivity.scoring.${m}`) })),
          },
          { label: t('ui.sensitivity.withinGroup'), options: [{ value: 'within:category', label: t('ui.sensitivity.withinCategory') }] },
        ]}
      />
    </>
  );
}
