import type { Catalog } from './index';

/** Messages of the weighting methods (keys under `engine.weights.`): AHP, entropy, CRITIC,
 * coefficient of variation, combined weights (src-shared/engine/weights) and the `weights`
 * and `ahp` commands. Placeholders are i18next's {{name}}.
 *
 * The keys are written flat ('engine.weights.ahpEmpty' as one property), as in
 * engine-scoring.ts: `merge()` in index.ts joins catalogs one top-level key at a time, so a
 * nested `engine` here would replace the engine catalog's; i18next finds a flat dotted key all
 * the same. */
const flat = (messages: Record<string, string>): Record<string, string> =>
  Object.fromEntries(Object.entries(messages).map(([k, v]) => [`engine.weights.${k}`, v]));

export const engineWeightsMessages: Catalog = {
  'zh-CN': flat({
    // Warnings: the column gets weight 0, the others are computed.
    tooFewValues: '指标 {{indicator}} 只有 {{count}} 个单位有数据，不足 2 个，无法用 {{method}} 法计算权重，权重记为 0。',
    zeroColumn: '指标 {{indicator}} 的数值全为 0，无法用 {{method}} 法计算权重，权重记为 0。',
    constantColumn: '指标 {{indicator}} 在各单位的取值都相同，不含区分信息，{{method}} 法权重记为 0。',
    equalFallback: '{{method}} 法无法区分有数据的各指标（例如它们完全相关），这些指标取相等权重。',
    ahpInconsistent:
      '一致性比率 CR = {{cr}}，大于 0.10，判断矩阵一致性不足。最不一致的判断是（{{row}}，{{column}}）= {{value}}，与权重相符的值约为 {{suggested}}。',
    // Errors: nothing is computed.
    invalidWeight: '{{indicator}} 的权重 {{weight}} 无效：权重必须是大于或等于 0 的有限数。',
    zeroSum: '权重之和为 0，无法归一化。',
    noItems: '没有需要赋权的指标。',
    noData: '没有任何指标有足够的数据用 {{method}} 法计算权重（每个指标至少需要 2 个不同的值）。',
    negativeValue: '指标 {{indicator}} 有负值（{{value}}），{{method}} 法要求数值不小于 0：请先标准化到 [0, 1]。',
    unknownMethod: '赋权方法“{{method}}”无效，可选：{{allowed}}。',
    lengthMismatch: '两组权重的个数不同：{{expected}} 个和 {{actual}} 个。',
    invalidAlpha: '组合系数 α = {{alpha}} 无效：应在 0 到 1 之间。',
    ahpEmpty: '判断矩阵是空的：第一行应为各指标编码。',
    ahpCodes: '判断矩阵有 {{size}} 行，但指标编码（{{codes}}）个数不符或有重复。',
    ahpNotSquare: '判断矩阵第 {{row}} 行有 {{cells}} 个值，应为 {{size}} 个（矩阵必须是方阵）。',
    ahpNotPositive: '判断矩阵单元格（{{row}}，{{column}}）的值 {{value}} 无效：判断值必须是大于 0 的数。',
    ahpDiagonal: '判断矩阵单元格（{{row}}，{{row}}）的值为 {{value}}，对角线上必须是 1。',
    ahpNotReciprocal:
      '判断矩阵在单元格（{{row}}，{{column}}）处不互反：{{row}} 比 {{column}} 为 {{value}}，而 {{column}} 比 {{row}} 为 {{mirror}}，应为 {{expected}}。',
    ahpTooLarge: '判断矩阵有 {{size}} 个指标，超过 {{max}} 个，没有对应的随机一致性指标 RI。请按层次把指标分组比较。',
    ahpNoExperts: '没有专家判断矩阵。',
    ahpExpertShape: '专家 {{expert}} 的判断矩阵大小与第一位专家的（{{size}} × {{size}}）不同。',
    ahpExpertNotPositive: '专家 {{expert}} 的判断矩阵单元格（{{row}}，{{column}}）的值 {{value}} 无效：判断值必须是大于 0 的数。',
    ahpDuplicateCode: '判断矩阵中指标编码 {{code}} 出现了不止一次。',
    ahpUnknownRow: '判断矩阵中有一行的编码 {{code}} 不在表头中（表头：{{codes}}）。',
    ahpMissingRow: '判断矩阵缺少指标 {{code}} 的那一行。',
    ahpBadCell: '判断矩阵单元格（{{row}}，{{column}}）的内容“{{value}}”不是数字或分数（例如 3、0.5、1/3）。',
  }),
  en: flat({
    tooFewValues:
      'Indicator {{indicator}} has values for only {{count}} unit(s), fewer than 2: the {{method}} method cannot weigh it, so its weight is 0.',
    zeroColumn: 'Indicator {{indicator}} is 0 for every unit: the {{method}} method cannot weigh it, so its weight is 0.',
    constantColumn:
      'Indicator {{indicator}} has the same value for every unit and carries no information: its {{method}} weight is 0.',
    equalFallback:
      'The {{method}} method cannot tell the indicators with data apart (they are, for example, perfectly correlated): they get equal weights.',
    ahpInconsistent:
      'The consistency ratio CR = {{cr}} is above 0.10: the judgements are not consistent enough. The most inconsistent is ({{row}}, {{column}}) = {{value}}; about {{suggested}} would agree with the weights.',
    invalidWeight: 'The weight {{weight}} of {{indicator}} is invalid: it must be a finite number of 0 or more.',
    zeroSum: 'The weights sum to 0 and cannot be normalised.',
    noItems: 'There is nothing to weigh.',
    noData:
      'No indicator has enough data for the {{method}} method (each needs at least 2 different values).',
    negativeValue:
      'Indicator {{indicator}} has a negative value ({{value}}); the {{method}} method needs values of 0 or more: normalise to [0, 1] first.',
    unknownMethod: 'Unknown weighting method "{{method}}"; allowed: {{allowed}}.',
    lengthMismatch: 'The two weight vectors differ in length: {{expected}} and {{actual}}.',
    invalidAlpha: 'The combination coefficient α = {{alpha}} is invalid: it must be between 0 and 1.',
    ahpEmpty: 'The comparison matrix is empty: its first row must list the indicator codes.',
    ahpCodes: 'The comparison matrix has {{size}} rows but the codes ({{codes}}) do not match in number or repeat.',
    ahpNotSquare: 'Row {{row}} of the comparison matrix has {{cells}} values instead of {{size}}: the matrix must be square.',
    ahpNotPositive: 'Cell ({{row}}, {{column}}) of the comparison matrix is {{value}}: judgements must be numbers above 0.',
    ahpDiagonal: 'Cell ({{row}}, {{row}}) of the comparison matrix is {{value}}: the diagonal must be 1.',
    ahpNotReciprocal:
      'The comparison matrix is not reciprocal at cell ({{row}}, {{column}}): {{row}} over {{column}} is {{value}} but {{column}} over {{row}} is {{mirror}}; it should be {{expected}}.',
    ahpTooLarge:
      'The comparison matrix has {{size}} items, more than {{max}}, for which there is no random index RI. Compare the indicators in groups down the hierarchy.',
    ahpNoExperts: 'There is no expert matrix.',
    ahpExpertShape: "Expert {{expert}}'s comparison matrix is not the size of the first expert's ({{size}} × {{size}}).",
    ahpExpertNotPositive:
      "Cell ({{row}}, {{column}}) of expert {{expert}}'s comparison matrix is {{value}}: judgements must be numbers above 0.",
    ahpDuplicateCode: 'Code {{code}} appears more than once in the comparison matrix.',
    ahpUnknownRow: 'A row of the comparison matrix has the code {{code}}, which is not in the header ({{codes}}).',
    ahpMissingRow: 'The comparison matrix has no row for {{code}}.',
    ahpBadCell: 'Cell ({{row}}, {{column}}) of the comparison matrix, "{{value}}", is not a number or a fraction (e.g. 3, 0.5, 1/3).',
  }),
};
