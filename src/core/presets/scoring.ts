/**
 * The built-in scoring preset of seed 001 (延边 2019, 附件1): litigation and enforcement out of 100 each,
 * the total 50% of each. Everything the method leaves open is an explicit assumption (see ScoringAssumptions
 * and each item's `assumption`), so a user sees it and can switch it.
 */
import { SOURCE_DOCUMENTS } from '../catalog/sources';
import type { ScoreItem, ScoringPreset } from './types';
import { 延边2019 as 延边2019Targets } from './targets';

/** 发改指: cases changed, remanded or ordered retried on appeal or retrial (the base of 附件2) */
export const FGZ_FIELDS = ['二审改判数', '二审发回数', '再审改判数', '再审发回数', '指令再审数'];

const LITIGATION_TARGET_NOTE =
  '延边2019方案只说“达到审判绩效考核目标”而未给出目标值；此处目标为示例（参照焦作2021同名指标），请按当年考核目标修改。';

const litigation: ScoreItem[] = [
  {
    id: 'L1',
    name: '被二审、再审发回重审、改判及指令再审的案件总量',
    aliases: ['发改指总量', '发改指案件总量', '发改指'],
    points: 40,
    rules: [{ kind: 'decline', measure: { sum: FGZ_FIELDS, total: '发改指总量' }, perPercent: 4, cap: 40, label: '同比每下降1%得4分，上限40分' }],
  },
  {
    id: 'L2',
    name: '一审上诉案件被改判、发回重审率',
    aliases: ['一审改判发回重审率', '改判发回率', '一审案件改判、发回重审率'],
    points: 12,
    rules: [
      { kind: 'meets', indicator: 'GPFH_RATE', target: '≦1.5%', points: 6, label: '达到考核目标得6分' },
      {
        kind: 'decline',
        measure: { sum: ['二审改判数', '二审发回数'] },
        perPercent: 0.5,
        cap: 6,
        label: '二审被改判、发回数同比每下降1%得0.5分，上限6分',
      },
    ],
    assumption: LITIGATION_TARGET_NOTE,
  },
  {
    id: 'L3',
    name: '一审服判息诉率',
    aliases: ['服判息诉率'],
    points: 6,
    rules: [
      { kind: 'meets', indicator: 'FWXS_RATE', target: '≧90%', points: 3, label: '达到考核目标得3分' },
      { kind: 'decline', measure: { sum: ['二审收案数'] }, perPercent: 0.2, cap: 3, label: '二审立案数同比每下降1%得0.2分，上限3分' },
    ],
    assumption: LITIGATION_TARGET_NOTE,
  },
  {
    id: 'L4',
    name: '生效案件再审被改判、发回重审率',
    aliases: ['生效案件改判、发回重审率', '生效案件发改率', '再审改判发回率'],
    points: 12,
    rules: [
      { kind: 'meets', indicator: 'SXGF_RATE', target: '≦0.3%', points: 6, label: '达到考核目标得6分' },
      {
        kind: 'decline',
        measure: { sum: ['再审改判数', '再审发回数'] },
        perPercent: 0.5,
        cap: 6,
        label: '再审被改判、发回数同比每下降1%得0.5分，上限6分',
      },
    ],
    assumption: LITIGATION_TARGET_NOTE,
  },
  {
    id: 'L5',
    name: '生效案件申请再审、申诉率',
    aliases: ['申请再审、申诉率', '申诉申请再审率'],
    points: 6,
    rules: [
      { kind: 'meets', indicator: 'SQZS_RATE', target: '≦3%', points: 3, label: '达到考核目标得3分' },
      {
        kind: 'decline',
        measure: { sum: ['申请再审申诉数'] },
        perPercent: 0.2,
        cap: 3,
        label: '申请再审、申诉数同比每下降1%得0.2分，上限3分',
      },
    ],
    assumption: LITIGATION_TARGET_NOTE + '（焦作2021无此项，示例取≦3%）',
  },
  {
    id: 'L6',
    name: '申请再审、申诉案件再审率',
    aliases: ['再审率'],
    points: 12,
    rules: [
      { kind: 'rate-drop', indicator: 'ZSL_RATE', perPoint: 0.5, cap: 6, label: '再审率同比每下降1个百分点得0.5分，上限6分' },
      {
        kind: 'decline',
        measure: { sum: ['决定再审数', '提级再审数', '指令再审数', '指定再审数'], optional: ['指定再审数'] },
        perPercent: 0.5,
        cap: 6,
        label: '决定、提级、指令、指定再审数同比每下降1%得0.5分，上限6分',
      },
    ],
  },
  {
    id: 'L7',
    name: '综合评价',
    aliases: ['综合评价得分', '领导小组评价'],
    points: 12,
    rules: [
      {
        kind: 'input',
        field: '综合评价',
        synonyms: ['综合评价', '综合评价得分', '评价得分', '领导小组评分'],
        label: '领导小组无记名投票的平均分（数据表中的一列）',
      },
    ],
  },
];

/** one enforcement item: its indicator must meet the target of 延边2019's target preset */
function enforcement(id: string, indicator: string, aliases: string[], 中院: number, 基层: number): ScoreItem {
  const target = 延边2019Targets.targets.find((t) => t.indicator === indicator);
  if (!target || !target.text) throw new Error(`延边2019 目标预设缺少 ${indicator}`);
  return {
    id,
    name: target.name,
    aliases,
    points: { 中院, 基层 },
    rules: [{ kind: 'target', indicator, target: target.text, label: `目标${target.text}，达标得满分`, ...(target.variant ? { variant: target.variant } : {}) }],
  };
}

const enforcementItems: ScoreItem[] = [
  enforcement('E1', 'YCCZJ_RATE', ['法定期限内实际执结率', '有财产可供执行案件法定期限内执结率'], 6.25, 7.5),
  enforcement('E2', 'ZJ_RATE', ['执行结案率', '结案率'], 6.25, 7.5),
  enforcement('E3', 'XFBJ_RATE', ['执行信访办结率'], 6.25, 7.5),
  enforcement('E4', 'ZBHG_RATE', ['终本合格率'], 6.25, 7.5),
  enforcement('E5', 'SJZJ_RATE', [], 5.2, 8),
  enforcement('E6', 'ZXWB_RATE', ['首执案件执行完毕率'], 5.2, 8),
  enforcement('E7', 'ZB_RATE', [], 4, 5),
  enforcement('E8', 'ZJIE_RATE', [], 4, 5),
  enforcement('E9', 'ZXFDQX_RATE', ['执行法定期限内结案率'], 5.2, 8),
  enforcement('E10', 'BQ_RATE', [], 5.2, 8),
  enforcement('E11', 'ZXYS_DAYS', ['执行结案平均用时', '平均用时'], 4, 5),
  enforcement('E12', 'DBBJ_RATE', ['督办事项办结率'], 4, 5),
  enforcement('E13', 'SXCX_PERMILLE', ['失信撤销率'], 4, 5),
  enforcement('E14', 'HFWB_RATE', ['恢复执行执行完毕率'], 4, 5),
  enforcement('E15', 'ZXBZ_RATE', ['执行局行政编制人员比例', '执行人员比例', '法官比例'], 5.2, 8),
  {
    id: 'E16',
    name: '基层法院均值',
    aliases: ['基层法院执行得分均值', '基层均值'],
    points: { 中院: 25 },
    rules: [{ kind: 'peer-mean', part: 'enforcement', level: '基层', label: '各基层法院执行得分的平均值，折算为25分' }],
    assumption: '中院专有：基层法院执行得分（百分制）的平均值 × 25 / 100。',
  },
];

export const 延边2019Scoring: ScoringPreset = {
  kind: 'scoring',
  id: '延边2019',
  name: '延边州法院2019年“审判执行质量年”考核评分',
  source: `${SOURCE_DOCUMENTS['001'].title} 附件1`,
  year: 2019,
  description: '诉讼案件、执行案件各百分，总分各占50%。诉讼按发改指等数据同比下降幅度计分；执行按各指标达标情况计分，中院、基层分值不同。',
  parts: [
    { id: 'litigation', name: '诉讼案件', points: 100, weight: 0.5, items: litigation },
    { id: 'enforcement', name: '执行案件', points: 100, weight: 0.5, items: enforcementItems },
  ],
  assumptions: { steps: 'linear', missedTarget: 'pro-rata', revocationTargetUnit: '‰' },
  targetPreset: '延边2019',
  notes: [
    '“同比下降x%”为（上年 − 本年）÷ 上年；未下降得0分，不倒扣。',
    '“每下降1%得k分”默认按比例计（10.5% 计10.5档），可切换为只计整档（10档）。',
    '执行指标未达标时默认按比例得分（↑：实际÷目标；↓：目标÷实际），不低于0、不高于该项分值；可切换为“达标满分、未达标0分”。',
    '失信名单撤销率：原文“不高于40.86%”，默认按‰理解（40.86‰），可切换为%。',
  ],
};

export const SCORING_PRESET_LIST: ScoringPreset[] = [延边2019Scoring];
