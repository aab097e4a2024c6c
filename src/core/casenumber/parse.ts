/**
 * 案号 parser: `（2023）豫1322民初1234号` → year, court, type, number … or a Chinese reason why not.
 *
 * A single left-to-right scan, no regular expressions (no backtracking; a few microseconds a number): the year in brackets,
 * the court code (最高法 / a province abbreviation + 0, 2 or 4 digits), an optional special-trial mark (知),
 * the type code matched longest first from the code table (./code-table), the number (a range `7-9`, a sub-number
 * `7-1`, a list `556、581`), 号, and an optional 之一 … Numbers from before 2016 (`（2015）朝民初字第12345号`) are
 * read in the old form (./legacy): year, court abbreviation, type code as written, number.
 */
import { FAMILY_NAMES, type CaseTypeDef } from './types-data';
import { MUNICIPALITIES, PROVINCES, SPECIAL_TRIAL_MARKS, SUPREME_COURT_CODE, ZERO_LOOKALIKES, specialCourtKind } from './courts-data';
import { DEFAULT_CODE_TABLE, matchModernType, type CaseCodeTable } from './code-table';
import { splitLegacySegment } from './legacy';
import { excerpt } from '../base/text';

export type CourtLevel = '最高' | '高级' | '中级' | '基层';

export interface CourtInfo {
  /** the court code as written: `豫1322`, `沪01`, `最高法`; an old number's abbreviation (`朝`) */
  code: string;
  /** null where the code does not show it (most old abbreviations) */
  level: CourtLevel | null;
  /** `河南`; null for 最高法 and unknown old abbreviations */
  province: string | null;
  /** the special court kind of the 71–99 ranges (`海事法院`), or null */
  special: string | null;
  /** a basic court not tied to a county (9x suffix: development zones, internet courts) */
  nonCounty: boolean;
  /** for people: `河南·基层法院（豫1322）` */
  description: string;
}

export type CaseNumberFlag =
  | 'half-width-brackets'
  | 'nonstandard-brackets'
  | 'mismatched-brackets'
  | 'full-width-digits'
  | 'spaces'
  | 'missing-hao'
  | 'range'
  | 'hyphen-sub'
  | 'multiple'
  | 'stray-di'
  | 'mixed-style'
  | 'legacy'
  | 'legacy-no-di'
  | 'legacy-unknown-type'
  | 'local-code'
  | 'replaced-code';

/** What each flag means, for people. */
export const FLAG_LABELS: Record<CaseNumberFlag, string> = {
  'half-width-brackets': '年度使用半角括号',
  'nonstandard-brackets': '年度使用了〔〕或【】等非标准括号',
  'mismatched-brackets': '年度左右括号不配对',
  'full-width-digits': '含全角数字',
  spaces: '含空格',
  'missing-hao': '缺少「号」字',
  range: '案件编号为区间',
  'hyphen-sub': '以「-」写分号（按「之N」读）',
  multiple: '一格中写了多个案号',
  'stray-di': '新式案号的编号前多写了「第」字',
  'mixed-style': '新式法院代字与旧式「字第」混用',
  legacy: '2016年以前的旧式案号',
  'legacy-no-di': '旧式案号「字」后缺少「第」字',
  'legacy-unknown-type': '旧式类型代字不在代字表中（按原文保留）',
  'local-code': '地方实务代字（不在最高法代字标准中）',
  'replaced-code': '已被替换的旧代字（当时有效）',
};

export interface CaseNumber {
  /** the text as given */
  text: string;
  /** the number as issued, in the standard characters: full-width brackets, half-width digits, no spaces — nothing else changed */
  normalized: string;
  year: number;
  court: CourtInfo;
  /** the 专门审判代字 (`知`) or null */
  specialTrial: string | null;
  /** the 类型代字 as matched (`民初`; an old number's code without its tribunal numeral, or as written when unknown) */
  typeCode: string;
  /** the 类型代字 as written (`民二初`, `商外初`) */
  typeWritten: string;
  type: CaseTypeDef;
  /** the 案件编号 (a range's or a list's first); beyond 2^53 only `numberText` is exact */
  number: number;
  /** the 案件编号 without its leading zeros: exact however long */
  numberText: string;
  /** the last number of a range (`民初18775-18776号` → 18776), else null */
  numberEnd: number | null;
  numberEndText: string | null;
  /** how many cases the number stands for (2 for a range of two, 3 for a list of three) */
  count: number;
  /** 之三 (or `-3` after a larger number) → 3, else null */
  sub: number | null;
  /** the single numbers of a list (`…556、581号` → `…556号`, `…581号`), else null */
  members: string[] | null;
  legacy: boolean;
  flags: CaseNumberFlag[];
}

/** Why a text is no 案号, by kind: the corpus scoreboard counts rejections by it. */
export type CaseNumberFailureCause = 'empty' | 'year' | 'court' | 'type' | 'number' | 'extra' | 'typo';

export const FAILURE_CAUSE_LABELS: Record<CaseNumberFailureCause, string> = {
  empty: '空白',
  year: '收案年度',
  court: '法院代字',
  type: '类型代字',
  number: '案件编号',
  extra: '多余内容',
  typo: '疑似笔误',
};

export type CaseNumberResult =
  | { ok: true; value: CaseNumber }
  | { ok: false; text: string; reason: string; cause: CaseNumberFailureCause };

const OPEN_BRACKETS: Record<string, string> = { '（': '）', '(': ')', '〔': '〕', '【': '】', '［': '］', '[': ']' };
const CLOSE_BRACKETS = new Set(Object.values(OPEN_BRACKETS));
const RANGE_DASHES = new Set(['-', '－', '—', '–', '~', '～', '至']);
/** A sub-number written with a hyphen (`7-1`) has at most this many digits. */
const MAX_SUB_DIGITS = 3;
/** what separates the numbers of a list: `556、581、738号` */
const LIST_SEPARATORS = new Set(['、', '，', ',']);

/** The type definition of a code, or undefined (old and local codes included). */
export function caseTypeByCode(code: string, table: CaseCodeTable = DEFAULT_CODE_TABLE): CaseTypeDef | undefined {
  return table.all.get(code);
}

const CN_DIGITS: Record<string, number> = { 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 → 1, 十 → 10, 十二 → 12, 二十三 → 23, and plain digits; NaN for anything else. */
export function parseChineseNumber(text: string): number {
  if (!text) return NaN;
  let allDigits = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) {
      allDigits = false;
      break;
    }
  }
  if (allDigits) return Number(text);
  const ten = text.indexOf('十');
  if (ten < 0) return text.length === 1 && text in CN_DIGITS ? CN_DIGITS[text] : NaN;
  if (text.indexOf('十', ten + 1) >= 0) return NaN;
  const before = text.slice(0, ten);
  const after = text.slice(ten + 1);
  const tens = before === '' ? 1 : before.length === 1 && before in CN_DIGITS ? CN_DIGITS[before] : NaN;
  const ones = after === '' ? 0 : after.length === 1 && after in CN_DIGITS ? CN_DIGITS[after] : NaN;
  return tens * 10 + ones;
}

const CN_NUMERALS = '零一二三四五六七八九';
export function chineseNumber(n: number): string {
  if (n < 10) return CN_NUMERALS[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return (tens === 1 ? '' : CN_NUMERALS[tens]) + '十' + (ones ? CN_NUMERALS[ones] : '');
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 0x3000 || c === 9 || c === 10 || c === 13 || c === 0xa0;
}

/** Full-width digits to ASCII and whitespace removed; records what was changed. */
function clean(text: string, flags: CaseNumberFlag[]): string {
  let needs = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0xff10 && c <= 0xff19) || isSpace(c)) {
      needs = true;
      break;
    }
  }
  if (!needs) return text;
  let out = '';
  let fullWidth = false;
  let spaces = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xff10 && c <= 0xff19) {
      out += String.fromCharCode(c - 0xff10 + 48);
      fullWidth = true;
    } else if (isSpace(c)) {
      spaces = true;
    } else out += text[i];
  }
  if (fullWidth) flags.push('full-width-digits');
  // spaces around the whole number are trimmed silently; only inner spaces are worth a flag
  if (spaces && text.trim().length !== out.length) flags.push('spaces');
  return out;
}

type Failure = { ok: false; text: string; reason: string; cause: CaseNumberFailureCause };

function fail(text: string, cause: CaseNumberFailureCause, reason: string): Failure {
  return { ok: false, text, reason, cause };
}

/** The run of Chinese characters (not digits, not brackets) from i, for messages. */
function textRun(s: string, i: number): string {
  let j = i;
  while (j < s.length && !isDigit(s.charCodeAt(j)) && s[j] !== '号' && j - i < 6) j++;
  return s.slice(i, j);
}

/**
 * A run of digits from i that holds a letter O (or 〇) typed for a zero: `云Ｏ111` → the run `Ｏ111`, else null.
 * Named as a likely typo, never silently read as a zero.
 */
function zeroTypo(s: string, i: number): { run: string; fixed: string } | null {
  let j = i;
  let typo = false;
  while (j < s.length && (isDigit(s.charCodeAt(j)) || ZERO_LOOKALIKES.has(s[j]))) {
    if (ZERO_LOOKALIKES.has(s[j])) typo = true;
    j++;
  }
  if (!typo || j - i < 2) return null;
  const run = s.slice(i, j);
  return { run, fixed: [...run].map((ch) => (ZERO_LOOKALIKES.has(ch) ? '0' : ch)).join('') };
}

function typoReason(what: string, before: string, t: { run: string; fixed: string }): string {
  const letter = [...t.run].find((ch) => ZERO_LOOKALIKES.has(ch));
  return `${what}「${before}${t.run}」中的「${letter}」疑为数字「0」的笔误（应为「${before}${t.fixed}」）`;
}

function courtDescription(c: Omit<CourtInfo, 'description'>): string {
  if (c.level === '最高') return '最高人民法院';
  if (c.level === null) return `旧式法院简称「${c.code || '（未写）'}」`;
  const where = c.province ?? '';
  let what: string;
  if (c.level === '高级' && c.province && !PROVINCES[c.code]) return `${where}·高级法院（旧式简称「${c.code}」）`;
  if (c.level === '中级' && c.province === null) return `中级法院（旧式简称「${c.code}」）`;
  if (c.level === '高级') what = '高级法院';
  else if (c.level === '中级' && !c.special && MUNICIPALITIES.has(c.code[0])) {
    const ordinal = Number(c.code.slice(1));
    return `${where}市第${chineseNumber(ordinal)}中级人民法院（${c.code}）`;
  } else if (c.level === '中级') what = c.special ? `${c.special}（中级）` : '中级法院';
  else if (c.special) what = `${c.special}（基层）`;
  else what = c.nonCounty ? '基层法院（非县级：开发区、互联网法院等）' : '基层法院';
  return `${where}·${what}（${c.code}）`;
}

/** The prefecture digits of the county-level cities a province administers directly (行政区划代码 xx90xx). */
const PROVINCE_DIRECT_COUNTIES = 90;

/** Courts repeat: one shared, frozen record per code keeps 200,000 parses from allocating 200,000 courts. */
const COURT_CACHE = new Map<string, CourtInfo>();

function makeCourt(c: Omit<CourtInfo, 'description'>): CourtInfo {
  const key = c.level === null || !/\d|最高法/.test(c.code) ? `旧:${c.code}:${c.level ?? ''}` : c.code;
  let court = COURT_CACHE.get(key);
  if (!court) {
    court = Object.freeze({ ...c, description: courtDescription(c) });
    if (COURT_CACHE.size < 10000) COURT_CACHE.set(key, court);
  }
  return court;
}

/** What the 案件编号 part of a number gives: those fields of CaseNumber. */
type Tail = { ok: true } & Pick<CaseNumber, 'number' | 'numberText' | 'numberEnd' | 'numberEndText' | 'count' | 'sub' | 'members'>;

/**
 * The 案件编号 from i — a number, a range `18775-18776`, a sub-number written `7-1` (the second number not larger),
 * or a list `556、581、738` — then `号`, `之N` and nothing else. Shared by the new and the old form; `normalized`
 * spells a list's members (its text before the number). The reason for a missing number is built only when needed. In bankruptcy (破) a hyphen always numbers a case's documents
 * (衢商破字第1-2号: the second of case 1), never a range of cases.
 */
function readNumberAndTail(s: string, i: number, flags: CaseNumberFlag[], normalized: string, type: CaseTypeDef, missingReason: () => string): Tail | Failure {
  const [number, afterNumber, numberDigits] = readDigits(s, i);
  if (numberDigits === 0) {
    const typo = zeroTypo(s, i);
    if (typo) return fail(s, 'typo', typoReason('案件编号', '', typo));
    return fail(s, 'number', missingReason());
  }
  if (number === 0) return fail(s, 'number', '案件编号不能为0（每年从1号起编）');
  let j = afterNumber;
  const numberText = digitsText(s, i, afterNumber);
  let numberEnd: number | null = null;
  let numberEndText: string | null = null;
  let sub: number | null = null;
  let count = 1;
  if (RANGE_DASHES.has(s[j]) && isDigit(s.charCodeAt(j + 1))) {
    const [end, afterEnd] = readDigits(s, j + 1);
    const endText = digitsText(s, j + 1, afterEnd);
    // a document's sub-number is small; a larger second number is a range's end, however written
    const hyphen = (s[j] === '-' || s[j] === '－') && endText.length <= MAX_SUB_DIGITS;
    const subNumbered = hyphen && type.family === '破';
    if (!subNumbered && BigInt(endText) > BigInt(numberText)) {
      numberEnd = end;
      numberEndText = endText;
      count = end - number + 1;
      flags.push('range');
    } else if (hyphen) {
      // 苏08民终7-1号: the first document of case 7 numbered apart, as 之一 is
      if (end === 0) return fail(s, 'number', `「${excerpt(numberText)}-${endText}」的分号不能为0`);
      sub = end;
      flags.push('hyphen-sub');
    } else return fail(s, 'number', `案件编号区间「${excerpt(numberText)}${s[j]}${excerpt(endText)}」的终止编号应大于起始编号`);
    j = afterEnd;
  }
  let members: string[] | null = null;
  if (LIST_SEPARATORS.has(s[j]) && isDigit(s.charCodeAt(j + 1)) && sub === null) {
    // (2021)最高法知行终556、581、738号: several cases cited at once, each its own number
    const prefix = normalized.slice(0, normalized.length - (s.length - i));
    members = [`${prefix}${s.slice(i, j)}号`];
    while (LIST_SEPARATORS.has(s[j]) && isDigit(s.charCodeAt(j + 1))) {
      const [next, afterNext] = readDigits(s, j + 1);
      if (next === 0) return fail(s, 'number', '案件编号不能为0（每年从1号起编）');
      members.push(`${prefix}${s.slice(j + 1, afterNext)}号`);
      j = afterNext;
    }
    count = members.length + (numberEnd !== null ? numberEnd - number : 0);
    flags.push('multiple');
  }
  if (s[j] === '号') j++;
  else flags.push('missing-hao');
  if (s[j] === '之') {
    const rest = s.slice(j + 1);
    const n = parseChineseNumber(rest);
    if (!Number.isInteger(n) || n < 1) return fail(s, 'extra', `「之」后应为序号（之一、之二……），此处为「${excerpt(rest) || '（空）'}」`);
    if (sub !== null) return fail(s, 'number', `分号写了两次：「-${sub}」和「之${excerpt(rest)}」`);
    sub = n;
    j = s.length;
  }
  if (j < s.length) return fail(s, 'extra', `案号末尾有多余内容「${excerpt(s.slice(j))}」`);
  return { ok: true, number, numberText, numberEnd, numberEndText, count, sub, members };
}

/** The digits from i to end as text, leading zeros dropped: a long number kept exactly (never through a double). */
function digitsText(s: string, i: number, end: number): string {
  return s.slice(i, end).replace(/^0+(?=\d)/, '');
}

/** Reads a run of ASCII digits from i: [value, end index, digit count]. */
function readDigits(s: string, i: number): [number, number, number] {
  let j = i;
  let v = 0;
  while (j < s.length && isDigit(s.charCodeAt(j))) {
    v = v * 10 + (s.charCodeAt(j) - 48);
    j++;
  }
  return [v, j, j - i];
}

/**
 * Parses one 案号. `table` holds the type codes (the default one, or with a court's local codes from a preset:
 * `caseCodeTable(preset.localCaseCodes)`).
 */
export function parseCaseNumber(input: unknown, table: CaseCodeTable = DEFAULT_CODE_TABLE): CaseNumberResult {
  if (input === null || input === undefined) return fail('', 'empty', '案号为空');
  const text = typeof input === 'string' ? input : String(input);
  if (text.trim() === '') return fail(text, 'empty', '案号为空');
  // one scratch list per call (parsing never re-enters): the result gets a copy, or the shared empty list
  const flags = FLAG_SCRATCH;
  flags.length = 0;
  const s = clean(text.trim(), flags);
  const result = parseClean(s, flags, table);
  if (!result.ok) return { ...result, text };
  result.value.text = text;
  result.value.flags = flags.length ? flags.slice() : NO_FLAGS;
  return result;
}

const FLAG_SCRATCH: CaseNumberFlag[] = [];

/** Most numbers carry no flag: they share one frozen empty list. */
const NO_FLAGS = Object.freeze([]) as unknown as CaseNumberFlag[];

/** Where the old form's 字 stands (followed by 第 or a digit), from i; -1 when the number is new-style. */
function oldFormMark(s: string, i: number): number {
  for (let k = s.indexOf('字', i); k >= 0; k = s.indexOf('字', k + 1)) {
    if (s[k + 1] === '第' || isDigit(s.charCodeAt(k + 1))) return k;
  }
  return -1;
}

function parseClean(s: string, flags: CaseNumberFlag[], table: CaseCodeTable): CaseNumberResult {
  // （年度）
  const open = s[0];
  const expectedClose = OPEN_BRACKETS[open];
  if (!expectedClose) {
    if (isDigit(s.charCodeAt(0))) return fail(s, 'year', '收案年度缺少括号：应写作「（2023）」');
    return fail(s, 'year', `案号应以括号中的收案年度开头，如「（2023）豫1322民初1234号」，此处开头为「${s[0]}」`);
  }
  if (open === '(') flags.push('half-width-brackets');
  else if (open !== '（') flags.push('nonstandard-brackets');
  const [year, afterYear, yearDigits] = readDigits(s, 1);
  if (yearDigits !== 4) {
    const typo = zeroTypo(s, 1);
    if (typo && typo.run.length === 4) return fail(s, 'typo', typoReason('收案年度', '', typo));
    return fail(s, 'year', `收案年度应为4位数字，此处为「${s.slice(1, afterYear) || textRun(s, 1)}」`);
  }
  const close = s[afterYear];
  if (!CLOSE_BRACKETS.has(close)) return fail(s, 'year', `收案年度「${year}」后缺少右括号`);
  if (close !== expectedClose) flags.push('mismatched-brackets');
  if (year < 1949 || year > 2100) return fail(s, 'typo', `收案年度「${year}」不合理，疑为笔误`);
  const i = afterYear + 1;
  if (i >= s.length) return fail(s, 'court', '年度之后缺少法院代字、类型代字和案件编号');
  // the number as issued: only the brackets (and, above, widths and spaces) are made standard
  const normalized = open === '（' && close === '）' ? s : `（${year}）${s.slice(i)}`;

  const zi = oldFormMark(s, i);
  const wrongZi = zi < 0 ? s.indexOf('宇第', i) : -1;
  if (wrongZi >= 0) return fail(s, 'typo', `「${excerpt(s.slice(i, wrongZi + 2))}」中的「宇第」疑为「字第」的笔误`);
  if (zi >= 0) {
    // a new court code written with the old 字第 (川01民终字第5644号) is read as new, and flagged
    if (year >= 2016 || /\d/.test(s.slice(i, zi))) {
      const mixed = parseModern(s, i, year, normalized, flags, table, zi);
      if (mixed.ok) return mixed;
    }
    return parseLegacy(s, i, zi, year, normalized, flags, table);
  }
  return parseModern(s, i, year, normalized, flags, table, -1);
}

/** The new form from i (after the year); `zi` ≥ 0: the type must end at the old form's 字 (mixed style). */
function parseModern(s: string, i: number, year: number, normalized: string, flags: CaseNumberFlag[], table: CaseCodeTable, zi: number): CaseNumberResult {
  const flagCount = flags.length;
  // 法院代字
  let court: CourtInfo;
  if (s.startsWith(SUPREME_COURT_CODE, i)) {
    court = COURT_CACHE.get(SUPREME_COURT_CODE) ?? makeCourt({ code: SUPREME_COURT_CODE, level: '最高', province: null, special: null, nonCounty: false });
    i += SUPREME_COURT_CODE.length;
  } else {
    const abbr = s[i];
    const province = PROVINCES[abbr];
    if (!province) {
      if (isDigit(s.charCodeAt(i))) return fail(s, 'court', `法院代字「${textRun(s, i) || s.slice(i, i + 4)}」缺少省级简称（京、沪、豫……）`);
      return fail(s, 'court', `无法识别法院代字「${textRun(s, i).slice(0, 3)}」：应为「最高法」或省级简称（京、沪、豫……）加数字`);
    }
    const [, afterDigits, n] = readDigits(s, i + 1);
    if (ZERO_LOOKALIKES.has(s[afterDigits])) {
      const typo = zeroTypo(s, i + 1);
      if (typo) return fail(s, 'typo', typoReason('法院代字', abbr, typo));
    }
    const code = s.slice(i, afterDigits);
    const digits = code.slice(1);
    const known = COURT_CACHE.get(code);
    if (known) court = known;
    else if (n === 0) {
      court = makeCourt({ code, level: '高级', province, special: null, nonCounty: false });
    } else if (n === 2) {
      court = makeCourt({ code, level: '中级', province, special: specialCourtKind(Number(digits), abbr), nonCounty: false });
    } else if (n === 4) {
      const prefecture = Number(digits.slice(0, 2));
      const county = Number(digits.slice(2));
      // a basic court's first two digits are its prefecture's; 90 there is the province's own county-level cities
      // (鄂9006 天门市人民法院), not the cross-region range
      const special = prefecture === PROVINCE_DIRECT_COUNTIES ? null : specialCourtKind(prefecture, abbr);
      court = makeCourt({ code, level: '基层', province, special, nonCounty: county >= 90 });
    } else {
      // the rule knows 0, 2 or 4 digits only: any other count is a slip of the keyboard
      return fail(s, 'typo', `法院代字「${code}」的数字应为2位（中级法院）或4位（基层法院），此处为${n}位，疑为笔误`);
    }
    i = afterDigits;
  }

  // 专门审判代字 + 类型代字, longest first
  let specialTrial: string | null = null;
  let type = matchModernType(table, s, i);
  if (!type && SPECIAL_TRIAL_MARKS[s[i]]) {
    type = matchModernType(table, s, i + 1);
    if (type) {
      specialTrial = s[i];
      i++;
    }
  }
  if (!type) {
    const run = textRun(s, i);
    return fail(s, 'type', run ? `无法识别类型代字「${run}」：不在案件类型代字表中` : `法院代字「${court.code}」之后缺少类型代字`);
  }
  i += type.code.length;
  if (zi >= 0) {
    if (i !== zi) return fail(s, 'type', '新式法院代字之后的类型代字与「字第」不相接');
    i = s[zi + 1] === '第' ? zi + 2 : zi + 1;
    flags.push('mixed-style');
  } else if (s[i] === '第' && isDigit(s.charCodeAt(i + 1))) {
    i++;
    flags.push('stray-di');
  }
  if (type.status === 'local') flags.push('local-code');
  if (type.status === 'replaced') flags.push('replaced-code');

  // 案件编号 [- 编号 | 、编号 …] 号 [之N]
  const at = i;
  const tail = readNumberAndTail(s, i, flags, normalized, type, () => `类型代字「${type.code}」之后应为案件编号（数字），此处为「${s.slice(at, at + 4) || '（空）'}」`);
  if (!tail.ok) {
    flags.length = flagCount;
    return tail;
  }
  return {
    ok: true,
    value: {
      text: s,
      normalized,
      year,
      court,
      specialTrial,
      typeCode: type.code,
      typeWritten: type.code,
      type,
      number: tail.number,
      numberText: tail.numberText,
      numberEnd: tail.numberEnd,
      numberEndText: tail.numberEndText,
      count: tail.count,
      sub: tail.sub,
      members: tail.members,
      legacy: false,
      flags,
    },
  };
}

/** The old form: `（2015）朝民初字第12345号`, `（2014）豫法民二终字第5号`, `（2015）民提字第1号`, `（2012）甬仑商外初字第7号`. */
function parseLegacy(s: string, i: number, zi: number, year: number, normalized: string, flags: CaseNumberFlag[], table: CaseCodeTable): CaseNumberResult {
  flags.push('legacy');
  const split = splitLegacySegment(s.slice(i, zi), table);
  if (!split.ok) return fail(s, split.reason.includes('缺少') ? 'court' : 'type', split.reason);
  if (!split.known) flags.push('legacy-unknown-type');
  const afterZi = s[zi + 1] === '第' ? zi + 2 : zi + 1;
  if (afterZi === zi + 1) flags.push('legacy-no-di');
  const tail = readNumberAndTail(s, afterZi, flags, normalized, split.type, () => '旧式案号「字第」之后应为案件编号（数字）');
  if (!tail.ok) return tail;
  const courtPart = split.court;
  // 豫法, 粤高法, 云高 = the province's high court in the old numbers, 深中法 an intermediate court; other abbreviations (朝, 宛) need a directory
  const provinceOfHigh = /^.(法|高法|高)$/.test(courtPart) ? PROVINCES[courtPart[0]] ?? null : null;
  // 深中法, 渝一中法, 一中 (北京市第一中级人民法院): the old abbreviations that say 中级 themselves
  const intermediate = !provinceOfHigh && ((courtPart.length >= 3 && courtPart.endsWith('中法')) || /^[一二三四五六]中$/.test(courtPart));
  const court = makeCourt({
    code: courtPart,
    level: provinceOfHigh ? '高级' : intermediate ? '中级' : null,
    province: provinceOfHigh,
    special: null,
    nonCounty: false,
  });
  return {
    ok: true,
    value: {
      text: s,
      normalized,
      year,
      court,
      specialTrial: null,
      typeCode: split.type.code,
      typeWritten: split.typeWritten,
      type: split.type,
      number: tail.number,
      numberText: tail.numberText,
      numberEnd: tail.numberEnd,
      numberEndText: tail.numberEndText,
      count: tail.count,
      sub: tail.sub,
      members: tail.members,
      legacy: true,
      flags,
    },
  };
}

/** 民事 for 民 */
export function familyName(family: keyof typeof FAMILY_NAMES): string {
  return FAMILY_NAMES[family];
}
