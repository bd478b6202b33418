import type { Catalog } from './index';

/** Messages of engine (keys under `engine.`). Placeholders are i18next's {{name}}. */
export const engineMessages: Catalog = {
  'zh-CN': {
    engine: {
      // Warnings: the computation goes on.
      constantIndicator: '指标 {{indicator}} 在所有单位的取值都相同，无法区分优劣，本期对所有单位按缺失处理。',
      emptyIndicator: '指标 {{indicator}} 本期没有任何数据，对所有单位按缺失处理。',
      negativePoints: '单位 {{unit}} 的加减分项 {{indicator}} 填写了负数（{{value}}），按 0 分计。加分项和扣分项都应填写正的分值。',
      // Errors: nothing is computed.
      geometricZero:
        '几何平均要求得分大于 0，但单位 {{unit}} 在 {{indicator}} 上得分为 0。请把标准化区间设为大于 0（例如 1–100），或改用算术平均。',
      geometricNegative:
        '几何平均要求得分大于 0，但单位 {{unit}} 在 {{indicator}} 上得分为负。请把标准化区间设为大于 0（例如 1–100），或改用算术平均。',
      duplicateCode: '指标编码 {{indicator}} 重复。',
      unknownParent: '指标 {{indicator}} 的上级 {{parent}} 不存在。',
      cycle: '指标 {{indicator}} 的上级关系构成了循环，指标体系必须是一棵树。',
      invalidWeight: '指标 {{indicator}} 的权重 {{weight}} 无效：权重必须是大于或等于 0 的有限数。',
      invalidDirection: '指标 {{indicator}} 的方向 {{direction}} 无效：只能是 1 或 -1。',
      adjustmentPlacement: '{{indicator}} 是加分、扣分或否决项（{{kind}}），只能是没有上级、没有下级的项目。',
      noIndicators: '指标体系中没有可计分的指标。',
      unknownIndicator: '权重方案中的指标 {{indicator}} 不在指标体系中。',
      invalidRange: '标准化区间 [{{lo}}, {{hi}}] 无效：下限必须小于上限，且都是有限数。',
      matrixShape: '数据矩阵的大小不对：应有 {{expected}} 个值，实际为 {{actual}} 个。',
      duplicateUnit: '数据中单位 {{unit}} 出现了不止一次。',
      duplicateColumn: '数据中指标 {{indicator}} 出现了不止一列。',
      duplicateObservation: '单位 {{unit}} 的指标 {{indicator}} 在同一期有不止一个值。',
      unknownUnit: '没有单位 {{unit}}。',
      notInitialised: '重新计分前须先载入本期数据。',
      matrixMismatch: '标准化结果与指标体系或原始数据不一致，请重新计算。',
      // Scoring schemes: aggregation, adjustments, grades.
      topsisUndefined:
        '在 {{aggregate}} 上，有 {{count}} 个单位的 TOPSIS 贴近度无法计算（其各项指标的最优值与最劣值相同），这些单位在该项按缺失处理。',
      topsisUndefinedTotal: '有 {{count}} 个单位的总分 TOPSIS 贴近度无法计算（各一级指标的最优值与最劣值相同），这些单位没有总分。',
      categoriesLength: '单位类别的数量（{{actual}}）与单位数量（{{expected}}）不一致。',
      notAggregate: '方案为 {{indicator}} 指定了汇总方法，但它不是有下级指标的汇总节点。',
      invalidMinDataShare: '最低数据比例 {{value}} 无效：必须在 0 到 1 之间。',
      invalidLimit: '方案中的 {{option}} 值 {{value}} 无效：加分、扣分总上限必须是大于或等于 0 的有限数，保底分必须是有限数。',
      gradeLabels: '等次名称无效（{{labels}}）：至少要有一个等次，且名称不能重复。',
      gradeThresholds: '等次分数线无效（{{thresholds}}）：除最后一个等次外每个等次需要一条分数线（共 {{expected}} 条），且从高到低严格递减。',
      unknownGrade: '名额限制中的等次“{{grade}}”不在等次名称中。',
      quotaLastGrade: '不能为最后一个等次“{{grade}}”设名额限制：超出名额的单位无处可降。',
      invalidQuota: '等次“{{grade}}”的名额限制无效：需要给出比例（0–1）或人数（大于或等于 0 的整数）。',
    },
  },
  en: {
    engine: {
      constantIndicator:
        'Indicator {{indicator}} has the same value for every unit, so it cannot tell units apart; it is treated as missing for all units this period.',
      emptyIndicator: 'Indicator {{indicator}} has no values this period; it is treated as missing for all units.',
      negativePoints:
        'Adjustment item {{indicator}} of unit {{unit}} is negative ({{value}}) and counts as 0. Enter bonus and penalty items as positive points.',
      geometricZero:
        'A geometric mean needs scores above 0, but unit {{unit}} scores 0 on {{indicator}}. Normalise to a range above 0 (e.g. 1–100) or use the arithmetic mean.',
      geometricNegative:
        'A geometric mean needs scores above 0, but unit {{unit}} scores below 0 on {{indicator}}. Normalise to a range above 0 (e.g. 1–100) or use the arithmetic mean.',
      duplicateCode: 'Indicator code {{indicator}} is used more than once.',
      unknownParent: 'The parent {{parent}} of indicator {{indicator}} does not exist.',
      cycle: 'The parents of indicator {{indicator}} form a cycle; the indicators must form a tree.',
      invalidWeight: 'The weight {{weight}} of indicator {{indicator}} is invalid: it must be a finite number of 0 or more.',
      invalidDirection: 'The direction {{direction}} of indicator {{indicator}} is invalid: it must be 1 or -1.',
      adjustmentPlacement:
        '{{indicator}} is a bonus, penalty or veto item ({{kind}}): it must have no parent and no children.',
      noIndicators: 'The indicator tree has no scored indicator.',
      unknownIndicator: 'Indicator {{indicator}} of the weights is not in the indicator tree.',
      invalidRange: 'The normalisation range [{{lo}}, {{hi}}] is invalid: the low end must be below the high end, both finite.',
      matrixShape: 'The data matrix has the wrong size: {{expected}} values expected, {{actual}} found.',
      duplicateUnit: 'Unit {{unit}} appears more than once in the data.',
      duplicateColumn: 'Indicator {{indicator}} has more than one column in the data.',
      duplicateObservation: 'Unit {{unit}} has more than one value for indicator {{indicator}} in the same period.',
      unknownUnit: 'There is no unit {{unit}}.',
      notInitialised: 'Load the period\'s data before rescoring.',
      matrixMismatch: 'The normalised scores do not match the indicator tree or the raw data; score again from the raw data.',
      topsisUndefined:
        'At {{aggregate}}, the TOPSIS closeness of {{count}} unit(s) is undefined (their indicators have the same best and worst values); they are treated as missing there.',
      topsisUndefinedTotal:
        'The TOPSIS closeness of the overall index is undefined for {{count}} unit(s) (their top-level scores have the same best and worst values); they have no total.',
      categoriesLength: 'The number of unit categories ({{actual}}) does not match the number of units ({{expected}}).',
      notAggregate: 'The scheme sets an aggregation method for {{indicator}}, which is not an aggregate node with children.',
      invalidMinDataShare: 'The minimum data share {{value}} is invalid: it must be between 0 and 1.',
      invalidLimit:
        'The scheme value {{option}} = {{value}} is invalid: the caps on total bonus and penalty points must be finite numbers of 0 or more, the floor a finite number.',
      gradeLabels: 'The grade names are invalid ({{labels}}): at least one grade is needed, and names must not repeat.',
      gradeThresholds:
        'The grade thresholds are invalid ({{thresholds}}): every grade but the last needs one ({{expected}} in all), strictly descending.',
      unknownGrade: 'The quota names grade "{{grade}}", which is not one of the grade names.',
      quotaLastGrade: 'The last grade "{{grade}}" cannot have a quota: units beyond it would have nowhere to go.',
      invalidQuota: 'The quota of grade "{{grade}}" is invalid: give a share (0–1) or a count (a whole number of 0 or more).',
    },
  },
};
