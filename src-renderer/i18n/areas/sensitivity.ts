import type { AreaStrings } from '../catalogs';

/** UI strings of the sensitivity screen (keys `ui.sensitivity.*`), Chinese first. `en` is typed
 * by `zhCN`, so a missing or extra key fails to compile. */
const zhCN = {
  ui: {
    sensitivity: {
      title: '敏感性与不确定性分析',
      intro: '每个权重乘以 (1+u)，u 在 [−f, +f] 内均匀分布，各层独立抽取后在同级内重新归一化；重复 N 次，看各单位名次和等次的变化范围。',
      scheme: '方案',
      standard: '标准计算',
      noise: '权重扰动 f',
      samples: '抽样次数 N',
      seed: '随机种子',
      topK: '前 k 名',
      choices: '同时随机抽取汇总方式',
      aggregate: { arithmetic: '加权算术平均', geometric: '加权几何平均', topsis: 'TOPSIS' },
      run: '运行',
      cancel: '取消',
      progress: '已完成 {{done}} / {{total}} 次',
      cancelled: '已取消，未产生结果。',
      summary: '{{samples}} 次抽样，f = {{noise}}，种子 {{seed}}。',
      column: {
        unit: '编码',
        name: '单位',
        nominal: '名义名次',
        median: '中位名次',
        q05: '5% 分位',
        q95: '95% 分位',
        topK: '前 {{k}} 名概率',
        grade: '{{grade}}概率',
      },
      intervals: {
        title: '名次区间（按名义名次排列）',
        interval: '5%–95% 名次区间',
        median: '中位名次',
        nominal: '名义名次',
      },
      grades: {
        title: '等次概率（等次不确定的单位）',
        none: '方案没有设置等次。',
      },
      stability: {
        title: '权重稳定区间',
        intro: '调整一个权重（同级其余权重按比例缩放）时，所选单位的名次或前 k 名名单保持不变的区间；条越窄，结果越依赖该权重。',
        searched: '其中 {{count}} 个区间由网格搜索求得（总分随该权重非线性变化，如几何平均），窄于步长 1/100 的变化可能漏掉；其余区间为精确交点。',
        byUnit: '单位名次不变',
        byTopK: '前 k 名名单不变',
        unit: '单位',
        compute: '计算',
        interval: '保持不变的权重区间',
        nominal: '当前权重',
      },
      sweep: {
        title: '单一权重扫描',
        node: '权重节点',
        rank: '名次',
        total: '总分',
        weight: '权重占同级合计的比例',
        nominal: '当前',
      },
      exportName: {
        intervals: '名次区间',
        grades: '等次概率',
        stability: '权重稳定区间',
        sweep: '权重扫描',
      },
    },
  },
};

const en: typeof zhCN = {
  ui: {
    sensitivity: {
      title: 'Sensitivity and uncertainty',
      intro: 'Each weight is multiplied by (1+u), u uniform in [−f, +f], drawn independently at every level and renormalised among siblings; N draws show how far each unit\'s rank and grade can move.',
      scheme: 'Scheme',
      standard: 'Standard computation',
      noise: 'Weight noise f',
      samples: 'Samples N',
      seed: 'Seed',
      topK: 'Top k',
      choices: 'Also draw the aggregation',
      aggregate: { arithmetic: 'Weighted arithmetic mean', geometric: 'Weighted geometric mean', topsis: 'TOPSIS' },
      run: 'Run',
      cancel: 'Cancel',
      progress: '{{done}} of {{total}} draws done',
      cancelled: 'Cancelled; no result.',
      summary: '{{samples}} draws, f = {{noise}}, seed {{seed}}.',
      column: {
        unit: 'Code',
        name: 'Unit',
        nominal: 'Nominal rank',
        median: 'Median rank',
        q05: '5th percentile',
        q95: '95th percentile',
        topK: 'P(top {{k}})',
        grade: 'P({{grade}})',
      },
      intervals: {
        title: 'Rank intervals (by nominal rank)',
        interval: '5–95% rank interval',
        median: 'Median rank',
        nominal: 'Nominal rank',
      },
      grades: {
        title: 'Grade probabilities (units whose grade is uncertain)',
        none: 'The scheme has no grades.',
      },
      stability: {
        title: 'Weight stability intervals',
        intro: 'The range of each weight (its siblings rescaled proportionally) within which the chosen unit\'s rank, or the top-k list, stays the same; a narrow bar means the result hangs on that weight.',
        searched: '{{count}} of these intervals were found by a grid search (the totals are not linear in that weight, e.g. geometric means): a change narrower than 1/100 of the range can be missed. The others are exact crossings.',
        byUnit: 'Unit keeps its rank',
        byTopK: 'Top-k list unchanged',
        unit: 'Unit',
        compute: 'Compute',
        interval: 'Weights that keep it',
        nominal: 'Current weight',
      },
      sweep: {
        title: 'One weight at a time',
        node: 'Weight of',
        rank: 'Rank',
        total: 'Total',
        weight: 'Weight as a share of its group',
        nominal: 'Current',
      },
      exportName: {
        intervals: 'rank-intervals',
        grades: 'grade-probabilities',
        stability: 'weight-stability',
        sweep: 'weight-sweep',
      },
    },
  },
};

export const sensitivityStrings: AreaStrings = { zhCN, en };
