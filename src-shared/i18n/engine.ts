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
      unknownUnit: '没有第 {{unit}} 个单位。',
      matrixMismatch: '标准化结果与指标体系或原始数据不一致，请重新计算。',
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
      unknownUnit: 'There is no unit number {{unit}}.',
      matrixMismatch: 'The normalised scores do not match the indicator tree or the raw data; score again from the raw data.',
    },
  },
};
