/**
 * The columns of a case list (案件明细), as data: canonical name, the header spellings seen in exports of the
 * case systems, and what their values are. The recogniser maps headers through these; where a header is poor
 * the values decide (see ./recognize.ts). Adding a spelling is one word here.
 */
import type { ValueKind } from '../base/values';

export type CaseFieldName =
  | '案号'
  | '案由'
  | '立案日期'
  | '结案日期'
  | '审限届满日期'
  | '结案方式'
  | '适用程序'
  | '承办部门'
  | '承办人'
  | '法院'
  | '审理天数'
  | '审限天数'
  | '扣除审限天数'
  | '是否延长审限'
  | '是否超审限'
  | '是否上诉'
  | '是否当庭宣判'
  | '标的额'
  | '到位金额';

export type CaseFieldKind = 'caseNumber' | 'text' | 'date' | 'days' | 'flag' | 'amount' | 'method' | 'procedure';

export interface CaseFieldDef {
  name: CaseFieldName;
  /** header spellings, most specific first; a header matches exactly, or contains one of them */
  synonyms: string[];
  kind: CaseFieldKind;
  valueKind: ValueKind;
}

export const CASE_FIELDS: CaseFieldDef[] = [
  { name: '案号', synonyms: ['案号', '案件号', '案件编号', '案件字号', '立案案号'], kind: 'caseNumber', valueKind: 'text' },
  { name: '案由', synonyms: ['案由', '案件案由', '罪名', '立案案由', '结案案由'], kind: 'text', valueKind: 'text' },
  {
    name: '立案日期',
    synonyms: ['立案日期', '立案时间', '收案日期', '收案时间', '受理日期', '受理时间', '立案日', '收案日'],
    kind: 'date',
    valueKind: 'date',
  },
  {
    name: '结案日期',
    synonyms: ['结案日期', '结案时间', '审结日期', '审结时间', '办结日期', '执结日期', '结案日', '报结日期'],
    kind: 'date',
    valueKind: 'date',
  },
  {
    name: '审限届满日期',
    synonyms: ['审限届满日期', '法定审限届满日期', '审限届满日', '审限到期日期', '审限到期日', '审限截止日期', '审限届满时间', '审限到期时间', '执行期限届满日期'],
    kind: 'date',
    valueKind: 'date',
  },
  { name: '结案方式', synonyms: ['结案方式', '审结方式', '执结方式', '结案方式名称', '结案类型', '办结方式'], kind: 'method', valueKind: 'text' },
  { name: '适用程序', synonyms: ['适用程序', '审理程序', '审判程序', '适用程序名称', '程序类型', '程序'], kind: 'procedure', valueKind: 'text' },
  { name: '承办部门', synonyms: ['承办部门', '承办庭室', '承办庭', '所在部门', '审判庭', '庭室', '部门', '业务庭'], kind: 'text', valueKind: 'text' },
  { name: '承办人', synonyms: ['承办人', '承办法官', '主审法官', '承办人员', '执行法官', '承办审判员', '审判长', '执行员', '法官'], kind: 'text', valueKind: 'text' },
  { name: '法院', synonyms: ['经办法院', '承办法院', '法院名称', '审理法院', '法院', '院别'], kind: 'text', valueKind: 'text' },
  { name: '审理天数', synonyms: ['审理天数', '实际审理天数', '审理用时', '办案天数', '结案用时', '审理期限天数', '用时'], kind: 'days', valueKind: 'days' },
  { name: '审限天数', synonyms: ['法定审限天数', '审限天数', '法定审限', '审理期限'], kind: 'days', valueKind: 'days' },
  { name: '扣除审限天数', synonyms: ['扣除审限天数', '扣除天数', '扣审天数', '扣除审限'], kind: 'days', valueKind: 'days' },
  { name: '是否延长审限', synonyms: ['是否延长审限', '延长审限', '是否延期', '延长审限天数', '是否延长'], kind: 'flag', valueKind: 'text' },
  { name: '是否超审限', synonyms: ['是否超审限', '超审限', '是否超期', '是否超过审限'], kind: 'flag', valueKind: 'text' },
  { name: '是否上诉', synonyms: ['是否上诉', '上诉情况', '有无上诉', '上诉'], kind: 'flag', valueKind: 'text' },
  { name: '是否当庭宣判', synonyms: ['是否当庭宣判', '当庭宣判', '是否当庭裁判', '当庭裁判'], kind: 'flag', valueKind: 'text' },
  {
    name: '标的额',
    synonyms: ['申请执行标的额', '申请执行标的', '诉讼标的额', '标的金额', '申请标的额', '执行标的额', '标的额', '标的'],
    kind: 'amount',
    valueKind: 'amount',
  },
  { name: '到位金额', synonyms: ['实际到位金额', '执行到位金额', '到位金额', '执行到位款', '到位款', '已到位金额'], kind: 'amount', valueKind: 'amount' },
];

export const CASE_FIELD_BY_NAME = new Map<CaseFieldName, CaseFieldDef>(CASE_FIELDS.map((f) => [f.name, f]));

/**
 * 结案方式 categories, tried in order (the first that matches wins): `终结本次执行` before `终结执行`,
 * `撤诉` before `判决` so `准予撤诉` is not read as a judgment. Each lists the fragments that identify it.
 */
export type MethodCategory =
  | '撤诉'
  | '调解'
  | '判决'
  | '驳回起诉'
  | '终本'
  | '执行完毕'
  | '终结执行'
  | '销案'
  | '不予执行'
  | '驳回申请'
  | '移送'
  | '其他';

export const METHOD_CATEGORIES: { category: MethodCategory; fragments: string[] }[] = [
  { category: '终本', fragments: ['终结本次', '终本'] },
  { category: '执行完毕', fragments: ['执行完毕', '履行完毕', '和解履行完毕'] },
  { category: '终结执行', fragments: ['终结执行', '终结'] },
  { category: '销案', fragments: ['销案'] },
  { category: '不予执行', fragments: ['不予执行'] },
  { category: '驳回申请', fragments: ['驳回申请', '驳回执行申请'] },
  { category: '撤诉', fragments: ['撤诉', '撤回起诉', '撤回上诉', '撤回申请', '撤回'] },
  { category: '调解', fragments: ['调解'] },
  { category: '驳回起诉', fragments: ['驳回起诉'] },
  { category: '判决', fragments: ['判决'] },
  { category: '移送', fragments: ['移送'] },
];

export function methodCategory(text: string | null): MethodCategory | null {
  if (!text) return null;
  let hit = METHOD_CACHE.get(text);
  if (!hit) {
    hit = '其他';
    outer: for (const m of METHOD_CATEGORIES) {
      for (const f of m.fragments) {
        if (text.includes(f)) {
          hit = m.category;
          break outer;
        }
      }
    }
    if (METHOD_CACHE.size < 10000) METHOD_CACHE.set(text, hit);
  }
  return hit;
}

/** A list holds a few dozen distinct 结案方式 texts: each is classified once. */
const METHOD_CACHE = new Map<string, MethodCategory>();

export type ProcedureCategory = '小额' | '速裁' | '简易' | '普通' | '其他';

/** 适用程序 categories, in order: `简易程序（小额诉讼）` is 小额. */
export const PROCEDURE_CATEGORIES: { category: ProcedureCategory; fragments: string[] }[] = [
  { category: '小额', fragments: ['小额'] },
  { category: '速裁', fragments: ['速裁'] },
  { category: '简易', fragments: ['简易'] },
  { category: '普通', fragments: ['普通'] },
];

export function procedureCategory(text: string | null): ProcedureCategory | null {
  if (!text) return null;
  let hit = PROCEDURE_CACHE.get(text);
  if (!hit) {
    hit = PROCEDURE_CATEGORIES.find((p) => p.fragments.some((f) => text.includes(f)))?.category ?? '其他';
    if (PROCEDURE_CACHE.size < 10000) PROCEDURE_CACHE.set(text, hit);
  }
  return hit;
}

const PROCEDURE_CACHE = new Map<string, ProcedureCategory>();
