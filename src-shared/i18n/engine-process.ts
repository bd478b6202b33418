import type { Catalog } from './index';

/** Messages of process assessment (keys under `engine.process.`): expert marks, goal
 * completion, period weights (src-shared/engine/process) and the values they put into a
 * period's matrix (src-main/service/derived.ts). Placeholders are i18next's {{name}}.
 *
 * The keys are written flat ('engine.process.noPeriodWeight' as one property), as in
 * engine-scoring.ts: `merge()` in index.ts joins catalogs one top-level key at a time, so a
 * nested `engine` here would replace the engine catalog's; i18next finds a flat dotted key all
 * the same. */
const flat = (messages: Record<string, string>): Record<string, string> =>
  Object.fromEntries(Object.entries(messages).map(([k, v]) => [`engine.process.${k}`, v]));

export const engineProcessMessages: Catalog = {
  'zh-CN': flat({
    // Errors: nothing is computed.
    badMarkMethod: '专家评分汇总方式“{{method}}”无效，可选：{{allowed}}。',
    markNotFinite: '专家 {{expert}} 对单位 {{unit}} 在 {{period}} 期指标 {{indicator}} 的评分“{{value}}”不是有效数字。',
    duplicateMark: '专家 {{expert}} 对单位 {{unit}} 在 {{period}} 期指标 {{indicator}} 评了不止一次分。',
    invalidPeriodWeight: '期间 {{period}} 的权重 {{weight}} 无效：权重必须是大于或等于 0 的有限数。',
    noPeriodWeight: '分期权重中没有大于 0 的权重。',
    duplicatePeriod: '期间 {{period}} 在分期权重中出现了不止一次。',
    periodLength: '期间 {{period}} 的得分个数（{{actual}}）与单位个数（{{expected}}）不一致。',
    invalidMinShare: '最低数据占比 {{value}} 无效：应在 0 到 1 之间。',
    goalIndicatorUnknown: '目标完成率指标 {{indicator}} 不是指标体系中的末级指标。',
    // Notes: what was put in place of the observed values.
    goalValues:
      '指标 {{indicator}} 在 {{period}} 期取各单位的目标完成率（完成数 ÷ 未撤销的目标数）：{{units}} 个单位；{{kept}} 个单位没有可计的目标，保留原填报值。',
    markValuesMean: '指标 {{indicator}} 在 {{period}} 期取专家评分的平均值：{{units}} 个单位。',
    markValuesMedian: '指标 {{indicator}} 在 {{period}} 期取专家评分的中位数：{{units}} 个单位。',
    markValuesTrimmed: '指标 {{indicator}} 在 {{period}} 期取专家评分去掉一个最高分和一个最低分后的平均值：{{units}} 个单位。',
    trimmedFallback: '单位 {{unit}} 的指标 {{indicator}} 只有 {{n}} 位专家评分，不足 3 位，无法去掉最高分和最低分，按平均值计。',
    marksNotLeaf: '指标 {{indicator}} 不是当前指标体系中的末级指标，它的 {{count}} 条专家评分未使用。',
    marksOnGoalIndicator: '指标 {{indicator}} 已按目标完成率计算，它的专家评分未使用。',
    unitsAdded: '{{count}} 个单位本期只有专家评分或目标，没有填报数据，也参加本期计算：{{units}}。',
  }),
  en: flat({
    badMarkMethod: 'Unknown way to combine expert marks "{{method}}"; use one of {{allowed}}.',
    markNotFinite: 'The mark "{{value}}" of expert {{expert}} for unit {{unit}} on {{indicator}} in {{period}} is not a valid number.',
    duplicateMark: 'Expert {{expert}} marked unit {{unit}} on {{indicator}} in {{period}} more than once.',
    invalidPeriodWeight: 'The weight {{weight}} of period {{period}} is invalid: weights must be finite numbers of at least 0.',
    noPeriodWeight: 'None of the period weights is greater than 0.',
    duplicatePeriod: 'Period {{period}} appears more than once among the period weights.',
    periodLength: 'Period {{period}} has {{actual}} totals for {{expected}} units.',
    invalidMinShare: 'The minimum data share {{value}} is invalid: it must be between 0 and 1.',
    goalIndicatorUnknown: 'The goal completion indicator {{indicator}} is not a leaf of the indicator tree.',
    goalValues:
      'Indicator {{indicator}} in {{period}} takes each unit’s goal completion rate (goals done ÷ goals not dropped): {{units}} units; {{kept}} units have no goals to count and keep their entered value.',
    markValuesMean: 'Indicator {{indicator}} in {{period}} takes the mean of the expert marks: {{units}} units.',
    markValuesMedian: 'Indicator {{indicator}} in {{period}} takes the median of the expert marks: {{units}} units.',
    markValuesTrimmed:
      'Indicator {{indicator}} in {{period}} takes the mean of the expert marks without the highest and the lowest: {{units}} units.',
    trimmedFallback:
      'Unit {{unit}} has only {{n}} expert marks on {{indicator}}, fewer than 3, so the highest and lowest cannot be dropped; the mean is used.',
    marksNotLeaf: 'Indicator {{indicator}} is not a leaf of the current tree; its {{count}} expert marks are not used.',
    marksOnGoalIndicator: 'Indicator {{indicator}} is computed from goal completion; its expert marks are not used.',
    unitsAdded: '{{count}} units have only expert marks or goals this period, no entered data, and are scored too: {{units}}.',
  }),
};
