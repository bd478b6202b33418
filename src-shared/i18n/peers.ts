import type { Catalog } from './index';

/** Messages of peer comparison (对标比晒, issue 5): saved peer groups and the comparison
 * calls (keys `peers.*`). */
export const peersMessages: Catalog = {
  'zh-CN': {
    peers: {
      unknownGroup: '没有名为“{{name}}”的对标组。已有对标组：{{known}}',
      emptyName: '对标组名称不能为空。',
      emptyGroup: '对标组“{{name}}”至少要有一个单位。',
      duplicateMember: '单位 {{unit}} 在对标组“{{name}}”中重复出现。',
      unknownMember: '对标组“{{name}}”中的单位 {{unit}} 不在数据库中。',
      groupNameTaken: '已有名为“{{name}}”的对标组，请换一个名称。',
      // `context` (i18next) is the peer group's kind: the message names it in words
      noPeers: '单位 {{unit}} 在期间 {{period}} 没有可比的对标单位。',
      noPeers_category: '单位 {{unit}} 在期间 {{period}} 没有同类别的对标单位（它没有类别，或类别中只有它有数据）。',
      noPeers_township: '单位 {{unit}} 在期间 {{period}} 没有同乡镇的对标单位（它没有上级乡镇，或乡镇中只有它有数据）。',
      noPeers_level: '单位 {{unit}} 在期间 {{period}} 没有同层级的对标单位。',
      noPeers_saved: '对标组中除单位 {{unit}} 外，没有在期间 {{period}} 有数据的单位。',
      noPeers_list: '所选单位中除 {{unit}} 外，没有在期间 {{period}} 有数据的单位。',
      noPeers_similar: '没有与单位 {{unit}} 可比的相似单位（期间 {{period}}，所选指标上都没有共同的数据）。',
      unknownIndicator: '相似度指标 {{indicator}} 不在指标体系中。',
      unknownPeer: '单位 {{unit}} 不在数据库中。',
      badSpec: '--peers 应为 category、township、level、similar[:k[:指标,…]] 或 saved:名称，收到“{{spec}}”',
      badTop: '--top 应为 1 到 20 的整数，收到“{{value}}”',
      // the `kaoping peers` command (here, not under `cli`: the catalogs merge shallowly)
      cli: {
        title: '{{unit}} {{name}} 与 {{count}} 个对标单位比较（{{kind}}），期间 {{period}}',
        peers: '对标单位：{{list}}',
        code: '指标',
        value: '数值',
        median: '对标中位数',
        gap: '差距',
        percentile: '百分位',
        strengths: '优势：{{list}}',
        weaknesses: '短板：{{list}}',
      },
    },
  },
  en: {
    peers: {
      unknownGroup: 'There is no peer group named "{{name}}". Peer groups: {{known}}',
      emptyName: 'A peer group needs a name.',
      emptyGroup: 'Peer group "{{name}}" needs at least one unit.',
      duplicateMember: 'Unit {{unit}} appears twice in peer group "{{name}}".',
      unknownMember: 'Unit {{unit}} of peer group "{{name}}" is not in the database.',
      groupNameTaken: 'A peer group named "{{name}}" already exists; choose another name.',
      noPeers: 'Unit {{unit}} has no peers to compare with in period {{period}}.',
      noPeers_category: 'Unit {{unit}} has no peers of the same category in period {{period}} (it has no category, or no other unit of it has data).',
      noPeers_township: 'Unit {{unit}} has no peers in the same township in period {{period}} (it has no township, or no other unit there has data).',
      noPeers_level: 'Unit {{unit}} has no peers of the same level in period {{period}}.',
      noPeers_saved: 'Apart from {{unit}}, no unit of the peer group has data in period {{period}}.',
      noPeers_list: 'Apart from {{unit}}, none of the chosen units has data in period {{period}}.',
      noPeers_similar: 'No unit is comparable with {{unit}} in period {{period}}: none shares data on the chosen indicators.',
      unknownIndicator: 'Similarity indicator {{indicator}} is not in the indicator tree.',
      unknownPeer: 'Unit {{unit}} is not in the database.',
      badSpec: '--peers must be category, township, level, similar[:k[:I1,I2…]] or saved:NAME, got "{{spec}}"',
      badTop: '--top must be a whole number from 1 to 20, got "{{value}}"',
      cli: {
        title: '{{unit}} {{name}} against {{count}} peers ({{kind}}), period {{period}}',
        peers: 'Peers: {{list}}',
        code: 'code',
        value: 'value',
        median: 'peer median',
        gap: 'gap',
        percentile: 'percentile',
        strengths: 'Strengths: {{list}}',
        weaknesses: 'Weaknesses: {{list}}',
      },
    },
  },
};
