/**
 * The case type codes (类型代字) as data: the standard's (法〔2015〕137号 and the notices that amended it), the
 * old codes they replaced (kept, marked, with their successors), the local codes courts use outside the standard
 * (flagged `local`; a court adds its own in a preset), and the old-style (before 2016) codes used to split
 * `（2012）甬仑商外初字第…号` into court and type. Each record says which family (大类) and instance (审级/程序) a
 * code belongs to, the rule that created it, and whether the scope rules of the 统计口径 (docs/domain/indicators.md
 * note 3) leave it out of counts or average days. The rule texts are copied in docs/domain/casenumber-rules.md.
 * Adding a code is one line here; the parser matches them longest first.
 */

/** The families of the standard's classes, by their short name (用于筛选 `--family 民,刑`); 未 = not told by the code. */
export type CaseFamily = '刑' | '民' | '行' | '赔' | '执' | '辖' | '救' | '协' | '惩' | '保' | '破' | '未';

export const FAMILY_NAMES: Record<CaseFamily, string> = {
  刑: '刑事',
  民: '民事',
  行: '行政',
  赔: '国家赔偿',
  执: '执行',
  辖: '管辖',
  救: '司法救助',
  协: '司法协助',
  惩: '司法制裁',
  保: '非诉保全审查',
  破: '强制清算与破产',
  未: '大类不明',
};

export type CaseInstance = '一审' | '二审' | '再审' | '再审审查' | '审查' | '特别程序' | '执行' | '执行审查' | '诉前' | '其他';

/** The documents codes come from; their texts (as far as public copies give them) are in docs/domain/casenumber-rules.md. */
export const CASE_CODE_RULES = {
  '法〔2015〕137号': '最高人民法院《关于人民法院案件案号的若干规定》及配套标准《人民法院案件类型及其代字标准》，2016-01-01 起施行',
  '法〔2016〕237号': '最高人民法院《关于调整强制清算与破产案件类型划分的通知》，2016-08-01 起施行',
  '法〔2018〕335号': '最高人民法院《关于修改〈关于人民法院案件案号的若干规定〉的决定》（专门审判代字），2019-01-01 起施行',
  地方: '地方法院的实务代字，不在最高人民法院的代字标准中',
  旧式: '2016 年以前各法院自定的旧式代字（无全国统一代字表）',
} as const;

export type CaseCodeRule = keyof typeof CASE_CODE_RULES;

/**
 * official: in the standard now; replaced: was in the standard, replaced by `replacedBy` (numbers issued before
 * keep it); local: a court's own practice; legacy: an old-style (before 2016) code, read only before 字第.
 */
export type CaseCodeStatus = 'official' | 'replaced' | 'local' | 'legacy';

export interface CaseTypeDef {
  /** the 类型代字: `民初`, `执恢` */
  code: string;
  /** Chinese name of the case type */
  name: string;
  family: CaseFamily;
  instance: CaseInstance;
  /** left out of 受理 and 结案 counts by the scope rules (诉前调确, 诉前调书, 执恢, 执保, pre-suit mediation) */
  excludedFromCounts?: boolean;
  /** left out of average trial days (enforcement, 司法确认, 出具调解书) */
  excludedFromAverageDays?: boolean;
  status: CaseCodeStatus;
  /** the document that created the code */
  rule: CaseCodeRule;
  /** the codes that replaced it, for a `replaced` code */
  replacedBy?: string[];
  /** the date from which the successor applies (numbers issued before keep the old code) */
  replacedFrom?: string;
}

const t = (
  code: string,
  name: string,
  family: CaseFamily,
  instance: CaseInstance,
  extra: Partial<CaseTypeDef> = {},
): CaseTypeDef => ({ code, name, family, instance, status: 'official', rule: '法〔2015〕137号', ...extra });

/** Enforcement cases are left out of average trial days (note 3). */
const ENF = { excludedFromAverageDays: true };

/** Pre-suit mediation and confirmation: not 立案 cases, so out of counts and average days (note 3). */
const PRE_SUIT = { excludedFromCounts: true, excludedFromAverageDays: true };

const BANKRUPTCY = { rule: '法〔2016〕237号' as const };

/** 法〔2016〕237号 took bankruptcy and compulsory liquidation out of the civil class from 2016-08-01. */
const REPLACED_2016_08 = { status: 'replaced' as const, replacedFrom: '2016-08-01' };

/** A court's local code (not in the standard). */
const LOCAL = { status: 'local' as const, rule: '地方' as const };

/** An old-style code: before 2016, read only in front of 字第. */
const OLD = { status: 'legacy' as const, rule: '旧式' as const };

export const CASE_TYPES: CaseTypeDef[] = [
  // 管辖
  t('刑辖', '刑事管辖', '辖', '审查'),
  t('民辖', '民事管辖', '辖', '审查'),
  t('民辖终', '民事管辖上诉', '辖', '二审'),
  t('民辖监', '民事管辖监督', '辖', '再审审查'),
  t('行辖', '行政管辖', '辖', '审查'),
  t('行辖终', '行政管辖上诉', '辖', '二审'),
  t('赔辖', '国家赔偿管辖', '辖', '审查'),
  t('赔辖终', '国家赔偿管辖上诉', '辖', '二审'),
  // 刑事
  t('刑初', '刑事一审', '刑', '一审'),
  t('刑终', '刑事二审', '刑', '二审'),
  t('刑监', '刑事审判监督', '刑', '再审审查'),
  t('刑申', '刑事申诉审查', '刑', '再审审查'),
  t('刑抗', '刑事抗诉再审', '刑', '再审'),
  t('刑再', '刑事再审', '刑', '再审'),
  t('刑没', '违法所得没收', '刑', '特别程序'),
  t('刑核', '死刑复核', '刑', '审查'),
  t('刑医', '强制医疗', '刑', '特别程序'),
  t('刑医解', '解除强制医疗', '刑', '特别程序'),
  t('刑医复', '强制医疗复议', '刑', '特别程序'),
  t('刑医监', '强制医疗监督', '刑', '再审审查'),
  t('刑止', '停止执行死刑', '刑', '审查'),
  t('刑止调', '停止执行死刑调查', '刑', '审查'),
  t('刑止核', '停止执行死刑复核', '刑', '审查'),
  t('刑更', '减刑假释', '刑', '审查'),
  t('刑更监', '减刑假释监督', '刑', '再审审查'),
  t('刑更备', '减刑假释备案审查', '刑', '审查'),
  t('刑他', '刑事其他', '刑', '其他'),
  // 民事
  t('民初', '民事一审', '民', '一审'),
  t('民终', '民事二审', '民', '二审'),
  t('民监', '民事审判监督', '民', '再审审查'),
  t('民申', '民事申请再审审查', '民', '再审审查'),
  t('民抗', '民事抗诉再审', '民', '再审'),
  t('民再', '民事再审', '民', '再审'),
  t('民撤', '第三人撤销之诉', '民', '一审'),
  t('民特', '民事特别程序', '民', '特别程序'),
  t('民特监', '民事特别程序监督', '民', '再审审查'),
  t('民催', '催告', '民', '特别程序'),
  t('民督', '督促', '民', '特别程序'),
  t('民督监', '督促监督', '民', '再审审查'),
  // bankruptcy counts in its own class today (法〔2016〕237号), the numbers issued before included
  t('民破', '破产（2016-08-01 起改为「破」）', '破', '特别程序', { ...REPLACED_2016_08, replacedBy: ['破申', '破'] }),
  t('民算', '强制清算（2016-08-01 起改为「强清」）', '破', '特别程序', { ...REPLACED_2016_08, replacedBy: ['清申', '强清'] }),
  t('民他', '民事其他', '民', '其他'),
  // 行政
  t('行初', '行政一审', '行', '一审'),
  t('行终', '行政二审', '行', '二审'),
  t('行监', '行政审判监督', '行', '再审审查'),
  t('行申', '行政申请再审审查', '行', '再审审查'),
  t('行抗', '行政抗诉再审', '行', '再审'),
  t('行再', '行政再审', '行', '再审'),
  t('行审', '非诉行政执行审查', '行', '审查'),
  t('行审复', '非诉行政执行审查复议', '行', '审查'),
  t('行他', '行政其他', '行', '其他'),
  // 国家赔偿
  t('行赔初', '行政赔偿一审', '赔', '一审'),
  t('行赔终', '行政赔偿二审', '赔', '二审'),
  t('行赔监', '行政赔偿审判监督', '赔', '再审审查'),
  t('行赔申', '行政赔偿申请再审审查', '赔', '再审审查'),
  t('行赔抗', '行政赔偿抗诉再审', '赔', '再审'),
  t('行赔再', '行政赔偿再审', '赔', '再审'),
  t('法赔', '法院作为赔偿义务机关', '赔', '审查'),
  t('委赔', '赔偿委员会审理赔偿', '赔', '审查'),
  t('委赔监', '赔偿委员会审理赔偿监督', '赔', '再审审查'),
  t('委赔提', '赔偿委员会提审', '赔', '再审'),
  t('委赔再', '赔偿委员会重新审理', '赔', '再审'),
  t('赔他', '国家赔偿其他', '赔', '其他'),
  // 司法救助
  t('司救刑', '刑事司法救助', '救', '审查'),
  t('司救民', '民事司法救助', '救', '审查'),
  t('司救行', '行政司法救助', '救', '审查'),
  t('司救赔', '国家赔偿司法救助', '救', '审查'),
  t('司救执', '执行司法救助', '救', '审查'),
  t('司救访', '涉诉信访司法救助', '救', '审查'),
  t('司救他', '其他司法救助', '救', '其他'),
  // 司法协助
  ...[
    ['认台', '认可台湾地区裁判'],
    ['认港', '认可香港特区裁判'],
    ['认澳', '认可澳门特区裁判'],
    ['认复', '认可与执行复议'],
    ['认他', '认可与执行其他'],
    ['请台送', '请求台湾地区送达'],
    ['请港送', '请求香港特区送达'],
    ['请澳送', '请求澳门特区送达'],
    ['台请送', '台湾地区请求送达'],
    ['港请送', '香港特区请求送达'],
    ['澳请送', '澳门特区请求送达'],
    ['请台调', '请求台湾地区调查取证'],
    ['请港调', '请求香港特区调查取证'],
    ['请澳调', '请求澳门特区调查取证'],
    ['台请调', '台湾地区请求调查取证'],
    ['港请调', '香港特区请求调查取证'],
    ['澳请调', '澳门特区请求调查取证'],
    ['请移管', '请求移管被判刑人'],
    ['助移管', '协助移管被判刑人'],
    ['请移赃', '请求移交赃款赃物'],
    ['助移赃', '协助移交赃款赃物'],
    ['协外认', '外国法院裁判承认与执行'],
    ['协他', '司法协助其他'],
    ['协外送', '协助外国送达'],
    ['请外送', '请求外国送达'],
    ['协外调', '协助外国调查取证'],
    ['请外调', '请求外国调查取证'],
    ['请外移', '请求外国移管'],
    ['协外移', '协助外国移管'],
    ['请外引', '请求外国引渡'],
    ['协外引', '协助外国引渡'],
  ].map(([code, name]) => t(code, name, '协', code.endsWith('他') ? '其他' : '审查')),
  // 司法制裁
  t('司惩', '司法制裁审查', '惩', '审查'),
  t('司惩复', '司法制裁复议', '惩', '审查'),
  // 非诉保全审查
  t('财保', '非诉财产保全审查', '保', '审查'),
  t('行保', '非诉行为保全审查', '保', '审查'),
  t('行保复', '非诉行为保全复议', '保', '审查'),
  t('证保', '证据保全审查', '保', '审查'),
  // 执行
  t('执', '首次执行', '执', '执行', ENF),
  t('执恢', '恢复执行', '执', '执行', { ...ENF, excludedFromCounts: true }),
  t('执保', '财产保全执行', '执', '执行', { ...ENF, excludedFromCounts: true }),
  t('执异', '执行异议', '执', '执行审查', ENF),
  t('执复', '执行复议', '执', '执行审查', ENF),
  t('执监', '执行监督', '执', '执行审查', ENF),
  t('执协', '执行协调', '执', '执行', ENF),
  t('执他', '执行其他', '执', '其他', ENF),
  // 强制清算与破产 (法〔2016〕237号, from 2016-08-01: an eleventh class of its own)
  t('清申', '强制清算申请审查', '破', '审查', BANKRUPTCY),
  t('破申', '破产申请审查', '破', '审查', BANKRUPTCY),
  t('清终', '强制清算上诉', '破', '二审', BANKRUPTCY),
  t('破终', '破产上诉', '破', '二审', BANKRUPTCY),
  t('清监', '强制清算监督', '破', '再审审查', BANKRUPTCY),
  t('破监', '破产监督', '破', '再审审查', BANKRUPTCY),
  t('强清', '强制清算', '破', '特别程序', BANKRUPTCY),
  t('破', '破产', '破', '特别程序', BANKRUPTCY),
  // local practice, outside the standard (a court adds its own in a preset: localCaseCodes)
  t('诉前调确', '诉前调解司法确认', '民', '诉前', { ...PRE_SUIT, ...LOCAL }),
  t('诉前调书', '诉前调解出具调解书', '民', '诉前', { ...PRE_SUIT, ...LOCAL }),
  t('诉前调', '诉前调解', '民', '诉前', { ...PRE_SUIT, ...LOCAL }),
  t('民诉前调', '民事诉前调解', '民', '诉前', { ...PRE_SUIT, ...LOCAL }),
  t('民先调', '民事先行调解', '民', '诉前', { ...PRE_SUIT, ...LOCAL }),
  t('引调', '诉前引调（委派调解）', '民', '诉前', { ...PRE_SUIT, ...LOCAL }),
  // old-style codes (before 2016): 提 = 提审再审, 商 = 商事, 经 = 经济, 外 = 涉外, 海 = 海事海商, the rest as today
  t('民提', '民事提审', '民', '再审', OLD),
  t('刑提', '刑事提审', '刑', '再审', OLD),
  t('行提', '行政提审', '行', '再审', OLD),
  t('商初', '商事一审', '民', '一审', OLD),
  t('商终', '商事二审', '民', '二审', OLD),
  t('商再', '商事再审', '民', '再审', OLD),
  t('商监', '商事审判监督', '民', '再审审查', OLD),
  t('商申', '商事申请再审审查', '民', '再审审查', OLD),
  t('商特', '商事特别程序', '民', '特别程序', OLD),
  t('商外初', '涉外商事一审', '民', '一审', OLD),
  t('商外终', '涉外商事二审', '民', '二审', OLD),
  t('民外初', '涉外民事一审', '民', '一审', OLD),
  t('民外终', '涉外民事二审', '民', '二审', OLD),
  t('商破', '商事破产', '破', '特别程序', OLD),
  t('民商初', '民商事一审', '民', '一审', OLD),
  t('民商终', '民商事二审', '民', '二审', OLD),
  t('经初', '经济一审', '民', '一审', OLD),
  t('经终', '经济二审', '民', '二审', OLD),
  t('海商初', '海商一审', '民', '一审', OLD),
  t('海商终', '海商二审', '民', '二审', OLD),
  t('海事初', '海事一审', '民', '一审', OLD),
  t('海事终', '海事二审', '民', '二审', OLD),
  t('知初', '知识产权一审', '民', '一审', OLD),
  t('知终', '知识产权二审', '民', '二审', OLD),
  t('知民初', '知识产权民事一审', '民', '一审', OLD),
  t('知民终', '知识产权民事二审', '民', '二审', OLD),
  t('知行初', '知识产权行政一审', '行', '一审', OLD),
  t('知行终', '知识产权行政二审', '行', '二审', OLD),
  t('刑附民', '刑事附带民事', '刑', '一审', OLD),
  t('少刑初', '未成年人刑事一审', '刑', '一审', OLD),
  t('少刑终', '未成年人刑事二审', '刑', '二审', OLD),
  t('刑执', '刑事裁判涉财产部分执行', '执', '执行', { ...ENF, ...OLD }),
  t('民执', '民事执行', '执', '执行', { ...ENF, ...OLD }),
  t('执民', '民事执行', '执', '执行', { ...ENF, ...OLD }),
  t('行执', '行政执行', '执', '执行', { ...ENF, ...OLD }),
  t('执刑财', '刑事财产执行', '执', '执行', { ...ENF, ...OLD }),
  t('执审', '执行审查', '执', '执行审查', { ...ENF, ...OLD }),
  t('执裁', '执行裁决', '执', '执行审查', { ...ENF, ...OLD }),
  t('执行', '执行', '执', '执行', { ...ENF, ...OLD }),
  t('行非执', '非诉行政执行', '执', '执行', { ...ENF, ...OLD }),
  t('非诉行审', '非诉行政执行审查', '行', '审查', OLD),
  t('保', '财产保全', '保', '审查', OLD),
  t('诉保', '诉讼保全', '保', '审查', OLD),
  t('民保', '民事保全', '保', '审查', OLD),
  t('调确', '司法确认', '民', '特别程序', { ...OLD, excludedFromCounts: true, excludedFromAverageDays: true }),
  t('立预', '立案预登记', '未', '其他', OLD),
];
