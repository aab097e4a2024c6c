/**
 * Every indicator of docs/domain/indicators.md sections A–D and F, one record each. The ZX functions, the
 * recogniser's column mapping, the task pane's lists and docs/functions.md are generated from these records.
 *
 * `compute` receives numbers already checked by the caller (src/core/functions/indicator.ts): a blank input is
 * 0, no text, no negative counts, counts whole. It returns the unrounded result (except where the 口径 rounds) or
 * the Excel error a cell shows, with a Chinese message.
 */
import type { ErrorValue } from '../base/grid';
import type { IndicatorDef, IndicatorUnit, InputDef, SpcList } from './types';

/** numerator / denominator, `#DIV/0!` naming the denominator when it is 0 */
export function divide(numerator: number, denominator: number, denominatorName: string): number | ErrorValue {
  if (denominator === 0) return { error: '#DIV/0!', message: `分母「${denominatorName}」为0，无法计算` };
  return numerator / denominator;
}

/** 1 − a ratio (服判息诉率, 自动履行率: the share that did NOT appeal, apply …); an error passes through */
function complement(ratio: number | ErrorValue): number | ErrorValue {
  return typeof ratio === 'number' ? 1 - ratio : ratio;
}

/** a ratio in ‰ (the _PERMILLE functions); an error passes through */
function perMille(ratio: number | ErrorValue): number | ErrorValue {
  return typeof ratio === 'number' ? ratio * 1000 : ratio;
}

/** Round half away from zero to `digits` decimals, robust to binary fractions (1.005 → 1.01). */
export function roundHalfUp(x: number, digits: number): number {
  const f = 10 ** digits;
  const shifted = Number((Math.abs(x) * f).toPrecision(15));
  return (Math.sign(x) * Math.round(shifted)) / f;
}

const FORMATS: Record<IndicatorUnit, string> = {
  rate: '0.00%',
  permille: '0.00"‰"',
  days: '0.0',
  ratio: '0.00',
  avg: '0.0',
  count: '0',
};

export function formatFor(unit: IndicatorUnit): string {
  return FORMATS[unit];
}

function inp(name: string, description: string, field: string = name, extra: Partial<InputDef> = {}): InputDef {
  return { name, field, description, ...extra };
}

type Def = Omit<IndicatorDef, 'format'> & { format?: string };

function def(d: Def): IndicatorDef {
  return { ...d, format: d.format ?? FORMATS[d.unit] };
}

/** a/b for the common two-input rate; names come from the inputs */
function simpleRate(id: string, name: string, aliases: string[], section: IndicatorDef['section'], inputs: [InputDef, InputDef], formula: string, direction: IndicatorDef['direction'], sources: string[], extra: Partial<Def> = {}): IndicatorDef {
  return def({
    id,
    name,
    aliases,
    section,
    inputs,
    formula,
    direction,
    unit: 'rate',
    sources,
    compute: ([a, b]) => divide(a, b, inputs[1].name),
    ...extra,
  });
}

/**
 * 实际执结率, 终本率, 终结率: a kind of closing over the cases of the period. Two 口径 are in use:
 * - `受理` (the default; 延边2019): ÷ 受理 (旧存 + 新收), the denominator of 执结率. The seed shows it: its targets
 *   实际执结率 ≥ 53.48% and 终本率 ≥ 26.52% are set so that "目标达到执结率80%" (53.48 + 26.52 = 80), which holds
 *   only when they share 执结率's denominator (终结率 ≥ 21.32% is set on the same base, 终结 being part of 实际执结).
 * - `结案`: ÷ 执行结案数 — the share of closings ("实结占结案比"), as the SPC's 2008 案件质量评估 defined 实际执行率
 *   ("强制执行、自动履行、和解的案件数与执行结案数之比值").
 */
const CLOSING_SHARE_SOURCE_2008 = 'http://www.gdcourts.gov.cn/web/content/42305-?lmdm=1041';

/** 终本 as a share of 首执 closings, watched so that it falls (古田县法院 2020–2024: "各年度首执案件终本率均超过30%，仅2024年1月至6月优于全国参考区间") */
const ENDED_SHARE_DOWN_SOURCE = 'https://444000rrr.com/c204/article_943454_1390514781_5632984.html';

interface ShareDirections {
  /** the direction by the 受理 口径 (延边2019's targets) */
  received: IndicatorDef['direction'];
  /** the direction by the 结案 口径, where it differs */
  closed?: IndicatorDef['direction'];
  closedSources?: string[];
}

function enforcementShare(id: string, name: string, aliases: string[], numerator: InputDef, numeratorText: string, direction: IndicatorDef['direction'], extra: Partial<Def> = {}, directions: ShareDirections = { received: direction }): IndicatorDef {
  return def({
    id,
    name,
    aliases,
    section: 'D',
    inputs: [numerator, inp('旧存数', '旧存执行案件数'), inp('新收数', '新收执行案件数')],
    formula: `${numeratorText} ÷ 受理数（旧存 + 新收）；结案口径：÷ 执行结案数`,
    direction,
    unit: 'rate',
    sources: ['001'],
    variants: [
      {
        id: '受理',
        description: `${numeratorText} ÷（旧存 + 新收），与执结率同分母（延边2019：实际执结率53.48% + 终本率26.52% =“执结率80%”）`,
        ...(directions.received !== direction ? { direction: directions.received } : {}),
        sources: ['001'],
      },
      {
        id: '结案',
        description: `${numeratorText} ÷ 执行结案数（占结案数的比例）${directions.closed === 'down' ? '，逆向：占比越低越好' : ''}`,
        inputs: [numerator, inp('结案数', '执行结案数')],
        ...(directions.closed ? { direction: directions.closed } : {}),
        sources: [CLOSING_SHARE_SOURCE_2008, ...(directions.closedSources ?? [])],
      },
    ],
    compute: ([a, b, c], variant) => (variant === '结案' ? divide(a, b, '结案数') : divide(a, b + c, '旧存数 + 新收数')),
    ...extra,
  });
}

// Section F indicators belong to the SPC's 2024 system (审判质量管理指标体系).
const V2024 = '2024';
/**
 * The SPC's own word on the lists (审管办负责人答记者问, 2024-09): "2024年1月正式施行…指标体系包含26项指标…案-件比、审限内结案率、
 * 超12个月未结案件比、执行到位率等指标…"; the revision "将一审裁判被改判率与被发回重审率、生效裁判被改判率与被发回重审率分别合并调整为
 * 二审改判-发回重审比、再审改判-发回重审比" and dropped "法官人均结案数、延长审限率、裁定再审率、司法建议反馈率等指标"; 何帆 (2024-11)
 * speaks of 案-件比 and 审限内结案率 under the revised system.
 */
const SPC_2024_QA = 'https://gxfy.gxcourt.gov.cn/article/detail/2024/09/id/8138025.shtml';
const SPC_2024_REVISION = 'http://fzzx.org.cn/show-680669.html';
const SPC_2024_INTERVIEW = 'http://sytx.lncourt.gov.cn/article/detail/2024/11/id/8188216.shtml';
/** 《2023年人民法院审判执行工作主要数据》(2024-03-09): "截至2023年底，全国各地超12个月未结案件比为0.109%" (a reprint) */
const SPC_2023_DATA = 'http://65vqqa50q.a899.cn/news/52c799898.html';
const BOTH_LISTS = { spcLists: ['2024-01', '2024-09'] as SpcList[], spcSources: [SPC_2024_QA, SPC_2024_INTERVIEW] };

export const INDICATORS: IndicatorDef[] = [
  // ———————————————— A. 审判质量 ————————————————
  def({
    id: 'FWXS_RATE',
    name: '一审服判息诉率',
    aliases: ['服判息诉率', '一审服判息诉'],
    section: 'A',
    inputs: [inp('二审收案数', '上级法院二审收案数；本院口径用立案庭登记上诉案件数'), inp('一审结案数', '刑事、民事、行政一审结案数')],
    formula: '1 − 二审收案数 ÷ 一审结案数',
    direction: 'up',
    unit: 'rate',
    sources: ['000', '001', '002', '003'],
    variants: [
      { id: '上级院', description: '上级院口径：1 − 二审收案数 ÷ 一审结案数', sources: ['001', '002', '003'] },
      {
        id: '本院',
        description: '本院口径：1 − 立案庭登记上诉案件数（上年12月至本年11月）÷ 一审结案数',
        inputs: [inp('立案庭登记上诉案件数', '本院立案庭登记的上诉案件数（上年12月至本年11月）'), inp('一审结案数', '刑事、民事、行政一审结案数（自然年）')],
        sources: ['003'],
      },
    ],
    compute: ([appeals, closed]) => complement(divide(appeals, closed, '一审结案数')),
  }),
  def({
    id: 'SXFWXS_RATE',
    name: '生效案件服判息诉率',
    aliases: ['生效案件服判息诉'],
    section: 'A',
    inputs: [inp('申请再审申诉数', '申请再审、申诉案件数'), inp('生效案件数', '统计期内生效案件数')],
    formula: '1 − 申请再审、申诉案件数 ÷ 生效案件数',
    direction: 'up',
    unit: 'rate',
    sources: ['000'],
    compute: ([a, b]) => complement(divide(a, b, '生效案件数')),
  }),
  def({
    id: 'GPFH_RATE',
    name: '一审案件改判、发回重审率',
    aliases: ['一审改判、发回重审率', '改判发回重审率', '一审上诉案件被改判、发回重审率', '上诉案件被改判、发回重审率', '改判发回率'],
    section: 'A',
    inputs: [inp('二审改判数', '一审案件被二审改判的件数'), inp('二审发回数', '一审案件被二审发回重审的件数'), inp('一审结案数', '一审结案数')],
    formula: '（被二审改判数 + 被发回重审数）÷ 一审结案数',
    direction: 'down',
    unit: 'rate',
    sources: ['000', '001', '002'],
    compute: ([a, b, c]) => divide(a + b, c, '一审结案数'),
  }),
  simpleRate(
    'CPBG_RATE',
    '一审裁判变更率',
    ['一审案件裁判变更率', '裁判变更率'],
    'A',
    [inp('裁判变更数', '一审裁判被二审、再审改判或发回的件数'), inp('一审结案数', '一审结案数')],
    '一审裁判被二审、再审改判或发回的件数 ÷ 一审结案数',
    'down',
    ['000', '002'],
    { note: '所据各考核文件未给出定义，此处采用通行口径（被二审、再审改判或发回的件数 ÷ 一审结案数）' },
  ),
  def({
    id: 'SXGF_RATE',
    name: '生效案件改判、发回重审率',
    aliases: ['生效案件发改率', '生效案件再审被改判、发回重审率', '再审改判发回率'],
    section: 'A',
    inputs: [inp('再审改判数', '生效案件被再审改判的件数'), inp('再审发回数', '生效案件被再审发回重审的件数'), inp('生效案件数', '生效案件数')],
    formula: '（再审改判数 + 再审发回数）÷ 生效案件数',
    direction: 'down',
    unit: 'rate',
    sources: ['001', '002'],
    compute: ([a, b, c]) => divide(a + b, c, '生效案件数'),
  }),
  def({
    id: 'GFZ_PERMILLE',
    name: '生效案件被“改发指”率',
    aliases: ['改发指率', '生效案件改发指率'],
    section: 'A',
    inputs: [inp('指令再审数', '再审审查案件被高院指令（指定）再审数'), inp('高院改判发回数', '再审审理案件被高院改判、发回数'), inp('生效案件数', '刑事、民事、行政生效案件总数')],
    formula: '（高院指令/指定再审数 + 高院再审改判、发回数）÷ 生效案件数 × 1000（‰）',
    direction: 'down',
    unit: 'permille',
    sources: ['003'],
    compute: ([a, b, c]) => perMille(divide(a + b, c, '生效案件数')),
  }),
  def({
    id: 'SXAJ_COUNT',
    name: '民事、行政生效案件数',
    aliases: [],
    section: 'A',
    inputs: [inp('一审结案数', '民事、行政一审结案数'), inp('二审新收数', '民事、行政二审新收数'), inp('二审发回数', '民事、行政二审发回重审数')],
    formula: '一审结案数 − 二审新收数 − 二审发回重审数（刑事生效数取自其报表，另行相加）',
    direction: 'none',
    unit: 'count',
    sources: ['003'],
    compute: ([a, b, c]) => {
      const r = a - b - c;
      if (r < 0) return { error: '#NUM!', message: `生效案件数算得为负（${r}）：二审新收数与发回数之和大于一审结案数，请核对` };
      return r;
    },
  }),
  simpleRate(
    'SQZS_RATE',
    '生效案件申请再审、申诉率',
    ['申诉申请再审率', '申请再审、申诉率'],
    'A',
    [inp('申请再审申诉数', '申请再审、申诉案件数'), inp('生效案件数', '生效案件数')],
    '申请再审、申诉案件数 ÷ 生效案件数',
    'down',
    ['001', '004'],
    { version: V2024 },
  ),
  def({
    id: 'ZSL_RATE',
    name: '申请再审、申诉案件再审率',
    aliases: ['再审率'],
    section: 'A',
    inputs: [
      inp('决定再审数', '本院决定再审的件数'),
      inp('提级再审数', '提级再审的件数'),
      inp('指令再审数', '指令再审的件数'),
      inp('指定再审数', '指定再审的件数（表中无此列时留空，按0计）', '指定再审数', { columnOptional: true }),
      inp('申请再审申诉结案数', '申请再审、申诉案件结案数'),
    ],
    formula: '（决定再审 + 提级再审 + 指令再审 + 指定再审）÷ 申请再审、申诉案件结案数',
    direction: 'down',
    unit: 'rate',
    sources: ['001'],
    compute: ([a, b, c, d, e]) => divide(a + b + c + d, e, '申请再审申诉结案数'),
  }),
  simpleRate('ZSSC_RATE', '再审审查率', [], 'A', [inp('再审审查数', '再审审查案件数'), inp('生效案件数', '生效案件数')], '再审审查案件数 ÷ 生效案件数', 'down', ['002']),
  simpleRate('JRZS_RATE', '进入再审率', ['进入中院再审率'], 'A', [inp('进入再审数', '进入再审审理的案件数'), inp('生效案件数', '生效案件数')], '进入再审审理的案件数 ÷ 生效案件数', 'down', ['000', '002']),
  simpleRate('SS_RATE', '上诉率', [], 'A', [inp('上诉案件数', '提起上诉的案件数'), inp('一审结案数', '一审结案数')], '上诉案件数 ÷ 一审结案数', 'down', ['004'], { version: V2024 }),
  def({
    id: 'AJB_RATIO',
    name: '案-件比',
    aliases: [],
    section: 'A',
    inputs: [inp('原发案件数', '原发的案件（纠纷）数'), inp('衍生案件数', '由原发案件衍生的案件数')],
    formula: '（原发案件数 + 衍生案件数）÷ 原发案件数；1.0 为理想值',
    direction: 'down',
    unit: 'ratio',
    sources: ['004'],
    version: V2024,
    ...BOTH_LISTS,
    compute: ([a, b]) => divide(a + b, a, '原发案件数'),
  }),
  simpleRate(
    'TJSQZX_RATE',
    '民事案件调解后申请执行率',
    ['调解后申请执行率'],
    'A',
    [inp('调解后申请执行数', '以民事调解书为依据申请执行的立案数'), inp('调解生效数', '民事一审调解结案数')],
    '以民事调解书为依据申请执行的立案数 ÷ 民事一审调解结案数',
    'down',
    ['003'],
  ),

  // ———————————————— B. 审判效率 ————————————————
  def({
    id: 'JA_RATE',
    name: '结案率',
    aliases: ['诉讼案件结案率', '审判结案率'],
    section: 'B',
    inputs: [inp('结案数', '统计期内结案数'), inp('旧存数', '期初旧存案件数'), inp('新收数', '统计期内新收案件数')],
    formula: '结案数 ÷（旧存 + 新收）',
    direction: 'up',
    unit: 'rate',
    sources: ['000', '002'],
    compute: ([a, b, c]) => divide(a, b + c, '旧存数 + 新收数'),
  }),
  simpleRate('SXNJA_RATE', '法定审限内结案率', ['审限内结案率'], 'B', [inp('审限内结案数', '法定审限内结案数'), inp('结案数', '结案数')], '法定审限内结案数 ÷ 结案数', 'up', ['000', '002', '004'], { version: V2024, ...BOTH_LISTS }),
  simpleRate('SXNWJ_RATE', '法定审限内未结案比', ['法定审限内未结比', '审限内未结案比'], 'B', [inp('审限内未结数', '未结案件中尚在法定审限内的件数'), inp('未结数', '未结案件数')], '未结案件中尚在法定审限内的件数 ÷ 未结案件数', 'up', ['000', '002']),
  def({
    id: 'PJSL_DAYS',
    name: '平均审理天数',
    aliases: ['年平均审理天数', '诉讼案件平均审理天数', '平均审理时长'],
    section: 'B',
    inputs: [inp('审理天数合计', '结案案件审理天数之和'), inp('结案数', '结案数（不含执行、司法确认、出具调解书案件）')],
    formula: '结案案件审理天数之和 ÷ 结案数（不含执行、司法确认、出具调解书案件）',
    direction: 'down',
    unit: 'days',
    sources: ['000', '002', '003'],
    compute: ([a, b]) => divide(a, b, '结案数'),
  }),
  def({
    id: 'JSB_RATIO',
    name: '结收比',
    aliases: ['结收案比'],
    section: 'B',
    inputs: [inp('结案数', '结案数'), inp('新收数', '新收案件数')],
    formula: '结案数 ÷ 新收案件数',
    direction: 'up',
    unit: 'ratio',
    sources: ['000'],
    compute: ([a, b]) => divide(a, b, '新收数'),
  }),
  def({
    id: 'SJJH_RATIO',
    name: '收结案数均衡度',
    aliases: ['收结案均衡度', '收结均衡度'],
    section: 'B',
    inputs: [inp('新收数', '新收案件数'), inp('结案数', '结案数')],
    formula: '较小者 ÷ 较大者：min(新收数, 结案数) ÷ max(新收数, 结案数)；收结相等为1，收多结少或结多收少都使其变小',
    direction: 'up',
    unit: 'ratio',
    sources: ['002'],
    note:
      '焦作2021只给出名称与目标（收结案均衡度0.8以上），未写公式；它与结收比不同（法院的结案管理把“结案均衡度”“结收比”作为两种指标，见 https://bj2zy.bjcourt.gov.cn/article/detail/2021/11/id/6366322.shtml），均衡度以1为理想值（https://scnczy.scssfw.gov.cn/article/detail/2013/04/id/952281.shtml）。此处的算法是一种假设：收、结两数中较小者 ÷ 较大者',
    compute: ([filed, closed]) => {
      const high = Math.max(filed, closed);
      return high === 0 ? { error: '#DIV/0!', message: '新收数与结案数均为0，无法计算均衡度' } : Math.min(filed, closed) / high;
    },
  }),
  def({
    id: 'RJJA_AVG',
    name: '人均审执结案数',
    aliases: ['人均结案数', '法官人均结案数'],
    section: 'B',
    inputs: [inp('结案数', '结案数（不含诉前调确、诉前调书、执保、执恢案件）'), inp('员额法官数', '员额法官人数')],
    formula: '结案数 ÷ 员额法官人数（结案数不含诉前调确、诉前调书、执保、执恢字号案件）',
    direction: 'up',
    unit: 'avg',
    sources: ['003'],
    // 法官人均结案数: in the January 2024 list, dropped in September 2024
    spcLists: ['2024-01'],
    spcSources: [SPC_2024_QA],
    compute: ([a, b]) => divide(a, b, '员额法官数'),
  }),
  simpleRate(
    'JAJD_RATE',
    '审执结案进度',
    ['结案进度'],
    'B',
    [inp('结案数', '本年累计结案数'), inp('受理数', '上年11月底未结 + 上年12月新收 + 本年1–11月新收')],
    '结案数（自然年累计）÷ 受理数（上年11月底未结 + 上年12月新收 + 本年1–11月新收）',
    'up',
    ['003'],
  ),
  // 乌兰浩特2022: both counts leave out 执行, 司法确认 and 出具调解书 cases; a table of trial cases' 未结数 is that
  // already, a table with enforcement too needs the trial cases' own (审判未结数, as aggregate counts it)
  simpleRate('YKS_RATE', '未结案件延扣审占比', ['延扣审占比', '延扣审案件占比'], 'B', [inp('延扣审未结数', '未结案件中延长、扣除审限的件数'), inp('未结数', '未结案件数')], '未结案件中延长、扣除审限的件数 ÷ 未结案件数', 'down', ['003'], {
    variants: [
      { id: '未结', description: '延扣审未结数 ÷ 未结数（表中的未结数只含审判案件时即乌兰浩特2022的口径）', sources: ['003'] },
      { id: '审判', description: '延扣审未结数 ÷ 审判未结数（不含执行、司法确认、出具调解书案件：乌兰浩特2022“分母:未结案件数中不包含执行、司法确认、出具调解书案件”）', inputs: [inp('延扣审未结数', '未结案件中延长、扣除审限的件数'), inp('审判未结数', '未结审判案件数（不含执行）')], sources: ['003'] },
    ],
    compute: ([a, b], variant) => divide(a, b, variant === '审判' ? '审判未结数' : '未结数'),
  }),
  def({
    id: 'CQQJ_RATE',
    name: '一年以上长期未结案件清积率',
    aliases: ['长期未结案件清积率', '清积率'],
    section: 'B',
    inputs: [inp('长期未结已结数', '统计期内已结的一年以上长期未结案件数'), inp('长期未结数', '仍未结的一年以上长期未结案件数')],
    formula: '已结的长期未结案件数 ÷（已结数 + 仍未结数）',
    direction: 'up',
    unit: 'rate',
    sources: ['003'],
    note: '乌兰浩特2022的文件把分子写作【一年以上长期未结案件数】，那样量的是剩下的而非清理的；此处按指标名称计“已清理 ÷（已清理 + 仍未结）”',
    compute: ([cleared, left]) => divide(cleared, cleared + left, '已结数 + 仍未结数'),
  }),
  simpleRate('DTXP_RATE', '当庭宣判率', ['当庭裁判率', '简易、小额、速裁程序案件当庭宣判率'], 'B', [inp('当庭宣判数', '简易、小额、速裁案件当庭宣判数'), inp('开庭审结数', '简易、小额、速裁案件开庭审结数')], '简易、小额、速裁案件当庭宣判数 ÷ 其开庭审结数', 'up', ['000', '003']),
  simpleRate('SSYS_RATE', '上诉案件及时移转率', ['上诉案件及时移送率', '及时移转率'], 'B', [inp('及时移送数', '按期移送二审的上诉案件数'), inp('上诉案件数', '上诉案件数')], '按期移送二审的上诉案件数 ÷ 上诉案件数', 'up', ['000', '002']),
  simpleRate('JYCX_RATE', '简易程序适用率', [], 'B', [inp('简易程序结案数', '适用简易程序审结数（含小额诉讼程序）'), inp('一审民事结案数', '基层法院一审民事结案数')], '适用简易程序审结数（含小额诉讼程序）÷ 基层法院一审民事结案数', 'up', ['000', '002'], {
    note: '小额诉讼程序是简易程序的一种（民事诉讼法第十三章“简易程序”），其结案计入简易程序：方城2023的简易程序适用率93%与小额程序适用率35%只有这样才能同时达到',
  }),
  simpleRate('XESS_RATE', '小额诉讼程序适用率', ['小额诉讼适用率', '小额程序适用率'], 'B', [inp('小额诉讼结案数', '适用小额诉讼程序审结数'), inp('一审民事结案数', '基层法院一审民事结案数')], '适用小额诉讼程序审结数 ÷ 基层法院一审民事结案数', 'up', ['000', '002']),

  // ———————————————— C. 审判效果与诉讼服务 ————————————————
  def({
    id: 'TC_RATE',
    name: '调撤率',
    aliases: ['民事调撤率', '民事案件调撤率', '调解撤诉率'],
    section: 'C',
    inputs: [inp('调解数', '调解结案数'), inp('撤诉数', '撤诉结案数'), inp('结案数', '结案数')],
    formula: '（调解数 + 撤诉数）÷ 结案数',
    direction: 'up',
    unit: 'rate',
    sources: ['000', '002'],
    compute: ([a, b, c]) => divide(a + b, c, '结案数'),
  }),
  simpleRate('TJ_RATE', '调解率', ['民事案件调解率', '民事调解率'], 'C', [inp('调解数', '调解结案数'), inp('结案数', '结案数')], '调解结案数 ÷ 结案数', 'up', ['002']),
  simpleRate('CS_RATE', '撤诉率', ['民事案件撤诉率', '民事撤诉率'], 'C', [inp('撤诉数', '撤诉结案数'), inp('结案数', '结案数')], '撤诉结案数 ÷ 结案数', 'up', ['002']),
  def({
    id: 'ZDLX_RATE',
    name: '生效裁判自动履行率',
    aliases: ['自动履行率', '裁判自动履行率', '民事生效裁判自动履行率'],
    section: 'C',
    inputs: [inp('申请执行数', '进入执行程序的件数'), inp('有给付内容生效数', '有给付内容的生效裁判数')],
    formula: '1 − 进入执行程序的件数 ÷ 有给付内容的生效裁判数',
    direction: 'up',
    unit: 'rate',
    sources: ['000', '002'],
    compute: ([a, b]) => complement(divide(a, b, '有给付内容生效数')),
  }),
  simpleRate('SQFL_RATE', '诉前调解分流率', ['诉前调解程序适用率', '民事案件诉前调解分流率'], 'C', [inp('诉前调解数', '导入诉前调解的纠纷数'), inp('民事起诉数', '民事起诉纠纷数')], '导入诉前调解的纠纷数 ÷ 民事起诉纠纷数', 'up', ['000', '002']),
  simpleRate('SQTJ_RATE', '诉前调解成功率', ['诉前化解成功率'], 'C', [inp('诉前调解成功数', '诉前调解成功数'), inp('诉前调解办结数', '诉前调解办结数')], '诉前调解成功数 ÷ 诉前调解办结数', 'up', ['000', '002']),
  def({
    id: 'SZHJ_RATE',
    name: '诉讼服务中心实质性化解纠纷率',
    aliases: ['实质性化解纠纷率', '化解纠纷率'],
    section: 'C',
    inputs: [
      inp('诉前调解成功数', '调解平台诉前调解成功数（含互联网调解）'),
      inp('司法确认数', '调解协议司法确认案件结案数'),
      inp('速裁结案数', '当年立案当年审结的速裁与小额结案数（已查重）'),
      inp('一审民商事新收数', '一审民商事新收案件数（上年12月至本年11月）'),
    ],
    formula: '（调解平台诉前调解成功数 + 司法确认数 + 当年立案当年审结的速裁与小额结案数）÷ 一审民商事新收案件数',
    direction: 'up',
    unit: 'rate',
    sources: ['003'],
    // 诉前调解成功 and 司法确认 cases are not 新收 cases: the value may pass 100%
    proportion: false,
    compute: ([a, b, c, d]) => divide(a + b + c, d, '一审民商事新收数'),
  }),
  def({
    id: 'WRCS_RATIO',
    name: '万人成诉率',
    aliases: [],
    section: 'C',
    inputs: [inp('一审民事行政新收数', '一审民事、行政新收案件数'), inp('常住人口万人', '辖区常住人口（万人）')],
    formula: '一审民事、行政新收案件数 ÷ 常住人口（万人）',
    direction: 'down',
    unit: 'ratio',
    sources: ['002'],
    compute: ([a, b]) => divide(a, b, '常住人口万人'),
  }),
  simpleRate(
    'GK_RATE',
    '公开及信息化应用比率',
    ['信息化应用率'],
    'C',
    [inp('分子', '比率的分子（如电子送达数）'), inp('分母', '比率的分母（如应送达数）')],
    '分子 ÷ 分母：案件流程信息有效公开率、裁判文书上网率、庭审直播率、电子送达率、网上缴费率、科技法庭使用率、电子卷宗合格率、网拍成交率、网络查控发起率等计数比率',
    'up',
    ['000', '003'],
  ),

  // ———————————————— D. 执行 ————————————————
  def({
    id: 'ZJ_RATE',
    name: '执行案件结案率',
    aliases: ['执结率', '执行案件执结率', '执行结案率'],
    section: 'D',
    inputs: [inp('结案数', '已结执行案件数'), inp('旧存数', '旧存执行案件数'), inp('新收数', '新收执行案件数')],
    formula: '已结 ÷（旧存 + 新收）',
    direction: 'up',
    unit: 'rate',
    sources: ['000', '001', '002', '003'],
    compute: ([a, b, c]) => divide(a, b + c, '旧存数 + 新收数'),
  }),
  def({
    id: 'YCCZJ_RATE',
    name: '有财产可供执行案件法定期限内实际执结率',
    aliases: ['有财产可供执行案件法定审限内执结率', '有财产可供执行案件法定期限内执结率', '有财产可供执行案件法定审限内结案率', '法定期限内实际执结率', '法定期限内执结率', '法定审限内执结率'],
    section: 'D',
    inputs: [
      inp('期限内执结数', '延边口径：法定期限内实际执结数；平台口径：法定期限内结案数（不含终本）', '法定期限内实际执结数'),
      inp('实际执结数或旧存数', '延边口径：实际执结数；平台口径：旧存数', '实际执结数'),
      inp('超期未结数或新收数', '延边口径：超过法定期限未结数；平台口径：新收数', '超期未结数'),
    ],
    formula: '延边口径：法定期限内实际执结数 ÷（实际执结数 + 超过法定期限未结数）；平台口径：法定期限内结案数 ÷（旧存 + 新收 − 终本 − 法定期限内未结数），按口径保留两位小数的百分数',
    direction: 'up',
    unit: 'rate',
    sources: ['001', '003'],
    variants: [
      { id: '延边', description: '法定期限内实际执结数 ÷（实际执结数 + 超过法定期限未结数）', sources: ['001'] },
      {
        id: '平台',
        description: '最高院执行指挥管理平台口径：法定期限内结案数（执行完毕 + 终结执行 + 销案 + 不予执行 + 驳回申请，不含终本）÷（旧存 + 新收 − 终本 − 法定期限内未结数），保留2位小数的百分数；法定期限6个月，有网络拍卖的12个月',
        inputs: [
          inp('法定期限内结案数', '法定期限内结案数（不含终本）'),
          inp('旧存数', '旧存执行案件数'),
          inp('新收数', '新收执行案件数'),
          inp('终本数', '平台口径：终本案件数（延边口径留空）'),
          inp('法定期限内未结数', '平台口径：尚在法定期限内的未结案件数（延边口径留空）'),
        ],
        sources: ['003'],
      },
    ],
    compute: (x, variant) => {
      if (variant === '平台') {
        const [closed, pending, filed, ended, inLimit] = x;
        const r = divide(closed, pending + filed - ended - inLimit, '旧存 + 新收 − 终本 − 法定期限内未结数');
        // the platform's 口径 keeps two decimals of the percent: 0.987654 → 98.77% → 0.9877
        return typeof r === 'number' ? roundHalfUp(r * 100, 2) / 100 : r;
      }
      const [inLimit, actual, overdue] = x;
      return divide(inLimit, actual + overdue, '实际执结数 + 超期未结数');
    },
  }),
  simpleRate('ZBHG_RATE', '无财产可供执行案件终本合格率', ['终本合格率', '终本案件合格率'], 'D', [inp('合格终本数', '合格终本案件数'), inp('终本数', '终本案件数')], '合格终本案件数 ÷ 终本案件数', 'up', ['000', '001', '002', '003']),
  simpleRate('XFBJ_RATE', '执行信访办结率', ['信访办结率'], 'D', [inp('信访办结数', '最高院交办信访案件办结数'), inp('信访交办数', '最高院交办信访案件数')], '最高院交办信访案件办结数 ÷ 交办数', 'up', ['001', '003']),
  enforcementShare('SJZJ_RATE', '实际执结率', [], inp('实际执结数', '执行完毕 + 终结 + 销案 + 不予执行 + 驳回申请'), '实际执结数（执行完毕 + 终结 + 销案 + 不予执行 + 驳回）', 'up'),
  simpleRate('ZXWB_RATE', '执行完毕率', ['首执案件执行完毕率', '首次执行案件执行完毕率', '首执执行完毕率'], 'D', [inp('执行完毕数', '执行完毕案件数'), inp('首执案件数', '首次执行案件数')], '执行完毕数 ÷ 首次执行案件数', 'up', ['001', '003'], { version: V2024 }),
  enforcementShare(
    'ZB_RATE',
    '终本率',
    ['终本结案率'],
    inp('终本数', '终本结案数'),
    '终本结案数',
    'up',
    { note: '方向随口径：受理口径按延边2019方案的目标（不低于26.52%）为正向；结案口径（终本占结案数）为逆向，越低越好' },
    { received: 'up', closed: 'down', closedSources: [ENDED_SHARE_DOWN_SOURCE] },
  ),
  // no direction of its own; by the 受理 口径 延边2019 sets "终结率：不低于21.32%"
  enforcementShare('ZJIE_RATE', '终结率', ['终结执行率'], inp('终结数', '终结执行数'), '终结执行数', 'none', {}, { received: 'up' }),
  simpleRate('ZXFDQX_RATE', '首执案件法定期限内结案率', ['法定期限内结案率', '首次执行案件法定期限内结案率'], 'D', [inp('法定期限内结案数', '法定期限内结案数'), inp('结案数', '首次执行案件结案数')], '法定期限内结案数 ÷ 首次执行案件结案数', 'up', ['001', '003']),
  simpleRate('BQ_RATE', '保全率', [], 'D', [inp('保全数', '采取保全措施的案件数'), inp('案件数', '案件数')], '采取保全措施的案件数 ÷ 案件数', 'up', ['001']),
  def({
    id: 'ZXYS_DAYS',
    name: '执行结案平均用时',
    aliases: ['首次执行结案平均用时', '恢复执行结案平均用时', '结案平均用时', '执行平均时长', '执行平均用时'],
    section: 'D',
    inputs: [inp('结案用时总天数', '结案用时总天数'), inp('结案数', '执行结案数')],
    formula: '结案用时总天数 ÷ 结案数',
    direction: 'down',
    unit: 'days',
    sources: ['000', '001', '003'],
    compute: ([a, b]) => divide(a, b, '结案数'),
  }),
  simpleRate('DBBJ_RATE', '督办事项期限内办结率', ['事项委托期限内办结率', '事项受托期限内办结率', '督办事项办结率'], 'D', [inp('期限内办结数', '期限内办结数'), inp('督办事项数', '督办（委托）事项数')], '期限内办结数 ÷ 事项数', 'up', ['001', '003']),
  def({
    id: 'SXCX_PERMILLE',
    name: '失信名单撤销率',
    aliases: ['失信名单撤销率(千分比)', '失信撤销率'],
    section: 'D',
    inputs: [inp('失信撤销数', '撤销失信名单数'), inp('失信名单数', '纳入失信名单数')],
    formula: '撤销失信名单数 ÷ 纳入失信名单数 × 1000（‰）',
    direction: 'down',
    unit: 'permille',
    sources: ['001', '003'],
    compute: ([a, b]) => perMille(divide(a, b, '失信名单数')),
  }),
  simpleRate('HFWB_RATE', '恢复执行案件执行完毕率', ['恢复执行执行完毕率'], 'D', [inp('执行完毕数', '执行完毕数'), inp('恢复执行案件数', '恢复执行案件数')], '执行完毕数 ÷ 恢复执行案件数', 'up', ['001']),
  simpleRate(
    'DWL_RATE',
    '实际执行到位率',
    ['执行到位率', '首执案件实际执行到位率', '首次执行案件实际执行到位率', '恢复案件实际执行到位率', '涉企案件实际执行到位率', '涉企实际执行到位率', '到位率'],
    'D',
    [inp('到位金额', '实际执行到位金额'), inp('申请标的金额', '申请执行标的总额（含未结案件，同一金额单位）')],
    '实际执行到位金额 ÷ 申请执行标的总额（未结案件计入）',
    'up',
    ['000', '002', '003'],
    { version: V2024, spcLists: ['2024-01'], spcSources: [SPC_2024_QA] },
  ),
  simpleRate('ZXBZ_RATE', '执行局行政编制人员比例', ['在编执行人员比例', '执行人员比例'], 'D', [inp('在编执行人员数', '在编执行人员（法警除外）'), inp('在编总人数', '法院在编总人数')], '在编执行人员（法警除外）÷ 法院在编总人数（目标15%）', 'up', ['001']),
  simpleRate('ZXFG_RATE', '执行局法官员额比例', ['法官员额比例', '执行局法官比例'], 'D', [inp('执行局员额法官数', '执行局法官员额'), inp('执行局政法编制数', '执行局中央政法编制人员')], '执行局法官员额 ÷ 执行局中央政法编制人员', 'up', ['001']),
  simpleRate(
    'XFQX_RATE',
    '信访案件期限内办结率',
    ['执行信访案件期限内办结率'],
    'D',
    [inp('信访期限内办结数', '期限内办结的执行信访案件数'), inp('信访案件数', '应办理的执行信访案件数')],
    '期限内办结的执行信访案件数 ÷ 执行信访案件数',
    'up',
    ['003'],
    { note: '乌兰浩特2022只写了名称、数据来源（最高院执行指挥管理平台【申诉信访】模块）和“从高到低进行排序”，未写公式；此处按名称计“期限内办结数 ÷ 信访案件数”' },
  ),
  simpleRate(
    'XFHJ_RATE',
    '信访案件化解率',
    ['执行信访案件化解率'],
    'D',
    [inp('信访化解数', '实质化解的执行信访案件数'), inp('信访案件数', '应办理的执行信访案件数')],
    '实质化解的执行信访案件数 ÷ 执行信访案件数',
    'up',
    ['003'],
    { note: '乌兰浩特2022只写了名称、数据来源（【申诉信访】模块）和“从高到低进行排序”，未写公式；此处按名称计“化解数 ÷ 信访案件数”' },
  ),
  def({
    id: 'GJJD_AVG',
    name: '首次执行案件关键节点平均超期数',
    aliases: ['关键节点平均超期数'],
    section: 'D',
    inputs: [inp('关键节点超期数', '首次执行案件关键节点超期的节点数之和'), inp('首执案件数', '首次执行案件数')],
    formula: '关键节点超期数之和 ÷ 首次执行案件数（关键节点：立案后10日内发送执行通知、1个月内网络或传统查控、案款到账后30日内发放、终本案件核实有财产之日起7日内决定是否恢复执行）',
    direction: 'down',
    unit: 'avg',
    sources: ['003'],
    note: '乌兰浩特2022列出四个关键节点并要求“按照指标值从少到多进行排序”，未写公式；此处按名称计“超期节点数 ÷ 首次执行案件数”',
    compute: ([a, b]) => divide(a, b, '首执案件数'),
  }),
  simpleRate(
    'KKFF_RATE',
    '案款发放率',
    ['执行案款发放率', '案款按期发放率'],
    'D',
    [inp('按期发放笔数', '到账后15日内发放的案款笔数'), inp('应发放笔数', '应发放的执行案款笔数')],
    '15日内发放的案款笔数 ÷ 应发放的案款笔数',
    'up',
    ['000'],
    { note: '方城2023要求“严格落实最高院15日发放给当事人的规定，案款发放率达到90%以上”，未写公式；此处按该要求计“15日内发放笔数 ÷ 应发放笔数”' },
  ),
  simpleRate('YYCG_RATE', '执行异议案件撤改率', ['执行异议撤改率', '异议撤改率'], 'D', [inp('异议撤改数', '被撤销、变更数'), inp('异议审结数', '执行异议案件审结数')], '被撤销、变更数 ÷ 审结数', 'down', ['003']),

  // ———————————————— F. 最高法2024体系 ————————————————
  def({
    id: 'ESGF_RATIO',
    name: '二审改判-发回重审比',
    aliases: ['改判发回比'],
    section: 'F',
    inputs: [inp('二审改判数', '二审改判数'), inp('二审发回数', '二审发回重审数')],
    formula: '二审改判数 ÷ 二审发回重审数（2024年合并一审裁判被改判率与被发回重审率而来；改判优于发回）',
    direction: 'up',
    unit: 'ratio',
    sources: ['004'],
    version: V2024,
    spcLists: ['2024-09'],
    spcSources: [SPC_2024_REVISION],
    compute: ([a, b]) => divide(a, b, '二审发回数'),
  }),
  def({
    id: 'ZSGF_RATIO',
    name: '再审改判-发回重审比',
    aliases: [],
    section: 'F',
    inputs: [inp('再审改判数', '再审改判数'), inp('再审发回数', '再审发回重审数')],
    formula: '再审改判数 ÷ 再审发回重审数',
    direction: 'up',
    unit: 'ratio',
    sources: ['004'],
    version: V2024,
    spcLists: ['2024-09'],
    spcSources: [SPC_2024_REVISION],
    compute: ([a, b]) => divide(a, b, '再审发回数'),
  }),
  def({
    id: 'CQWJ_RATE',
    name: '超12个月未结案件比',
    aliases: ['超十二个月未结案件比', '长期未结案件比'],
    section: 'F',
    inputs: [inp('超12个月未结数', '未结案件中立案超过12个月的件数'), inp('未结数', '未结案件数')],
    formula: '立案超过12个月的未结案件数 ÷ 未结案件数（口径“未结”，默认）；口径“受理”：÷ 受理数（旧存 + 新收）',
    direction: 'down',
    unit: 'rate',
    sources: ['004'],
    version: V2024,
    spcLists: ['2024-01'],
    spcSources: [SPC_2024_QA],
    note: '最高法未公布分母：名称读作“未结案件中超12个月的比例”（默认）；最高法公布的全国数（2023年底0.109%）以受理数作分母更合其量级，可选“受理”口径',
    variants: [
      { id: '未结', description: '超12个月未结案件数 ÷ 期末未结案件数（按指标名称）', sources: ['004'] },
      {
        id: '受理',
        description: '超12个月未结案件数 ÷ 受理数（旧存 + 新收；最高法2023年全国数0.109%的量级）',
        inputs: [inp('超12个月未结数', '未结案件中立案超过12个月的件数'), inp('受理数', '受理数（旧存 + 新收）')],
        sources: [SPC_2023_DATA],
      },
    ],
    compute: ([a, b], variant) => divide(a, b, variant === '受理' ? '受理数' : '未结数'),
  }),
  def({
    id: 'SSYS_DAYS',
    name: '上诉案件移送时间',
    aliases: ['上诉案件移送天数', '上诉移送时间'],
    section: 'F',
    inputs: [inp('移送天数合计', '上诉案件从提起上诉到移送二审的天数之和'), inp('上诉案件数', '上诉案件数')],
    formula: '上诉案件从提起上诉到移送二审的天数之和 ÷ 上诉案件数',
    direction: 'down',
    unit: 'days',
    sources: ['004'],
    version: V2024,
    compute: ([a, b]) => divide(a, b, '上诉案件数'),
  }),
  simpleRate('ESKT_RATE', '二审开庭率', [], 'F', [inp('开庭审理数', '二审开庭审理结案数'), inp('二审结案数', '二审结案数')], '二审开庭审理结案数 ÷ 二审结案数', 'up', ['004'], { version: V2024 }),
  simpleRate('MSSQZX_RATE', '民事裁判申请执行率', ['民事生效裁判申请执行率'], 'F', [inp('申请执行数', '以民事生效裁判申请执行的件数'), inp('民事生效裁判数', '民事生效裁判数')], '以民事生效裁判申请执行的件数 ÷ 民事生效裁判数', 'down', ['004'], { version: V2024, proportion: false }),
  simpleRate('SQTJZB_RATE', '诉前调解成功数占诉至法院纠纷数比例', ['诉前调解成功占比'], 'F', [inp('诉前调解成功数', '诉前调解成功数'), inp('诉至法院纠纷数', '诉至法院的纠纷数')], '诉前调解成功数 ÷ 诉至法院纠纷数', 'up', ['004'], { version: V2024 }),
];

/**
 * The named count ratios computed by GK_RATE (公开、信息化应用), each with the spellings of its column header,
 * so that a column named 电子送达率 is recognised as GK_RATE.
 */
export interface NamedRatio {
  name: string;
  aliases: string[];
  numerator: string;
  denominator: string;
  sources: string[];
}

export const NAMED_RATIOS: NamedRatio[] = [
  { name: '案件流程信息有效公开率', aliases: ['流程信息有效公开率', '流程信息公开率', '审判流程信息公开率'], numerator: '有效公开案件数', denominator: '公开案件总数', sources: ['003'] },
  { name: '裁判文书上网率', aliases: ['文书上网率', '裁判文书公开率'], numerator: '上网文书数', denominator: '应上网文书数', sources: ['003'] },
  { name: '庭审直播率', aliases: ['庭审公开率', '直播率'], numerator: '直播庭审数', denominator: '开庭数', sources: ['000', '003'] },
  { name: '电子送达率', aliases: ['电子送达使用率'], numerator: '电子送达数', denominator: '送达数', sources: ['000'] },
  { name: '电子送达覆盖度', aliases: ['电子送达覆盖率'], numerator: '适用电子送达的案件数', denominator: '案件数', sources: ['000'] },
  { name: '网上缴费率', aliases: ['网上缴费使用率', '网上交费率'], numerator: '网上缴费案件数', denominator: '缴费案件数', sources: ['000'] },
  { name: '科技法庭使用率', aliases: ['科技法庭利用率'], numerator: '科技法庭开庭数', denominator: '开庭数', sources: ['000'] },
  { name: '电子卷宗合格率', aliases: ['电子卷宗随案生成合格率'], numerator: '合格电子卷宗数', denominator: '电子卷宗数', sources: ['000'] },
  { name: '网拍成交率', aliases: ['网络拍卖成交率'], numerator: '成交数', denominator: '上拍数', sources: ['000'] },
  { name: '网络查控发起率', aliases: ['网络查控率'], numerator: '发起网络查控的案件数', denominator: '应查控案件数', sources: ['000'] },
  // 乌兰浩特2022 "线上化解纠纷率不低于50%" (no formula given: the share of the disputes resolved that were resolved online)
  { name: '线上化解纠纷率', aliases: ['线上纠纷化解率'], numerator: '线上化解纠纷数', denominator: '化解纠纷数', sources: ['003'] },
];
