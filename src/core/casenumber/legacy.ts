/**
 * The old form's court and type (`（2012）甬仑商外初字第12号`: court 甬仑, type 商外初). Before 2016 every court
 * wrote its own codes, so there is no national table to read the segment before 字 against. The split is made
 * by the longest known code that ends the segment (民执 before 执, so 甬仑民执 is court 甬仑); a tribunal numeral
 * inside it (民二初 = the second civil tribunal's 民初) is read through. A segment that ends in no known code is
 * split where the first type character stands, kept as written and marked unknown; its family is told by its
 * characters where they tell it (执 before 赔 before the first of 刑 民 行 …), else left 未 for the user to see.
 */
import type { CaseCodeTable } from './code-table';
import type { CaseFamily, CaseInstance, CaseTypeDef } from './types-data';

/** Characters that begin an old type code (a court abbreviation ends before the first of them). */
const TYPE_START = new Set([...'民刑行执赔商经知海破立调预房劳少监释保诉委司请认协特初终']);

/** Which family a character tells, strongest first: 执 wins over all (民执 is enforcement), then 赔, then the first. */
const FAMILY_MARKS: { chars: string; family: CaseFamily; priority: number }[] = [
  { chars: '执', family: '执', priority: 0 },
  { chars: '赔', family: '赔', priority: 1 },
  { chars: '破', family: '破', priority: 2 },
  { chars: '刑', family: '刑', priority: 3 },
  { chars: '行', family: '行', priority: 3 },
  { chars: '民商经海房劳', family: '民', priority: 3 },
  // 知 (intellectual property) was civil unless 行 or 刑 says otherwise
  { chars: '知', family: '民', priority: 4 },
];

/** Which instance a character tells, in order of precedence. */
const INSTANCE_MARKS: { chars: string; instance: CaseInstance }[] = [
  { chars: '初', instance: '一审' },
  { chars: '终', instance: '二审' },
  { chars: '再提', instance: '再审' },
  { chars: '监申', instance: '再审审查' },
  { chars: '特催督', instance: '特别程序' },
];

const TRIBUNAL_NUMERALS = '一二三四五六七八九';

/**
 * Tribunals old numbers named before the type: 浦环刑初 is court 浦 (清浦), 环境资源 tribunal, 刑初; likewise 知识产权,
 * 少年, 审判监督 (珠香法审监民再), 立案 (穗番法立调确). Never a court's last character in the corpus.
 */
const TRIBUNAL_PREFIXES = ['审监', '环', '知', '少', '立'];

/** 民二初 → 民初, 执一 → 执: the old numbers named the tribunal inside the type. */
export function withoutTribunalNumeral(code: string): string {
  if (code.length >= 2 && TRIBUNAL_NUMERALS.includes(code[1])) return code[0] + code.slice(2);
  return code;
}

export function familyOfOldCode(code: string): CaseFamily {
  let best: { family: CaseFamily; priority: number; at: number } | null = null;
  for (let k = 0; k < code.length; k++) {
    for (const m of FAMILY_MARKS) {
      if (!m.chars.includes(code[k])) continue;
      if (!best || m.priority < best.priority || (m.priority === best.priority && k < best.at)) best = { family: m.family, priority: m.priority, at: k };
    }
  }
  return best ? best.family : '未';
}

function instanceOfOldCode(code: string): CaseInstance {
  for (const m of INSTANCE_MARKS) for (const ch of code) if (m.chars.includes(ch)) return m.instance;
  return '其他';
}

/** A record for an old code no table knows: kept as written, its family and instance as far as its characters tell. */
export function unknownOldType(code: string): CaseTypeDef {
  const family = familyOfOldCode(code);
  return {
    code,
    name: `旧式代字「${code}」（代字表未收录）`,
    family,
    instance: family === '执' ? '执行' : instanceOfOldCode(code),
    status: 'legacy',
    rule: '旧式',
    ...(family === '执' ? { excludedFromAverageDays: true } : {}),
  };
}

/** The known code after a tribunal's numeral or mark at the start of a candidate (二破, 环刑初, 审监民再), else undefined. */
function afterTribunal(candidate: string, table: CaseCodeTable): CaseTypeDef | undefined {
  if (TRIBUNAL_NUMERALS.includes(candidate[0])) return table.all.get(candidate.slice(1));
  const prefix = TRIBUNAL_PREFIXES.find((p) => candidate.length > p.length && candidate.startsWith(p));
  if (!prefix) return undefined;
  const rest = candidate.slice(prefix.length);
  return table.all.get(rest) ?? table.all.get(withoutTribunalNumeral(rest));
}

export type LegacySplit =
  | { ok: true; court: string; typeWritten: string; type: CaseTypeDef; known: boolean }
  | { ok: false; reason: string };

/** Splits the segment between the year and 字 into court and type. */
export function splitLegacySegment(segment: string, table: CaseCodeTable): LegacySplit {
  if (!segment) return { ok: false, reason: '旧式案号「字第」之前缺少法院简称和类型代字' };
  // the longest known code that ends the segment; the court keeps at least nothing (the Supreme Court wrote none)
  for (let k = 0; k < segment.length; k++) {
    const candidate = segment.slice(k);
    if (candidate.length > table.maxLength + 1) continue;
    // 民二初 (a tribunal numeral inside), 二破 (one in front: 滁10二破 is court 滁10, tribunal 二, type 破)
    const type =
      table.all.get(candidate) ?? table.all.get(withoutTribunalNumeral(candidate)) ?? (k > 0 ? afterTribunal(candidate, table) : undefined);
    if (type) return { ok: true, court: segment.slice(0, k), typeWritten: candidate, type, known: true };
  }
  for (let k = 0; k < segment.length; k++) {
    if (!TYPE_START.has(segment[k])) continue;
    // 兰11一初: the tribunal numeral before 初 belongs to the type, as in 民一初
    if (k > 1 && TRIBUNAL_NUMERALS.includes(segment[k - 1])) k--;
    const typeWritten = segment.slice(k);
    return { ok: true, court: segment.slice(0, k), typeWritten, type: unknownOldType(typeWritten), known: false };
  }
  return { ok: false, reason: `无法区分旧式案号「${segment}」中的法院简称与类型代字（其中没有表示案件类型的字）` };
}
