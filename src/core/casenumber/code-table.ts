/**
 * The type codes the parser reads, built once from ./types-data: a trie of the codes a new-style number may
 * carry (official, replaced, local) for the longest match from a position, and every code (old-style ones too)
 * by text for the old form's `…字第`. A court whose case system uses codes of its own adds them as local codes
 * (a preset's `localCaseCodes`); `caseCodeTable` builds the table with them, the default table has none extra.
 */
import { CASE_TYPES, FAMILY_NAMES, type CaseFamily, type CaseInstance, type CaseTypeDef } from './types-data';

interface TrieNode {
  def?: CaseTypeDef;
  next: Map<number, TrieNode>;
}

export interface CaseCodeTable {
  /** the new-style codes, walked from a position for the longest match */
  readonly modern: TrieNode;
  /** every code by text, old-style ones included */
  readonly all: ReadonlyMap<string, CaseTypeDef>;
  /** the longest code, to bound the old form's suffix search */
  readonly maxLength: number;
}

/** A court's own code, as a preset writes it (JSON): counted unless it says otherwise. */
export interface LocalCaseCode {
  code: string;
  name: string;
  family: CaseFamily;
  instance: CaseInstance;
  /** false: left out of 受理/结案 counts (a pre-suit mediation); default true */
  counted?: boolean;
}

const INSTANCES: CaseInstance[] = ['一审', '二审', '再审', '再审审查', '审查', '特别程序', '执行', '执行审查', '诉前', '其他'];

function insert(root: TrieNode, def: CaseTypeDef): void {
  let node = root;
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

function build(defs: CaseTypeDef[]): CaseCodeTable {
  const modern: TrieNode = { next: new Map() };
  const all = new Map<string, CaseTypeDef>();
  let maxLength = 0;
  for (const def of defs) {
    if (def.status !== 'legacy') insert(modern, def);
    // a local code may redefine a built-in one only where the court says so: the later record wins
    all.set(def.code, def);
    maxLength = Math.max(maxLength, def.code.length);
  }
  return { modern, all, maxLength };
}

export const DEFAULT_CODE_TABLE: CaseCodeTable = build(CASE_TYPES);

/** The record a local code stands for. */
export function localCaseType(c: LocalCaseCode): CaseTypeDef {
  const notCounted = c.counted === false;
  return {
    code: c.code,
    name: c.name,
    family: c.family,
    instance: c.instance,
    status: 'local',
    rule: '地方',
    ...(notCounted ? { excludedFromCounts: true } : {}),
    ...(c.family === '执' || notCounted ? { excludedFromAverageDays: true } : {}),
  };
}

/** The built-in codes plus a court's own; the default table when there are none. */
export function caseCodeTable(localCodes: readonly LocalCaseCode[] | undefined): CaseCodeTable {
  if (!localCodes || localCodes.length === 0) return DEFAULT_CODE_TABLE;
  return build([...CASE_TYPES, ...localCodes.map(localCaseType)]);
}

/** Why a preset's local code cannot be used, in Chinese, naming the place (`where`); empty when it can. */
export function localCaseCodeProblems(value: unknown, where: string): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) return [`${where}：应为代字列表`];
  const problems: string[] = [];
  value.forEach((raw, k) => {
    const at = `${where}第${k + 1}项`;
    const c = raw as Partial<LocalCaseCode> | null;
    if (!c || typeof c !== 'object') return void problems.push(`${at}：应为 {code, name, family, instance}`);
    if (typeof c.code !== 'string' || !/^[\u4e00-\u9fff]{1,5}$/.test(c.code)) problems.push(`${at}：代字「${String(c.code)}」应为 1–5 个汉字`);
    if (typeof c.name !== 'string' || !c.name.trim()) problems.push(`${at}：缺少名称（name）`);
    if (typeof c.family !== 'string' || !(c.family in FAMILY_NAMES)) problems.push(`${at}：大类「${String(c.family)}」应为 ${Object.keys(FAMILY_NAMES).join('、')} 之一`);
    if (typeof c.instance !== 'string' || !INSTANCES.includes(c.instance as CaseInstance)) problems.push(`${at}：审级或程序「${String(c.instance)}」应为 ${INSTANCES.join('、')} 之一`);
    if (c.counted !== undefined && typeof c.counted !== 'boolean') problems.push(`${at}：counted 应为 true 或 false`);
  });
  return problems;
}

/** The longest new-style code of the table at position i of s, or undefined. */
export function matchModernType(table: CaseCodeTable, s: string, i: number): CaseTypeDef | undefined {
  let node: TrieNode | undefined = table.modern;
  let longest: CaseTypeDef | undefined;
  for (let j = i; j < s.length; j++) {
    node = node.next.get(s.charCodeAt(j));
    if (!node) break;
    if (node.def) longest = node.def;
  }
  return longest;
}
