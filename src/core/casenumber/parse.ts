/**
 * 案号 parser: `（2023）豫1322民初1234号` → year, court, type, number … or a Chinese reason why not.
 *
 * A single left-to-right scan, no regular expressions (no backtracking, ~1 µs a number): the year in brackets,
 * the court code (最高法 / a province abbreviation + 0, 2 or 4 digits), an optional special-trial mark (知),
 * the type code matched longest first from the whitelist of ./types-data, the number (or a range), 号, and an
 * optional 之一 … Numbers from before 2016 (`（2015）朝民初字第12345号`) are parsed as legacy.
 */
import { CASE_TYPES, FAMILY_NAMES, type CaseTypeDef } from './types-data';
import { MUNICIPALITIES, PROVINCES, SPECIAL_TRIAL_MARKS, SUPREME_COURT_CODE, specialCourtKind } from './courts-data';
import { maxOf } from '../base/arrays';
import { excerpt } from '../base/text';

export type CourtLevel = '最高' | '高级' | '中级' | '基层';

export interface CourtInfo {
  /** the court code as written: `豫1322`, `沪01`, `最高法`; a legacy number's abbreviation (`朝`) */
  code: string;
  /** null where the code does not show it (legacy abbreviations) */
  level: CourtLevel | null;
  /** `河南`; null for 最高法 and unknown legacy abbreviations */
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
  | 'legacy';

/** What each flag means, for people. */
export const FLAG_LABELS: Record<CaseNumberFlag, string> = {
  'half-width-brackets': '年度使用半角括号',
  'nonstandard-brackets': '年度使用了〔〕或【】等非标准括号',
  'mismatched-brackets': '年度左右括号不配对',
  'full-width-digits': '含全角数字',
  spaces: '含空格',
  'missing-hao': '缺少「号」字',
  range: '案件编号为区间',
  legacy: '2016年以前的旧式案号',
};

export interface CaseNumber {
  /** the text as given */
  text: string;
  /** the standard spelling: full-width brackets, half-width digits, no spaces */
  normalized: string;
  year: number;
  court: CourtInfo;
  /** the 专门审判代字 (`知`) or null */
  specialTrial: string | null;
  /** the 类型代字 as matched: `民初` */
  typeCode: string;
  type: CaseTypeDef;
  /** the 案件编号 (a range's first); beyond 2^53 only `numberText` is exact */
  number: number;
  /** the 案件编号 as written, leading zeros dropped: exact however long */
  numberText: string;
  /** the last number of a range (`民初18775-18776号` → 18776), else null */
  numberEnd: number | null;
  numberEndText: string | null;
  /** how many cases the number stands for (2 for a range of two) */
  count: number;
  /** 之三 → 3, else null */
  sub: number | null;
  legacy: boolean;
  flags: CaseNumberFlag[];
}

export type CaseNumberResult = { ok: true; value: CaseNumber } | { ok: false; text: string; reason: string };

const OPEN_BRACKETS: Record<string, string> = { '（': '）', '(': ')', '〔': '〕', '【': '】', '［': '］', '[': ']' };
const CLOSE_BRACKETS = new Set(Object.values(OPEN_BRACKETS));
const RANGE_DASHES = new Set(['-', '－', '—', '–', '~', '～', '至']);

/**
 * Modern codes in a trie keyed by character code, walked once from the position for the longest match
 * (`执恢` before `执`) without building substrings; all codes (legacy ones too) by text for the old form.
 */
interface TrieNode {
  def?: CaseTypeDef;
  next: Map<number, TrieNode>;
}
const MODERN_TRIE: TrieNode = { next: new Map() };
const ALL_BY_CODE = new Map<string, CaseTypeDef>();
for (const def of CASE_TYPES) {
  if (!def.legacyOnly) {
    let node = MODERN_TRIE;
    for (let k = 0; k < def.code.length; k++) {
      const ch = def.code.charCodeAt(k);
      let child = node.next.get(ch);
      if (!child) {
        child = { next: new Map() };
        node.next.set(ch, child);
      }
      node = child;
    }
    node.def = def;
  }
  if (!ALL_BY_CODE.has(def.code)) ALL_BY_CODE.set(def.code, def);
}
const MAX_CODE_LENGTH = maxOf(CASE_TYPES.map((d) => d.code.length));

/** The type definition of a code, or undefined (legacy codes included). */
export function caseTypeByCode(code: string): CaseTypeDef | undefined {
  return ALL_BY_CODE.get(code);
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

/** Full-width digits to ASCII and whitespace removed; records what was changed. */
function clean(text: string, flags: CaseNumberFlag[]): string {
  let needs = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0xff10 && c <= 0xff19) || c === 32 || c === 0x3000 || c === 9 || c === 10 || c === 13 || c === 0xa0) {
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
    } else if (c === 32 || c === 0x3000 || c === 9 || c === 10 || c === 13 || c === 0xa0) {
      spaces = true;
    } else out += text[i];
  }
  if (fullWidth) flags.push('full-width-digits');
  // spaces around the whole number are trimmed silently; only inner spaces are worth a flag
  if (spaces && text.trim().length !== out.length) flags.push('spaces');
  return out;
}

function fail(text: string, reason: string): CaseNumberResult {
  return { ok: false, text, reason };
}

/** The run of Chinese characters (not digits, not brackets) from i, for messages. */
function textRun(s: string, i: number): string {
  let j = i;
  while (j < s.length && !isDigit(s.charCodeAt(j)) && s[j] !== '号' && j - i < 6) j++;
  return s.slice(i, j);
}

function courtDescription(c: Omit<CourtInfo, 'description'>): string {
  if (c.level === '最高') return '最高人民法院';
  if (c.level === null) return `旧式法院简称「${c.code || '（未写）'}」`;
  const where = c.province ?? '';
  let what: string;
  if (c.level === '高级') what = '高级法院';
  else if (c.level === '中级' && !c.special && MUNICIPALITIES.has(c.code[0])) {
    const ordinal = Number(c.code.slice(1));
    return `${where}市第${chineseNumber(ordinal)}中级人民法院（${c.code}）`;
  } else if (c.level === '中级') what = c.special ? `${c.special}（中级）` : '中级法院';
  else if (c.special) what = `${c.special}（基层）`;
  else what = c.nonCounty ? '基层法院（非县级：开发区、互联网法院等）' : '基层法院';
  return `${where}·${what}（${c.code}）`;
}

/** Courts repeat: one shared, frozen record per code keeps 200,000 parses from allocating 200,000 courts. */
const COURT_CACHE = new Map<string, CourtInfo>();

function makeCourt(c: Omit<CourtInfo, 'description'>): CourtInfo {
  const key = c.level === null && c.code ? `旧:${c.code}` : c.code;
  let court = COURT_CACHE.get(key);
  if (!court) {
    court = Object.freeze({ ...c, description: courtDescription(c) });
    if (COURT_CACHE.size < 10000) COURT_CACHE.set(key, court);
  }
  return court;
}

/** Reads `号`, `之N` and checks nothing is left; shared by the modern and the legacy form. */
function readTail(
  s: string,
  i: number,
  flags: CaseNumberFlag[],
): { ok: true; sub: number | null } | { ok: false; reason: string } {
  if (s[i] === '号') i++;
  else flags.push('missing-hao');
  let sub: number | null = null;
  if (s[i] === '之') {
    const rest = s.slice(i + 1);
    const n = parseChineseNumber(rest);
    if (!Number.isInteger(n) || n < 1) return { ok: false, reason: `「之」后应为序号（之一、之二……），此处为「${excerpt(rest) || '（空）'}」` };
    sub = n;
    i = s.length;
  }
  if (i < s.length) return { ok: false, reason: `案号末尾有多余内容「${excerpt(s.slice(i))}」` };
  return { ok: true, sub };
}

type NumberAndTail =
  | { ok: true; number: number; numberText: string; numberEnd: number | null; numberEndText: string | null; numberDigits: number; afterNumber: number; sub: number | null }
  | { ok: false; reason: string };

/** The 案件编号 from i, a range `-编号`, then `号` and `之N` to the end; shared by the modern and the legacy form. */
function readNumberAndTail(s: string, i: number, flags: CaseNumberFlag[], missingReason: string): NumberAndTail {
  const [number, afterNumber, numberDigits] = readDigits(s, i);
  if (numberDigits === 0) return { ok: false, reason: missingReason };
  if (number === 0) return { ok: false, reason: '案件编号不能为0（每年从1号起编）' };
  let j = afterNumber;
  const numberText = digitsText(s, i, afterNumber);
  let numberEnd: number | null = null;
  let numberEndText: string | null = null;
  if (RANGE_DASHES.has(s[j]) && isDigit(s.charCodeAt(j + 1))) {
    const [end, afterEnd] = readDigits(s, j + 1);
    const endText = digitsText(s, j + 1, afterEnd);
    if (BigInt(endText) <= BigInt(numberText)) return { ok: false, reason: `案件编号区间「${excerpt(numberText)}-${excerpt(endText)}」的终止编号应大于起始编号` };
    numberEnd = end;
    numberEndText = endText;
    flags.push('range');
    j = afterEnd;
  }
  const tail = readTail(s, j, flags);
  if (!tail.ok) return tail;
  return { ok: true, number, numberText, numberEnd, numberEndText, numberDigits, afterNumber, sub: tail.sub };
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

export function parseCaseNumber(input: unknown): CaseNumberResult {
  if (input === null || input === undefined) return fail('', '案号为空');
  const text = typeof input === 'string' ? input : String(input);
  if (text.trim() === '') return fail(text, '案号为空');
  // one scratch list per call (parsing never re-enters): the result gets a copy, or the shared empty list
  const flags = FLAG_SCRATCH;
  flags.length = 0;
  const s = clean(text.trim(), flags);
  const result = parseClean(text, s, flags);
  if (result.ok) result.value.flags = flags.length ? flags.slice() : NO_FLAGS;
  return result;
}

const FLAG_SCRATCH: CaseNumberFlag[] = [];

/** Most numbers carry no flag: they share one frozen empty list. */
const NO_FLAGS = Object.freeze([]) as unknown as CaseNumberFlag[];

function parseClean(text: string, s: string, flags: CaseNumberFlag[]): CaseNumberResult {

  // （年度）
  const open = s[0];
  const expectedClose = OPEN_BRACKETS[open];
  if (!expectedClose) {
    if (isDigit(s.charCodeAt(0))) return fail(text, '收案年度缺少括号：应写作「（2023）」');
    return fail(text, `案号应以括号中的收案年度开头，如「（2023）豫1322民初1234号」，此处开头为「${s[0]}」`);
  }
  if (open === '(') flags.push('half-width-brackets');
  else if (open !== '（') flags.push('nonstandard-brackets');
  const [year, afterYear, yearDigits] = readDigits(s, 1);
  if (yearDigits !== 4) return fail(text, `收案年度应为4位数字，此处为「${s.slice(1, afterYear) || textRun(s, 1)}」`);
  const close = s[afterYear];
  if (!CLOSE_BRACKETS.has(close)) return fail(text, `收案年度「${year}」后缺少右括号`);
  if (close !== expectedClose) flags.push('mismatched-brackets');
  if (year < 1949 || year > 2100) return fail(text, `收案年度「${year}」不合理`);
  let i = afterYear + 1;
  if (i >= s.length) return fail(text, '年度之后缺少法院代字、类型代字和案件编号');

  if (s.indexOf('字第', i) >= 0) return parseLegacy(text, s, i, year, flags);

  // 法院代字
  let court: CourtInfo;
  if (s.startsWith(SUPREME_COURT_CODE, i)) {
    court = COURT_CACHE.get(SUPREME_COURT_CODE) ?? makeCourt({ code: SUPREME_COURT_CODE, level: '最高', province: null, special: null, nonCounty: false });
    i += SUPREME_COURT_CODE.length;
  } else {
    const abbr = s[i];
    const province = PROVINCES[abbr];
    if (!province) return fail(text, `无法识别法院代字「${textRun(s, i).slice(0, 3)}」：应为「最高法」或省级简称（京、沪、豫……）加数字`);
    const [, afterDigits, n] = readDigits(s, i + 1);
    const code = s.slice(i, afterDigits);
    const digits = code.slice(1);
    const known = COURT_CACHE.get(code);
    if (known) court = known;
    else if (n === 0) {
      court = makeCourt({ code, level: '高级', province, special: null, nonCounty: false });
    } else if (n === 2) {
      court = makeCourt({ code, level: '中级', province, special: specialCourtKind(Number(digits)), nonCounty: false });
    } else if (n === 4) {
      const prefecture = Number(digits.slice(0, 2));
      const county = Number(digits.slice(2));
      court = makeCourt({
        code,
        level: '基层',
        province,
        special: specialCourtKind(prefecture),
        nonCounty: county >= 90,
      });
    } else {
      return fail(text, `法院代字「${code}」的数字应为2位（中级法院）或4位（基层法院），此处为${n}位`);
    }
    i = afterDigits;
  }

  // 专门审判代字 + 类型代字, longest first
  let specialTrial: string | null = null;
  let type = matchType(s, i);
  if (!type && SPECIAL_TRIAL_MARKS[s[i]]) {
    type = matchType(s, i + 1);
    if (type) {
      specialTrial = s[i];
      i++;
    }
  }
  if (!type) {
    const run = textRun(s, i);
    return fail(text, run ? `无法识别类型代字「${run}」：不在案件类型代字表中` : `法院代字「${court.code}」之后缺少类型代字`);
  }
  i += type.code.length;

  // 案件编号 [- 编号] 号 [之N]
  const tail = readNumberAndTail(s, i, flags, `类型代字「${type.code}」之后应为案件编号（数字），此处为「${s.slice(i, i + 4) || '（空）'}」`);
  if (!tail.ok) return fail(text, tail.reason);
  const { number, numberText, numberEnd, numberEndText, numberDigits, afterNumber } = tail;

  // most numbers are written the standard way already: then the text is its own normal form
  const standard = flags.length === 0 && open === '（' && (numberDigits === 1 || s.charCodeAt(afterNumber - numberDigits) !== 48) && (tail.sub === null || s.endsWith('之' + chineseNumber(tail.sub)));
  const normalized = standard
    ? s
    : `（${year}）${court.code}${specialTrial ?? ''}${type.code}${numberText}` +
      `${numberEndText !== null ? '-' + numberEndText : ''}号${tail.sub !== null ? '之' + chineseNumber(tail.sub) : ''}`;
  return {
    ok: true,
    value: {
      text,
      normalized,
      year,
      court,
      specialTrial,
      typeCode: type.code,
      type,
      number,
      numberText,
      numberEnd,
      numberEndText,
      count: numberEnd !== null ? numberEnd - number + 1 : 1,
      sub: tail.sub,
      legacy: false,
      flags,
    },
  };
}

function matchType(s: string, i: number): CaseTypeDef | undefined {
  let node: TrieNode | undefined = MODERN_TRIE;
  let longest: CaseTypeDef | undefined;
  for (let j = i; j < s.length; j++) {
    node = node.next.get(s.charCodeAt(j));
    if (!node) break;
    if (node.def) longest = node.def;
  }
  return longest;
}

/** The old form: `（2015）朝民初字第12345号`, `（2014）豫法民二终字第5号`, `（2015）民提字第1号`. */
function parseLegacy(text: string, s: string, i: number, year: number, flags: CaseNumberFlag[]): CaseNumberResult {
  flags.push('legacy');
  const at = s.indexOf('字第', i);
  const segment = s.slice(i, at);
  if (!segment) return fail(text, '旧式案号「字第」之前缺少法院简称和类型代字');
  // the longest suffix of the segment that is a type code (a tribunal numeral 民二初 counts as 民初)
  let type: CaseTypeDef | undefined;
  let courtPart = '';
  for (let k = 0; k < segment.length; k++) {
    const candidate = segment.slice(k);
    if (candidate.length > MAX_CODE_LENGTH + 1) continue;
    type = ALL_BY_CODE.get(candidate) ?? ALL_BY_CODE.get(withoutTribunalNumeral(candidate));
    if (type) {
      courtPart = segment.slice(0, k);
      break;
    }
  }
  if (!type) return fail(text, `无法识别旧式案号的类型代字「${segment}」`);
  for (let k = 0; k < courtPart.length; k++) {
    if (isDigit(courtPart.charCodeAt(k))) return fail(text, `旧式案号的法院简称「${courtPart}」不应含数字`);
  }
  const tail = readNumberAndTail(s, at + 2, flags, '旧式案号「字第」之后应为案件编号（数字）');
  if (!tail.ok) return fail(text, tail.reason);
  const { number, numberText, numberEnd, numberEndText } = tail;
  // 豫法 = 河南高院 in the old numbers; other abbreviations (朝, 宛) need a directory
  const provinceOfHigh = courtPart.length === 2 && courtPart[1] === '法' ? PROVINCES[courtPart[0]] ?? null : null;
  const court = makeCourt({
    code: courtPart,
    level: provinceOfHigh ? '高级' : null,
    province: provinceOfHigh,
    special: null,
    nonCounty: false,
  });
  const typeWritten = segment.slice(courtPart.length);
  return {
    ok: true,
    value: {
      text,
      normalized: `（${year}）${courtPart}${typeWritten}字第${numberText}${numberEndText !== null ? '-' + numberEndText : ''}号${tail.sub !== null ? '之' + chineseNumber(tail.sub) : ''}`,
      year,
      court,
      specialTrial: null,
      typeCode: type.code,
      type,
      number,
      numberText,
      numberEnd,
      numberEndText,
      count: numberEnd !== null ? numberEnd - number + 1 : 1,
      sub: tail.sub,
      legacy: true,
      flags,
    },
  };
}

/** 民二初 → 民初: the old numbers named the tribunal (第二民事审判庭) inside the type. */
function withoutTribunalNumeral(code: string): string {
  if (code.length >= 3 && '一二三四五六七八九'.includes(code[1])) return code[0] + code.slice(2);
  return code;
}

/** 民事 for 民 */
export function familyName(family: keyof typeof FAMILY_NAMES): string {
  return FAMILY_NAMES[family];
}
