/**
 * The layout vocabulary: words that say what a row, a column or a line around a table is, but are not
 * catalogue fields (those live in ../catalog). Data, so a spelling met in a real table is one edit here.
 * All matching is done on text normalised by `cellText` (src/core/base/text.ts) (NFKC, no spaces), so `院 别` and `院别` agree and
 * full-width brackets and colons become half-width ones.
 */
import { foldTraditional } from '../base/text';
import type { UnitLevel, ValueKind } from './types';

/** Row labels of a total row: the whole of the table's units. Exact label, after cleaning. */
export const TOTAL_LABELS = ['合计', '总计', '全市', '全州', '全县', '全区', '全盟', '全院', '全市法院', '全州法院', '全县法院', '全区法院', '全盟法院', '全市合计', '全州合计', '总数', '汇总'];
/** a label that contains one of these (and is not a unit name) is a total too: `全市法院合计`, `合  计` */
export const TOTAL_CONTAINS = ['合计', '总计'];
/** a total word with a qualifier after it: `全州（不含中院）`, `全市法院(含铁路法院)` */
export const TOTAL_QUALIFIED = /^(全市|全州|全县|全区|全盟|全院|合计|总计)(法院)?[(（]/;
/** subtotal labels: a part of the units (`基层法院小计`, `中院小计`) */
export const SUBTOTAL_CONTAINS = ['小计'];
/** a qualified count of all (`民事案件总数`): the total of one part of the table, not of the whole */
export const PART_TOTAL = /^(?!全).+总数$/;
/** a row named by a level rather than a court (`基层法院` above or below the basic courts): their subtotal */
export const SUBTOTAL_LABELS = /^(其中[:：]?)?(各|全市|全州)?基层(人民)?法院?$|^基层院$/;
/** benchmark rows: neither units nor totals; their numbers are not summed. An average of a place or a
 * court is one (`全国平均`, `全省中院平均结案率`, `全市基层法院平均`, `本院平均`); an indicator that is itself an
 * average (`平均审理天数`) is not. */
export const BENCHMARK_PATTERNS: RegExp[] = [/(全国|全省|全市|全州|全县|全区|省|市|州|院|庭|基层|法院)(的)?(平均|均值)/, /平均(值|水平)?$/, /均值|中位数/, /^(我院|本院)$/, /^全省(法院)?$/, /^全国(法院)?$/];

/**
 * A breakdown row: a part of the row above it (`其中：民事` under a court, `其中：中院` under 全市合计,
 * `内：执行局`), neither a unit nor a total; its figures are not summed. On cleaned text (`：` is `:`).
 * `内` and `含` only with their colon: 内江市中级人民法院 and 含山县人民法院 are courts.
 */
export const BREAKDOWN_PREFIX = /^(其中包括|其中|内含|包括):?|^(内|含):/;
/** a level word rather than a court's name (`其中：基层法院` is the part of a total, not a court) */
export const LEVEL_WORDS = /^(各|全市|全州)?(中院|中级(人民)?法院|基层|基层(人民)?法院|基层院)$/;

/** A unit's level from its name, first match wins (patterns on the cleaned name). */
export const LEVEL_PATTERNS: [RegExp, UnitLevel | null][] = [
  [/(高级人民法院|高院|最高人民法院)$/, null],
  [/(中级人民法院|中院|中级法院)$/, '中院'],
  [/^中院/, '中院'],
  [/(人民法庭|法庭)$/, '部门'],
  [/(人民法院|法院)$/, '基层'],
  [/^基层(法院)?/, '基层'],
  [/(庭|局|室|办|中心|处|科|队|组|团队)$/, '部门'],
];
/**
 * The units a total adds up, from its label: `基层法院合计` the 基层 ones, `全市（不含中院）` all but the 中院.
 * Returns the levels to keep; null for all units.
 */
export function totalScope(label: string, level: UnitLevel | null): { keep?: UnitLevel; drop?: UnitLevel } | null {
  const without = /(不含|除|扣除)(中院|中级)/.test(label) ? '中院' : /(不含|除|扣除)基层/.test(label) ? '基层' : null;
  if (without) return { drop: without };
  if (level === '基层' || level === '中院') return { keep: level };
  return null;
}

/** the level a total or subtotal row stands for */
export const TOTAL_LEVEL_PATTERNS: [RegExp, UnitLevel][] = [
  [/基层/, '基层'],
  [/中院/, '中院'],
  [/^(全市|全州|全县|全区|全盟|合计|总计|全院|总数|汇总)/, '全市'],
];
/** a list marker alone in a cell (`-`, `•`), or a footnote's mark */
export const LIST_MARKER = /^([-–—•·●○▪■◆]|[*＊+＋^#＃△※†‡]+)$/;
/** dots leading from a label to its figures (`總數......`, `合计……`) */
export const LEADER_DOTS = /([.．·…。]){2,}$|…+$/;
/** a label indented by spaces typed before it (half- or full-width): the part of the label above it */
export const LEADING_INDENT = /^[ \u3000\u00a0]{2,}\S/;
/** A person's name: 2–4 Chinese characters (a compound surname makes four), none of an institution's. */
export const PERSON_NAME = /^[\u4e00-\u9fa5]{2,4}$/;
export const NOT_PERSON_CHARS = /[法院庭局室办处科队组中心部省市县区州盟合计平均小总全本期目标指标率数案件审执判]/;

/** A unit's level from its name (a judge's name when the column lists people), or null. */
export function levelOf(text: string, judgeColumn: boolean): UnitLevel | null {
  const label = foldTraditional(text);
  for (const [re, level] of LEVEL_PATTERNS) if (re.test(label)) return level;
  if (PERSON_NAME.test(label) && !NOT_PERSON_CHARS.test(label)) return '法官';
  if (judgeColumn && /^[\u4e00-\u9fa5·]{2,6}$/.test(label)) return '法官';
  return null;
}

/**
 * Does a label name a unit (a court, a 庭室, a person in a judges' column), whatever its level? `由立案至首次聆讯`
 * and `刑事` do not (a two-character word is a judge only in a judges' column).
 */
export function namesUnit(text: string, judgeColumn: boolean): boolean {
  const label = foldTraditional(text);
  const level = levelOf(label, judgeColumn);
  return LEVEL_PATTERNS.some(([re]) => re.test(label)) || (level !== null && (level !== '法官' || judgeColumn));
}

/** Header words that give a column of plain numbers its kind when the catalogue does not know the header. */
export const KIND_HEADER_WORDS: { days: RegExp; amount: RegExp; rate: RegExp; permille: RegExp } = {
  days: /天|日/,
  amount: /万元|元|金额|标的/,
  rate: /率|比|度/,
  permille: /‰/,
};

/** A unit line that makes the table's plain figures money (`单位：万元`). */
export const AMOUNT_UNIT = /元$/;

/** A heading inside a table's body: `一、审判质量指标`, `（二）执行`, `第一部分`. */
export const SECTION_NUMBER = /^([一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|第[一二三四五六七八九十]+(部分|类))/;

/** How a target text starts or ends (`≧90%`, `不超过65天`, `前三`, `90%以上`); a bare number is no target. */
export const TARGET_START = /^(≥|≧|≤|≦|>=|<=|=>|=<|>|<|⩾|⩽|不低于|不高于|不超过|不超|不得|不少于|不大于|不小于|低于|高于|小于|大于|超过|力争|确保|达到|达|控制在|区间|前[一二三四五六七八九十\d]|进\d)/;
export const TARGET_END = /(以上|以下|以内|清零|全部发放|发放完毕)$/;

/** Headers of the serial column. */
export const SERIAL_HEADERS = ['序号', '编号', '序', 'No', 'No.', 'NO', '排序'];
/** Headers of the unit (label) column, and the level they suggest for its rows. */
export const UNIT_HEADERS = ['院别', '单位', '层级', '法院层级', '考核层级', '法院', '单位名称', '法院名称', '考核单位', '部门', '庭室', '部门名称', '业务部门', '承办法官', '法官', '承办人', '姓名', '审判员', '执行法院', '名称', '项目', '院庭', '院庭名称', '审判团队', '团队', '承办部门', '审判庭', '业务庭', '庭室名称', '人民法庭', '派出法庭', '承办人员', '审判人员', '执行员', '执行法官', '院名', '单位名'];
/** a unit column headed by one of these lists people (法官), whatever their names look like */
export const PERSON_HEADERS = /法官|承办人|姓名|审判员|执行员|人员/;
/** Headers of an indicator-name column (indicator lists, transposed target tables). */
export const INDICATOR_NAME_HEADERS = ['指标', '指标名称', '考核指标', '指标项目', '项目名称', '质效指标', '评价指标', '内容'];

/** Header words of non-catalogue columns. Checked on the whole header path, in this order. */
export const ROLE_HEADERS: { role: 'score' | 'rank' | 'gap' | 'target'; valueKind: ValueKind; patterns: RegExp[] }[] = [
  { role: 'rank', valueKind: 'rank', patterns: [/排名|名次|排序|位次/] },
  { role: 'score', valueKind: 'score', patterns: [/\([^()]*\d(\.\d+)?分\)$/, /^\d+(\.\d+)?分$/, /总分|得分|合计得分|考核分|分值|评分/] },
  { role: 'gap', valueKind: 'ratio', patterns: [/差距|差值|与目标差|距目标/] },
  { role: 'target', valueKind: 'target', patterns: [/目标值?|控制目标|上限|下限|考核标准|标准值|目标数|任务数/] },
];
/** the points of a score item written in its header: `（40分）`, `（6.25/7.5分）`, `（中院25分）` */
export const SCORE_POINTS = /\([^()]*\d(\.\d+)?分\)$/;

/** Header words of a column that says whether a target is met (filled by the add-in; text). */
export const MEETS_HEADERS = [/是否达标|达标情况|完成情况|是否完成/];
/** What a 是否达标 cell says. */
export const MEETS_YES = /^(是|达标|已达标|达到|已达到|完成|已完成|√|✓|✔|Y|y|TRUE|true|True)$/;
export const MEETS_NO = /^(否|未达标|不达标|未达到|未完成|×|✗|✘|X|x|N|n|FALSE|false|False)$/;

/** Headers of a free-text column (remarks): known, not a figure, nothing to map. */
export const REMARK_HEADERS = /^(备注|说明|附注|情况说明|原因说明|原因分析|未达标原因|数据来源|来源)$/;

/** Header of a published actual value in an indicator list. */
export const ACTUAL_HEADERS = [/^(实际值|完成值|实际完成|完成情况值|实际|当前值|本期值)$/];

/** Period words in headers (`本期`, `上年同期`, `同比`, `2018年` …): the first pattern that matches names the period. */
export const PERIOD_PATTERNS: [RegExp, (m: RegExpExecArray) => string][] = [
  [/同比(增减|增幅|增长|变化|升降)?(率|幅度)?(\((%|百分点|个百分点)\))?/, () => '同比'],
  [/环比(增减|增幅|增长|变化)?/, () => '环比'],
  [/上年同期|去年同期|同期/, () => '上年同期'],
  [/本期|本年|今年|当期|本月|本年累计/, () => '本期'],
  [/上年|去年|上一年/, () => '上年'],
  [/((19|20)\d{2})年?(\d{1,2}[-—~至]\d{1,2}月|\d{1,2}月|度|上半年|下半年|第?[一二三四1-4]季度)?/, (m) => `${m[1]}年${(m[3] ?? '').replace(/[—~至]/, '-')}`],
];
/**
 * A change column written without 同比 (`增减`, `增减幅度`, `增幅(%)`): right after the same measure for two
 * periods (`2023年结案数 | 2022年结案数 | 增减幅度`), it is that measure's 同比. Matched on the header leaf
 * with any bracketed unit taken off.
 */
export const CHANGE_HEADERS = /^(比上年|较上年|与上年相比|同期)?(增减|增减幅度|增减幅|增减率|增幅|增长|增长率|增长幅度|升降|升降幅度|变化|变动|增减变化|增减情况|增减百分点|增减个百分点)$/;
/**
 * A share of a whole (`占民事一审新收总数比例`, `占比率(%)`): a figure of its own, not the count it is a share of,
 * though the catalogue would match the count's name inside it.
 */
export const SHARE_HEADERS = /^占.+(比例|比重|比率|百分比)$|^占比(率|例)?$/;
/** a change in percent (or points), not a difference in cases: a bare `增减` of counts is often 950 − 900 = 50 */
export const RELATIVE_CHANGE = /幅|率|百分点|%/;

/** a 同比 measured in percentage points (rates) rather than percent (counts) */
export const POINTS_WORDS = /百分点/;

/** A line's text without the brackets some sheets put around it: `（单位：件）` → `单位:件` (after cleaning). */
export function lineText(text: string): string {
  return text.replace(/^[(（](.*)[)）]$/, '$1');
}

/** Lines above a table (matched on `lineText`). */
export const UNIT_LINE = /^(计量)?单位[:：](.+)$/;
export const PERIOD_LINE = /^(统计(时间|期间|区间|周期)|时间|期间|数据(时间|期间|截止)|截止(时间|日期)?)[:：](.+)$/;
export const ATTACHMENT_LINE = /^附(件|表)\s*[\d一二三四五六七八九十]*[:：]?$/;
export const FILLER_LINES = /^(填报单位|制表单位|制表人|制表|填表人|填表|填报人|审核人|审核|负责人|单位负责人|分管领导|统计员|联系人|联系电话|电话|报送单位|制表日期|填报日期|报送日期|打印日期|日期)[:：]/;
/** a period written in a title: `2023年1-11月`, `2019年度`, `2021年` */
export const PERIOD_IN_TEXT = /((19|20)\d{2}年(\d{1,2}(-|—|~|至)\d{1,2}月|\d{1,2}月(份)?|度|第?[一二三四1-4]季度|上半年|下半年)?)/;

/** Lines below a table. */
/** a footnote's mark standing alone in the label cell, its text beside it (`* 结案的案件是指…`, `+`, `^`, `※`) */
export const NOTE_MARK = /^[*＊+＋^#＃△※†‡]+$/;

export const NOTE_PREFIXES = /^(注|备注|说明|附注|数据来源|来源|资料来源|填报说明|备考|\*)/;

/**
 * Sums that hold between columns of one table, by catalogue field name: `受理 = 旧存 + 新收`, and the
 * 收结存 balance `未结 = 旧存 + 新收 − 结案` (`minus`: parts taken away). Verify checks them on every row
 * where all the columns are present; one with `byDefinition: false` only where it holds on most rows (a
 * table whose 新收 is really 受理 breaks it everywhere, and that is a mapping to confirm, not an error).
 */
export const COLUMN_SUMS: { total: string; parts: string[]; minus?: string[]; byDefinition: boolean }[] = [
  { total: '受理数', parts: ['旧存数', '新收数'], byDefinition: true },
  { total: '未结数', parts: ['旧存数', '新收数'], minus: ['结案数'], byDefinition: false },
];
/**
 * Sums between columns named by their header words, for columns that are not catalogue fields: a control
 * table's `2019年发改上限` = `2018年合计` + `2019目标`. Each part is the nearest column to the left whose
 * header (period words aside) matches: `2024年控制上限` = `2023年长期未结案件数` + `压降目标` too.
 */
export const HEADER_SUMS: { total: RegExp; parts: RegExp[] }[] = [{ total: /上限$/, parts: [/(合计|基数|总量|数)$/, /目标$/] }];

/** Headers of a column that totals the count columns before it (`2018年合计`, `小计`, `合计`). */
export const ROW_TOTAL_HEADER = /(合计|总计|小计|总数|总量)$/;

/** Kinds of values whose column sums a total row must reproduce. */
export const SUMMABLE_KINDS: ValueKind[] = ['count', 'amount'];
/** days add up too when the column is a sum of days (审理天数合计, 结案用时总天数), not an average */
export const SUMMED_DAYS = /合计|总天数|之和|总数/;

export function isSummable(kind: ValueKind, name: string): boolean {
  return SUMMABLE_KINDS.includes(kind) || (kind === 'days' && SUMMED_DAYS.test(name));
}

/**
 * A total column whose parts are known fields names the field it totals: `2018年合计` over 二审被改判 …
 * 指令再审 is the 发改指总量. Checked when a `合计` column's header does not name a field itself.
 */
export const TOTAL_FIELDS: { field: string; parts: string[] }[] = [
  { field: '发改指总量', parts: ['二审改判数', '二审发回数', '再审改判数', '再审发回数', '指令再审数'] },
];

/** Fields a header names only generally (`案件總數`): a column that adds up to a defined sum is that sum instead. */
export const GENERIC_COUNT_FIELDS = ['案件数'];

/** Labels of court levels as they head the columns of a transposed target table. */
export const LEVEL_HEADERS: [RegExp, UnitLevel][] = [
  [/^(中院|中级法院|中级人民法院|市中院)$/, '中院'],
  [/^(基层法院|基层|基层人民法院|各基层法院)$/, '基层'],
  [/^(全市法院|全市|全州法院|全州|全县|全院|全市两级法院)$/, '全市'],
];

/** A case number (案号) as a cell shows it: `（2023）吉2401民初1234号`. */
export const CASE_NUMBER = /^[(（]\d{4}[)）].{1,20}\d+号/;
/** Headers that make a block a case list. */
export const CASE_LIST_HEADERS = /^(案号|案件编号|案件字号)$/;
