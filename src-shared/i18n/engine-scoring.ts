import type { Catalog } from './index';

/** Messages of the scoring methods and indicator statistics (src-shared/engine/scoring and
 * stats; keys `engine.scoring.*`) and of `kaoping stats` (keys `cli.stats.*`). Placeholders
 * are i18next's {{name}}.
 *
 * The keys are written flat ('engine.scoring.noTarget' as one property), not nested under
 * `engine`: `merge()` in index.ts joins catalogs one top-level key at a time, so a nested
 * `engine` here would replace the engine catalog's. i18next finds a flat dotted key all the
 * same (its lookup falls back to the whole key when the nested path is absent). */
export const engineScoringMessages: Catalog = {
  'zh-CN': {
    // Warnings: the computation goes on.
    'engine.scoring.fixedNoBounds':
      '指标 {{indicator}} 按固定上下限计分，但没有有效的典型最小值和典型最大值（两者都要填写，且最小值小于最大值），改按极差法（min-max）计分。',
    'engine.scoring.noTarget': '指标 {{indicator}} 按目标完成率计分，但没有大于 0 的目标值，改按极差法（min-max）计分。',
    'engine.scoring.noFullPoints': '指标 {{indicator}} 按部门给分计分，但它的分值（权重）为 0，无法折算，改按极差法（min-max）计分。',
    'engine.scoring.growthNoPrevious': '指标 {{indicator}} 在上一期没有数据，无法计算增幅。',
    'engine.scoring.growthNoBase':
      '指标 {{indicator}} 有 {{count}} 个单位上一期没有数据或上期值为 0，无法计算增幅：{{units}}。',
    'engine.scoring.constantInCategory':
      '指标 {{indicator}} 在类别“{{category}}”内所有单位取值相同，无法在类内区分优劣，本期对该类单位按缺失处理。',
    'engine.scoring.noCategories': '方案要求分类标准化，但单位都没有类别，所有单位按同一组标准化。',
    'engine.scoring.winsorised':
      '指标 {{indicator}} 偏度和峰度过大（|偏度| ≥ 2 且峰度 ≥ 3.5），已对 {{points}} 个极端值做缩尾处理（改为相邻的次极端值）。',
    'engine.scoring.logTransformed':
      '指标 {{indicator}} 偏度和峰度过大，缩尾 5 个值仍不能消除，已改为对数变换 ln(x − 最小值 + 0.01 × 极差)。',
    // Errors: nothing is computed.
    'engine.scoring.invalidGrowthCap': '增幅上限 {{cap}} 无效：应为大于 0 的有限数，或不设上限。',
    'engine.scoring.invalidLevelShare': '存量占比 {{share}} 无效：应在 0 到 1 之间。',
    'engine.scoring.categoriesLength': '单位类别的个数（{{actual}}）与单位个数（{{expected}}）不一致。',
    'engine.scoring.notLeaf': '方案为 {{indicator}} 指定了计分方法，但它不是可计分的末级指标。',
    'engine.scoring.unknownMethod': '指标 {{indicator}} 的计分方法“{{method}}”无效。',
    // kaoping stats
    'cli.stats.title': '{{period}} 期指标统计',
    'cli.stats.code': '指标',
    'cli.stats.n': '个数',
    'cli.stats.availability': '完整率',
    'cli.stats.min': '最小值',
    'cli.stats.max': '最大值',
    'cli.stats.mean': '均值',
    'cli.stats.sd': '标准差',
    'cli.stats.skewness': '偏度',
    'cli.stats.kurtosis': '峰度',
    'cli.stats.zeros': '零值占比',
    'cli.stats.outliers': '异常值处理',
    'cli.stats.none': '无',
    'cli.stats.winsorised': '缩尾 {{points}} 个',
    'cli.stats.log': '对数变换',
    'cli.stats.collinear': '高度相关的指标对（|r| > 0.9）：',
    'cli.stats.noCollinear': '没有高度相关的指标对（|r| > 0.9）。',
  },
  en: {
    'engine.scoring.fixedNoBounds':
      'Indicator {{indicator}} is scored against fixed bounds but has no valid typical_min and typical_max (both are needed, min below max); it is scored by min-max instead.',
    'engine.scoring.noTarget': 'Indicator {{indicator}} is scored against a target but has no target above 0; it is scored by min-max instead.',
    'engine.scoring.noFullPoints':
      'Indicator {{indicator}} is scored as department points but its full points (weight) are 0; it is scored by min-max instead.',
    'engine.scoring.growthNoPrevious': 'Indicator {{indicator}} has no values in the previous period, so its growth cannot be computed.',
    'engine.scoring.growthNoBase':
      'Indicator {{indicator}}: {{count}} units have no previous value or a previous value of 0, so their growth cannot be computed: {{units}}.',
    'engine.scoring.constantInCategory':
      'Indicator {{indicator}} has the same value for every unit of category "{{category}}", so it cannot tell them apart; it is treated as missing for that category this period.',
    'engine.scoring.noCategories': 'The scheme normalises within categories, but no unit has a category: all units are normalised as one group.',
    'engine.scoring.winsorised':
      'Indicator {{indicator}} is too skewed (|skewness| ≥ 2 and kurtosis ≥ 3.5): {{points}} extreme values were winsorised (set to the next most extreme value).',
    'engine.scoring.logTransformed':
      'Indicator {{indicator}} is too skewed and winsorising 5 values did not fix it: it was log-transformed instead, ln(x − min + 0.01 × range).',
    'engine.scoring.invalidGrowthCap': 'Growth cap {{cap}} is invalid: give a finite number above 0, or no cap.',
    'engine.scoring.invalidLevelShare': 'Level share {{share}} is invalid: it must be between 0 and 1.',
    'engine.scoring.categoriesLength': 'There are {{actual}} unit categories for {{expected}} units.',
    'engine.scoring.notLeaf': 'The scheme sets a scoring method for {{indicator}}, which is not a scored leaf indicator.',
    'engine.scoring.unknownMethod': 'Scoring method "{{method}}" of indicator {{indicator}} is not known.',
    'cli.stats.title': 'Indicator statistics, period {{period}}',
    'cli.stats.code': 'code',
    'cli.stats.n': 'n',
    'cli.stats.availability': 'availability',
    'cli.stats.min': 'min',
    'cli.stats.max': 'max',
    'cli.stats.mean': 'mean',
    'cli.stats.sd': 'sd',
    'cli.stats.skewness': 'skew',
    'cli.stats.kurtosis': 'kurtosis',
    'cli.stats.zeros': 'zeros',
    'cli.stats.outliers': 'outliers',
    'cli.stats.none': 'none',
    'cli.stats.winsorised': 'winsorised {{points}}',
    'cli.stats.log': 'log',
    'cli.stats.collinear': 'Collinear pairs (|r| > 0.9):',
    'cli.stats.noCollinear': 'No collinear pairs (|r| > 0.9).',
  },
};
