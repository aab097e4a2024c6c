/**
 * The built-in target presets: the targets the seeds' methods set, as records (see ./types.ts).
 * Texts are copied as the documents write them; the catalogue id says which indicator each one targets.
 */
import { JAJD_FLOORS } from '../catalog';
import { SOURCE_DOCUMENTS } from '../catalog/sources';
import type { PresetTarget, TargetPreset } from './types';

/** one target row of 焦作 2021's table T3: 中院 / 基层法院 / 全市法院, `-` = not assessed at that level */
function byLevels(indicator: string | null, name: string, 中院: string, 基层: string, 全市: string, note?: string): PresetTarget {
  return { indicator, name, byLevel: { 中院, 基层, 全市 }, ...(note ? { note } : {}) };
}

function all(indicator: string | null, name: string, text: string, extra: Partial<PresetTarget> = {}): PresetTarget {
  return { indicator, name, text, ...extra };
}

export const 焦作2021: TargetPreset = {
  kind: 'target',
  id: '焦作2021',
  name: '焦作市法院2021年审判执行质效目标',
  source: `${SOURCE_DOCUMENTS['002'].title}的质效考核目标表及正文“具体目标”`,
  year: 2021,
  description:
    '按中院、基层法院、全市法院分级设定的目标值。全市法院一行是“两级法院共同完成的指标”，约束每一家法院（中院、基层）及全市合计；中院、基层法院两行另加或改写本层级的目标，“-”表示本层级无另设目标。',
  targets: [
    byLevels('FWXS_RATE', '一审服判息诉率', '-', '91%以上', '≧90%', '基层法院91%：正文“（三）基层法院需完成的指标 1.一审服判息诉率91%以上”，目标表基层行为“-”'),
    byLevels('ZSSC_RATE', '再审审查率', '≦5%', '-', '-'),
    byLevels('GPFH_RATE', '一审案件改判、发回重审率', '-', '-', '≦1.5%'),
    byLevels('SXNJA_RATE', '法定审限内结案率', '-', '-', '≧97%'),
    byLevels('SJJH_RATIO', '收结案数均衡度', '-', '-', '≧0.8', '收结案数均衡度不是结收比；文件未写公式，按 ZX.SJJH_RATIO 的假设（收、结较小者 ÷ 较大者）计'),
    byLevels('ZDLX_RATE', '裁判自动履行率', '-', '-', '≧60%'),
    byLevels('SXGF_RATE', '生效案件改判、发回重审率', '≦0.3%', '-', '-'),
    byLevels('CPBG_RATE', '一审案件裁判变更率', '≦1%', '-', '-'),
    byLevels('JRZS_RATE', '进入再审率', '≦0.5%', '-', '-'),
    byLevels('TJ_RATE', '民事案件调解率', '-', '-', '≧30%'),
    byLevels('CS_RATE', '撤诉率', '-', '-', '≧15%'),
    byLevels('PJSL_DAYS', '平均审理天数', '-', '-', '≦45'),
    byLevels('SXNWJ_RATE', '法定审限内未结案比', '-', '-', '≧95%'),
    byLevels('SSYS_RATE', '上诉案件及时移转率', '-', '-', '≧95%'),
    byLevels('JYCX_RATE', '简易程序适用率', '-', '≧80%', '-'),
    byLevels('XESS_RATE', '小额诉讼适用率', '-', '≧20%', '-'),
    byLevels('ZBHG_RATE', '终本合格率', '-', '-', '100%'),
    byLevels('YCCZJ_RATE', '法定期限内执结率', '-', '-', '≧90%', '目标表写作“法定期限内执结率”，按有财产可供执行案件法定期限内实际执结率计'),
    {
      ...byLevels('DWL_RATE', '恢复案件实际执行到位率', '-', '-', '≧30%', '正文写作“全市法院恢复案件实际执行到位率达到30%”：按全市合计考核，不分到各院'),
      totalOnly: true,
    },
    byLevels('ZJ_RATE', '结案率（执行）', '-', '-', '≧90%'),
    byLevels('TC_RATE', '民事案件调撤率', '-', '-', '30%以上', '正文“（一）两级法院共同完成的指标 7.民事案件调撤率30%以上”；目标表另列调解率≧30%、撤诉率≧15%'),
    {
      indicator: null,
      name: '诉前化解成功率、万人成诉率、诉前调解程序适用率综合排名',
      rank: '进入全省前80名',
      note: '基层法院需完成（正文（三）6）：三项指标在全省的综合名次，由上级法院排定；表中录入名次后可用 ZX.MEETS(名次,"进入全省前80名") 判断',
    },
  ],
};

export const 方城2023: TargetPreset = {
  kind: 'target',
  id: '方城2023',
  name: '方城县法院2023年审判执行质效目标',
  source: `${SOURCE_DOCUMENTS['000'].title}中以文字列出的目标`,
  year: 2023,
  description: '以文字列出的年度目标；当庭裁判率与自动履行率另有“全市前三”的名次目标。',
  targets: [
    all('SQFL_RATE', '诉前调解分流率', '≧70%'),
    all('SQTJ_RATE', '诉前调解成功率', '≧65%'),
    all(null, '受理案件数', '同比下降5%', { note: '受理案件数同比下降5%：以同比（YOY）计，不在指标目录中' }),
    all('JA_RATE', '诉讼结案率', '≧97%'),
    all('ZJ_RATE', '执行结案率', '≧96%'),
    all('SXNJA_RATE', '法定审限内结案率', '≧97%'),
    all('SXNWJ_RATE', '法定审限内未结比', '≧97%'),
    all('PJSL_DAYS', '平均审理天数', '<36'),
    all('SSYS_RATE', '上诉案件及时移转率', '100%'),
    all('JYCX_RATE', '简易程序适用率', '≧93%'),
    all('XESS_RATE', '小额程序适用率', '≧35%'),
    all('JSB_RATIO', '结收比', '≧99%'),
    all('FWXS_RATE', '一审服判息诉率', '≧92%'),
    all('SXFWXS_RATE', '生效案件服判息诉率', '≧99.9%'),
    all('JRZS_RATE', '进入中院再审率', '≦0%', { note: '原文“进入中院再审率0%”，即不得有案件进入中院再审' }),
    all('GPFH_RATE', '一审改判发回重审率', '<1.5%'),
    all('CPBG_RATE', '一审裁判变更率', '<0.2%'),
    all('TC_RATE', '民事调撤率', '≧52%'),
    all('ZDLX_RATE', '自动履行率', '≧55%', { rank: '前三', note: '另要求全市前三' }),
    all('DTXP_RATE', '当庭裁判率', '-', { rank: '前三', note: '只有名次目标：全市前三' }),
    all('ZXYS_DAYS', '执行平均时长', '<55'),
    all('YCCZJ_RATE', '有财产可供执行案件法定审限内结案率', '100%'),
    all('ZBHG_RATE', '终本合格率', '100%'),
    all('DWL_RATE', '涉企实际执行到位率', '≧35%'),
    all('KKFF_RATE', '案款发放率', '达到90%以上', { note: '“严格落实最高院15日发放给当事人的规定，案款发放率达到90%以上”；另要求“执行案款15日内发放完毕”' }),
    all(null, '长期未结诉讼案件', '4月30前清零', { note: '“长期未结诉讼案件4月30前清零且3月31日之后不再新增”：4月30日的件数应为0' }),
    all(null, '网上缴费率', '≧95%'),
    all(null, '电子送达率', '≧95%'),
    all(null, '电子送达覆盖度', '≧95%'),
    all(null, '科技法庭使用率', '100%'),
    all(null, '庭审直播率', '≧45%'),
    all(null, '电子卷宗合格率', '≧95%'),
    all(null, '网拍成交率', '≧90%'),
    all(null, '网络查控发起率', '100%'),
  ],
};

/**
 * 审执结案进度 floors of 乌兰浩特2022 (T5): month → fraction. The catalogue's JAJD_FLOOR holds them; the preset copies
 * them as its own editable record (a user's copy of the preset may change a month), keyed by month as JSON keeps it.
 */
export const 乌兰浩特_PROGRESS_FLOORS: Record<string, number> = Object.fromEntries(
  Object.entries(JAJD_FLOORS).map(([month, floor]) => [String(month), floor]),
);

export const 乌兰浩特2022: TargetPreset = {
  kind: 'target',
  id: '乌兰浩特2022',
  name: '乌兰浩特市法院2022年审判执行质效目标',
  source: SOURCE_DOCUMENTS['003'].title,
  year: 2022,
  description: '年度目标值与审执结案进度的逐月下限；其余多数指标只排名次（高到低或低到高），不设达标线。',
  targets: [
    all('FWXS_RATE', '一审服判息诉率', '≧92%'),
    all('GFZ_PERMILLE', '生效案件被改发指率', '≦1.5‰'),
    all('TJSQZX_RATE', '调解后申请执行率', '≦40%'),
    all('PJSL_DAYS', '平均审理天数', '≦65'),
    all('YKS_RATE', '延扣审占比', '<20%', { variant: '审判' }),
    all('DTXP_RATE', '当庭宣判率', '>50%'),
    all(null, '流程信息有效公开率', '≧95%'),
    all(null, '裁判文书上网率', '≧40%'),
    all(null, '庭审直播率', '≧40%'),
    all('YCCZJ_RATE', '有财产可供执行案件法定审限内执结率', '≧99%', { variant: '平台', note: '按执行平台口径（变体“平台”）计' }),
    all('XFBJ_RATE', '执行信访办结率', '100%'),
    all('ZJ_RATE', '执结率', '≧100%'),
    all('ZBHG_RATE', '终本合格率', '100%'),
    all('SZHJ_RATE', '诉讼服务中心实质性化解纠纷率', '不低于60%', { note: '“化解纠纷率由高到低排序，线上化解纠纷率不低于50%，化解纠纷率不低于60%”' }),
    all(null, '线上化解纠纷率', '不低于50%', { note: '文件未写公式：按线上化解纠纷数 ÷ 化解纠纷数（ZX.GK_RATE）计' }),
    all(null, '超两年以上未结案件', '6月底清零', { note: '“超两年以上未结案件6月底清零”：6月底的件数应为0' }),
    all(null, '超一年以上未结案件', '年底清零', { note: '“超一年以上未结案件年底清零”：年底的件数应为0' }),
    all(null, '案款超期未发放', '全部发放', { note: '“案款超期未发放（笔）：全年达到案款全部发放”，即超期未发放笔数为0' }),
    all(null, '超长期未结执行案件', '基本清零', { note: '“一年以上长期未结案件无法定事由的基本清零”：无法定事由的件数应为0' }),
  ],
  progressFloors: 乌兰浩特_PROGRESS_FLOORS,
};

/**
 * 延边2019's 实际执结率, 终本率, 终结率 divide by 受理 (旧存 + 新收), as 执结率 does: the seed sets 实际执结率 ≥ 53.48%
 * and 终本率 ≥ 26.52% "目标达到执结率80%", and 53.48 + 26.52 = 80 only on 执结率's denominator.
 */
const SHARE_OF_RECEIVED = '按受理口径计（÷ 旧存 + 新收，与执结率同分母）：方案写明实际执结率53.48%与终本率26.52%“目标达到执结率80%”';

export const 延边2019: TargetPreset = {
  kind: 'target',
  id: '延边2019',
  name: '延边州法院2019年执行案件考核目标',
  source: `${SOURCE_DOCUMENTS['001'].title} 附件1`,
  year: 2019,
  description: '首次执行案件各项指标的达标线（执行指挥平台数据）；诉讼案件按同比下降幅度计分，见评分预设“延边2019”。',
  targets: [
    all('YCCZJ_RATE', '有财产可供执行案件法定期限内实际执结率', '≧90%', { variant: '延边', note: '按延边口径（变体“延边”）计' }),
    all('ZJ_RATE', '执结率', '≧80%'),
    all('XFBJ_RATE', '信访办结率', '≧90%'),
    all('ZBHG_RATE', '终本合格率', '≧90%'),
    all('SJZJ_RATE', '实际执结率', '≧53.48%', { variant: '受理', note: SHARE_OF_RECEIVED }),
    all('ZXWB_RATE', '执行完毕率', '≧30%'),
    all('ZB_RATE', '终本率', '≧26.52%', { variant: '受理', note: SHARE_OF_RECEIVED }),
    all('ZJIE_RATE', '终结率', '≧21.32%', { variant: '受理', note: SHARE_OF_RECEIVED }),
    all('ZXFDQX_RATE', '法定期限内结案率', '≧72.45%'),
    all('BQ_RATE', '保全率', '≧30.57%'),
    all('ZXYS_DAYS', '结案平均用时', '≦153.25'),
    all('DBBJ_RATE', '督办事项期限内办结率', '≧84.33%'),
    all('SXCX_PERMILLE', '失信名单撤销率', '≦40.86‰', {
      note: '原文写作“不高于40.86%”，而该率通常以‰计（乌兰浩特2022）；此处按‰理解，评分预设可切换',
    }),
    all('HFWB_RATE', '恢复执行案件执行完毕率', '≧51.7%'),
    all('ZXBZ_RATE', '执行局行政编制人员比例', '≧15%'),
    all('ZXFG_RATE', '执行局法官员额比例', '不低于审判业务部门比例', {
      note: '“法官比例不低于审判业务部门比例”：目标是另一项数值（审判业务部门的法官员额比例），须另行算出后比较；评分预设第11项仍只按行政编制人员比例计分',
    }),
  ],
};

export const TARGET_PRESET_LIST: TargetPreset[] = [焦作2021, 方城2023, 乌兰浩特2022, 延边2019];
