import type { Catalog } from './index';

/** Messages of io (keys under `io.`). Placeholders are i18next's {{name}}. Every issue of
 * the importer carries `sheet`, `row`, `column` and `cell` (A1 address) in its params where
 * they apply, so a message may use them; the location is also shown beside each message
 * (src-shared/i18n/format.ts), so most messages do not repeat it. */
export const ioMessages: Catalog = {
  'zh-CN': {
    io: {
      more: '另有 {{count}} 个问题未列出（其中错误 {{errors}} 个）。',
      path: {
        notFound: '找不到“{{path}}”。',
        noCsv: '文件夹“{{path}}”中没有 CSV 文件（应有 indicators.csv、units.csv、data.csv，或 指标.csv、单位.csv、数据.csv）。',
      },
      file: {
        none: '没有选择任何文件。',
        empty: '文件“{{file}}”是空的。',
        notWorkbook: '文件“{{file}}”不是考评工作簿：请提供 .xlsx 文件或 UTF-8 / GB18030 编码的 CSV 文件。',
        legacyExcel: '文件“{{file}}”是旧版 Excel（.xls）或其他 Office 文件：请在 Excel 中“另存为” .xlsx 后再导入。',
        unreadableXlsx: '文件“{{file}}”像是 .xlsx，但无法读取（文件可能已损坏）。',
      },
      sheet: {
        missing: '缺少工作表“{{sheet}}”（也可命名为“{{alias}}”）。',
        duplicate: '工作表“{{sheet}}”与“{{first}}”是同一张表，只能有一个。',
        ignored: '工作表“{{sheet}}”不属于考评工作簿格式，已忽略。',
        empty: '工作表“{{sheet}}”是空的（没有表头）。',
        noRows: '工作表“{{sheet}}”只有表头，没有数据行。',
      },
      column: {
        missing: '缺少必填列“{{column}}”（也可写作：{{aliases}}）。',
        duplicate: '列“{{column}}”与列“{{first}}”表示同一项，只能保留一列。',
        unnamed: '单元格 {{cell}} 有内容，但所在列没有表头，无法导入：请补上表头或删除该列。',
        ignored: '列“{{column}}”不属于本工作表的格式，已忽略。',
      },
      cell: {
        required: '“{{column}}”不能为空。',
        formula: '单元格 {{cell}} 是公式。导入不计算公式：请复制后“选择性粘贴 → 数值”再导入。',
        notNumber: '“{{value}}”不是数字（可填数字、93% 这样的百分数；缺失值留空或填 NA、-、—）。',
        notFinite: '“{{value}}”不是有限的数值。',
      },
      csv: {
        badQuotes: '第 {{row}} 行的引号不成对，CSV 无法正确分列。',
      },
      code: {
        duplicate: '编码“{{code}}”重复（第 {{first}} 行已出现）。',
      },
      indicators: {
        badCode: '编码“{{value}}”只能包含字母、数字、下划线、点和连字符。',
        badWeight: '权重“{{value}}”无效：权重须为不小于 0 的有限数。',
        badDirection: '方向“{{value}}”无效：填 1（越高越好）或 -1（越低越好）。',
        badKind: '类型“{{value}}”无效：可填 indicator、quantitative、survey、goal、bonus（加分项）、penalty（扣分项）或 veto（一票否决）。',
        badScoring: '计分方法“{{value}}”无效，可选：{{allowed}}。',
        badAggregation: '汇总方式“{{value}}”无效：填 arithmetic（算术）或 geometric（几何）。',
        badRange: 'typical_min（{{min}}）大于 typical_max（{{max}}）。',
        unknownParent: '指标“{{code}}”的上级“{{parent}}”不在指标表中。',
        cycle: '指标的上级关系形成了循环：{{cycle}}。',
        adjustmentHasParent: '“{{code}}”是 {{kind}} 项，必须位于最上层（上级留空），不能挂在“{{parent}}”之下。',
        adjustmentHasChildren: '“{{code}}”是 {{kind}} 项，不能有下级指标。',
        zeroWeights: '“{{parent}}”的下级指标权重全部为 0：至少一项须大于 0。',
        zeroWeightsTop: '最上层指标的权重全部为 0：至少一项须大于 0。',
        fixedNeedsRange: '指标“{{code}}”使用 fixed 计分，须填写不相等的 typical_min 和 typical_max。',
        targetNeedsTarget: '指标“{{code}}”使用 target 计分，须填写不为 0 的目标值。',
      },
      units: {
        cycle: '单位的上级关系形成了循环：{{cycle}}。',
      },
      data: {
        periodRequired: '数据表没有“period（期间）”列：请在导入时指定期间，或加上期间列。',
        unknownUnit: '单位“{{unit}}”不在单位表中。',
        unknownIndicator: '指标“{{indicator}}”不在指标表中。',
        aggregateIndicator: '“{{indicator}}”是汇总指标（有下级），其得分由下级计算，不能直接填数据。',
        duplicate: '单位“{{unit}}”在期间“{{period}}”的指标“{{indicator}}”重复（第 {{first}} 行已有）。',
        duplicateRow: '单位“{{unit}}”在期间“{{period}}”已有一行数据（第 {{first}} 行）。',
        outOfRange: '指标“{{indicator}}”的值 {{value}} 远超出常见范围 {{min}} ~ {{max}}，请核实。',
      },
      goals: {
        badStatus: '状态“{{value}}”无效，可选：{{allowed}}。',
        duplicate: '单位“{{unit}}”在期间“{{period}}”的目标编码“{{code}}”重复（第 {{first}} 行已有）。',
      },
      marks: {
        duplicate: '专家“{{expert}}”对单位“{{unit}}”在期间“{{period}}”的指标“{{indicator}}”重复评分（第 {{first}} 行已有）。',
        outOfRange: '指标“{{indicator}}”的专家评分 {{value}} 不在 0 ~ {{max}} 之间，请核实。',
        negative: '指标“{{indicator}}”的专家评分 {{value}} 是负数，请核实。',
      },
      period: {
        unusual: '期间“{{value}}”不是常见写法（如 2024、2024H1、2024Q3、2024-07），请核实。',
      },
    },
  },
  en: {
    io: {
      more: '{{count}} more problems not listed ({{errors}} of them errors).',
      path: {
        notFound: '"{{path}}" does not exist.',
        noCsv: 'The folder "{{path}}" holds no CSV files (expected indicators.csv, units.csv, data.csv).',
      },
      file: {
        none: 'No file was given.',
        empty: 'The file "{{file}}" is empty.',
        notWorkbook: 'The file "{{file}}" is not an evaluation workbook: give an .xlsx file or CSV files in UTF-8 or GB18030.',
        legacyExcel: 'The file "{{file}}" is an old Excel (.xls) or other Office file: save it as .xlsx in Excel and import that.',
        unreadableXlsx: 'The file "{{file}}" looks like an .xlsx file but cannot be read (it may be damaged).',
      },
      sheet: {
        missing: 'The sheet "{{sheet}}" (or "{{alias}}") is missing.',
        duplicate: 'The sheet "{{sheet}}" is the same sheet as "{{first}}"; keep only one.',
        ignored: 'The sheet "{{sheet}}" is not part of the evaluation workbook format and was ignored.',
        empty: 'The sheet "{{sheet}}" is empty (it has no header row).',
        noRows: 'The sheet "{{sheet}}" has a header but no rows.',
      },
      column: {
        missing: 'The required column "{{column}}" is missing (also accepted: {{aliases}}).',
        duplicate: 'The column "{{column}}" means the same as the column "{{first}}"; keep only one.',
        unnamed: 'Cell {{cell}} has a value but its column has no header, so it cannot be imported: add a header or delete the column.',
        ignored: 'The column "{{column}}" is not part of this sheet\'s format and was ignored.',
      },
      cell: {
        required: '"{{column}}" must not be empty.',
        formula: 'Cell {{cell}} holds a formula. Formulas are not calculated on import: copy the cells and paste them as values, then import again.',
        notNumber: '"{{value}}" is not a number (write a number or a percentage such as 93%; leave missing values empty or write NA, - or —).',
        notFinite: '"{{value}}" is not a finite number.',
      },
      csv: {
        badQuotes: 'Row {{row}} has unbalanced quotes, so its cells cannot be told apart.',
      },
      code: {
        duplicate: 'The code "{{code}}" is used twice (first in row {{first}}).',
      },
      indicators: {
        badCode: 'The code "{{value}}" may only contain letters, digits, "_", "." and "-".',
        badWeight: 'The weight "{{value}}" is invalid: weights are finite numbers of 0 or more.',
        badDirection: 'The direction "{{value}}" is invalid: write 1 (higher is better) or -1 (lower is better).',
        badKind: 'The kind "{{value}}" is invalid: write indicator, quantitative, survey, goal, bonus, penalty or veto.',
        badScoring: 'The scoring method "{{value}}" is invalid; use one of: {{allowed}}.',
        badAggregation: 'The aggregation "{{value}}" is invalid: write arithmetic or geometric.',
        badRange: 'typical_min ({{min}}) is greater than typical_max ({{max}}).',
        unknownParent: 'The parent "{{parent}}" of "{{code}}" is not in the indicators sheet.',
        cycle: 'The parents of these indicators form a cycle: {{cycle}}.',
        adjustmentHasParent: '"{{code}}" is a {{kind}} item: it must be at the top level (empty parent), not under "{{parent}}".',
        adjustmentHasChildren: '"{{code}}" is a {{kind}} item and cannot have children.',
        zeroWeights: 'All weights under "{{parent}}" are 0: at least one must be above 0.',
        zeroWeightsTop: 'All weights of the top-level indicators are 0: at least one must be above 0.',
        fixedNeedsRange: '"{{code}}" is scored "fixed", which needs typical_min and typical_max (different from each other).',
        targetNeedsTarget: '"{{code}}" is scored "target", which needs a target other than 0.',
      },
      units: {
        cycle: 'The parents of these units form a cycle: {{cycle}}.',
      },
      data: {
        periodRequired: 'The data sheet has no "period" column: name the period when importing, or add the column.',
        unknownUnit: 'The unit "{{unit}}" is not in the units sheet.',
        unknownIndicator: 'The indicator "{{indicator}}" is not in the indicators sheet.',
        aggregateIndicator: '"{{indicator}}" is an aggregate (it has children): its score is computed from them, so it takes no data.',
        duplicate: 'Unit "{{unit}}", period "{{period}}", indicator "{{indicator}}" is given twice (first in row {{first}}).',
        duplicateRow: 'Unit "{{unit}}" already has a row for period "{{period}}" (row {{first}}).',
        outOfRange: 'The value {{value}} of "{{indicator}}" is far outside its typical range {{min}} to {{max}}; please check it.',
      },
      goals: {
        badStatus: 'The status "{{value}}" is invalid; use one of: {{allowed}}.',
        duplicate: 'Unit "{{unit}}", period "{{period}}", goal "{{code}}" is given twice (first in row {{first}}).',
      },
      marks: {
        duplicate: 'Expert "{{expert}}" marks unit "{{unit}}", period "{{period}}", indicator "{{indicator}}" twice (first in row {{first}}).',
        outOfRange: 'The expert mark {{value}} for "{{indicator}}" is outside 0 to {{max}}; please check it.',
        negative: 'The expert mark {{value}} for "{{indicator}}" is negative; please check it.',
      },
      period: {
        unusual: 'The period "{{value}}" is not written the usual way (2024, 2024H1, 2024Q3, 2024-07); please check it.',
      },
    },
  },
};
