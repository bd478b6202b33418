import type { Catalog } from './index';

/** Messages of what-if scenarios and sensitivity analysis (issue 6): the engine's
 * (src-shared/engine/{scenarios,sensitivity}), the store's and service's refusals, the
 * `sensitivity` and `whatif` commands. Its own top-level namespace `scenarios`, so the shallow
 * merge in index.ts cannot clash with another catalog. Placeholders are i18next's {{name}}. */
export const scenariosMessages: Catalog = {
  'zh-CN': {
    scenarios: {
      badSamples: '抽样次数“{{value}}”无效：必须是 1 到 {{max}} 之间的整数。',
      badNoise: '权重扰动幅度“{{value}}”无效：必须是不小于 0 且小于 1 的数（如 0.25 表示 ±25%）。',
      badSeed: '随机种子“{{value}}”无效：必须是整数。',
      badTopK: '前 k 名的 k 值“{{value}}”无效：必须是正整数。',
      tooLarge: '{{units}} 个单位抽样 {{samples}} 次所需内存过大，请减少抽样次数。',
      badSteps: '扫描步数“{{value}}”无效：必须是 1 到 1000 之间的整数。',
      unknownUnit: '没有编码为“{{unit}}”的单位（或它在该期没有数据）。',
      unknownNode: '指标树中没有可调整权重的节点“{{node}}”。',
      unknownIndicator: '没有可计分的末级指标“{{indicator}}”。',
      editUnknownUnit: '第 {{edit}} 项数据修改：没有编码为“{{unit}}”的单位（或它在该期没有数据）。',
      editUnknownIndicator: '第 {{edit}} 项数据修改：没有末级指标“{{indicator}}”。',
      badEditValue: '第 {{edit}} 项数据修改（{{unit}} 的 {{indicator}}）：数值“{{value}}”不是有限数。',
      badFactor: '第 {{edit}} 项数据修改（{{unit}} 的 {{indicator}}）：倍数“{{value}}”无效，必须不小于 0（如 1.3 表示增加 30%）。',
      editMissingValue: '第 {{edit}} 项数据修改：{{unit}} 的 {{indicator}} 没有数据，无法按比例或增量修改，请用“设为”。',
      goalMissingValue: '{{unit}} 的指标 {{indicator}} 没有数据，无法求目标值。',
      badTargetRank: '目标名次“{{value}}”无效：必须是 1 到 {{max}} 之间的整数。',
      unknownGrade: '没有等次“{{grade}}”。方案的等次：{{known}}',
      noGrades: '方案没有设置等次，无法以等次为目标。',
      badBound: '节点 {{node}} 的权重范围“{{value}}”无效：下限和上限须为不小于 0 的有限数且下限不大于上限（相对幅度须小于 1）。',
      unknownScenario: '没有名为“{{name}}”的情景。已有情景：{{known}}',
      scenarioNameTaken: '已有名为“{{name}}”的情景，请换一个名称。',
      badDefinition: '情景“{{name}}”的定义无效：{{problem}}',
      cliBadNumber: '选项 {{option}} 的值“{{value}}”不是有效的数。',
      badScenarioFile: '情景文件 {{file}} 无效：{{issue}}',
    },
  },
  en: {
    scenarios: {
      badSamples: 'The number of samples "{{value}}" is not valid: it must be a whole number from 1 to {{max}}.',
      badNoise: 'The weight noise "{{value}}" is not valid: it must be at least 0 and below 1 (0.25 means ±25%).',
      badSeed: 'The seed "{{value}}" is not valid: it must be a whole number.',
      badTopK: 'The k of the top k "{{value}}" is not valid: it must be a positive whole number.',
      tooLarge: '{{samples}} draws over {{units}} units need too much memory; use fewer draws.',
      badSteps: 'The number of sweep steps "{{value}}" is not valid: it must be a whole number from 1 to 1000.',
      unknownUnit: 'There is no unit with code "{{unit}}" (or it has no data in this period).',
      unknownNode: 'The indicator tree has no weighted node "{{node}}".',
      unknownIndicator: 'There is no scored leaf indicator "{{indicator}}".',
      editUnknownUnit: 'Data change {{edit}}: there is no unit with code "{{unit}}" (or it has no data in this period).',
      editUnknownIndicator: 'Data change {{edit}}: there is no leaf indicator "{{indicator}}".',
      badEditValue: 'Data change {{edit}} ({{indicator}} of {{unit}}): the value "{{value}}" is not a finite number.',
      badFactor: 'Data change {{edit}} ({{indicator}} of {{unit}}): the factor "{{value}}" is not valid; it must be at least 0 (1.3 means +30%).',
      editMissingValue: 'Data change {{edit}}: {{unit}} has no value for {{indicator}} to multiply or add to; use "set".',
      goalMissingValue: '{{unit}} has no value for {{indicator}}, so no target value can be sought.',
      badTargetRank: 'The target rank "{{value}}" is not valid: it must be a whole number from 1 to {{max}}.',
      unknownGrade: 'There is no grade "{{grade}}". The scheme\'s grades: {{known}}',
      noGrades: 'The scheme has no grades, so a grade cannot be the target.',
      badBound: 'The weight bounds "{{value}}" of node {{node}} are not valid: both must be finite and at least 0, the lower not above the upper (a relative bound below 1).',
      unknownScenario: 'There is no scenario named "{{name}}". Known scenarios: {{known}}',
      scenarioNameTaken: 'A scenario named "{{name}}" already exists; choose another name.',
      badDefinition: 'The definition of scenario "{{name}}" is not valid: {{problem}}',
      cliBadNumber: 'The value "{{value}}" of option {{option}} is not a valid number.',
      badScenarioFile: 'Scenario file {{file}} is invalid: {{issue}}',
    },
  },
};
