/**
 * ZX functions over a 案号, so a statistician can classify cases in the sheet (`=ZX.CASE_TYPE(A2:A500)` spills a
 * column of type codes). Records only: the catalogue adds them to ALL_FUNCTIONS, which generates the Excel
 * functions, the test host's and `zhixiao calc`'s. A number that cannot be parsed gives #VALUE! with the reason.
 */
import type { FunctionDef } from './types';
import { isErrorValue, type CellValue } from '../base/grid';
import { parseCaseNumber, type CaseNumber } from '../casenumber/parse';
import { FAMILY_NAMES } from '../casenumber/types-data';
import { excerpt } from '../base/text';

/** `（2021）最高法知行终556号、581号、738号`: the first number whole, the others by what differs. */
function shortList(list: string[]): string {
  let common = 0;
  while (list.every((m) => m[common] === list[0][common]) && common < list[0].length) common++;
  while (common > 0 && /\d/.test(list[0][common - 1])) common--;
  return excerpt([list[0], ...list.slice(1).map((m) => m.slice(common))].join('、'), 60);
}

function severalNumbers(c: CaseNumber): CellValue {
  const list = c.members ?? [];
  return {
    error: '#VALUE!',
    message: `单元格中写了 ${list.length} 个案号（${shortList(list)}），请每格只写一个案号；读取案件明细时会按 ${c.count} 件分别统计`,
  };
}

const CASE_PARAM = { name: '案号', description: '案号，如（2023）豫1322民初1234号；可为单元格或区域' };

function caseFunction(
  id: string,
  name: string,
  description: string,
  result: FunctionDef['result'],
  pick: (c: CaseNumber) => CellValue,
): FunctionDef {
  return {
    id,
    name,
    description,
    params: [CASE_PARAM],
    result,
    scalar(args) {
      const v = args[0];
      if (isErrorValue(v)) return v;
      if (typeof v === 'boolean') return { error: '#VALUE!', message: '案号：应为文本，此处为逻辑值' };
      // A blank cell gives a blank result, as Excel's text functions do, so =ZX.CASE_TYPE(A2:A500) over a column
      // with trailing empty rows spills blanks there instead of a wall of errors.
      if (v === null || v === undefined || (typeof v === 'string' && v.trim() === '')) return '';
      const parsed = parseCaseNumber(v ?? '');
      if (!parsed.ok) {
        const shown = parsed.text ? `「${excerpt(parsed.text)}」` : '';
        return { error: '#VALUE!', message: `案号${shown}无法解析：${parsed.reason}` };
      }
      // one cell, one case: a citation of several numbers has no single type, year or court to give
      if (parsed.value.members) return severalNumbers(parsed.value);
      return pick(parsed.value);
    },
  };
}

export const CASE_FUNCTIONS: FunctionDef[] = [
  caseFunction('CASE_TYPE', '案件类型代字', '案号中的类型代字，如「民初」「执恢」（按代字表最长匹配）', 'string', (c) => c.typeCode),
  caseFunction('CASE_TYPE_NAME', '案件类型名称', '案号对应的案件类型名称，如「民事一审」「恢复执行」', 'string', (c) => c.type.name),
  caseFunction('CASE_FAMILY', '案件大类', '案号所属的案件大类：刑事、民事、行政、国家赔偿、执行、强制清算与破产、管辖等（旧式代字看不出大类时为「大类不明」）', 'string', (c) => FAMILY_NAMES[c.type.family]),
  caseFunction(
    'CASE_INSTANCE',
    '审级或程序',
    '案号对应的审级或程序：一审、二审、再审、再审审查、审查、特别程序、执行、执行审查、诉前、其他',
    'string',
    (c) => c.type.instance,
  ),
  caseFunction('CASE_YEAR', '收案年度', '案号括号中的收案年度，如 2023', 'number', (c) => c.year),
  caseFunction('CASE_COURT', '法院代字', '案号中的法院代字，如「豫1322」「沪01」「最高法」', 'string', (c) => c.court.code),
  caseFunction(
    'CASE_COURT_LEVEL',
    '法院层级',
    '由法院代字判断的法院层级：最高、高级、中级、基层（旧式案号无法判断时为 #N/A）',
    'string',
    (c) => c.court.level ?? { error: '#N/A', message: `旧式案号的法院简称「${c.court.code}」不显示法院层级` },
  ),
  caseFunction(
    'CASE_PROVINCE',
    '法院所在省份',
    '由法院代字判断的省份，如「河南」（最高法及旧式简称为 #N/A）',
    'string',
    (c) => c.court.province ?? { error: '#N/A', message: `法院代字「${c.court.code || '（未写）'}」不显示省份` },
  ),
  caseFunction('CASE_SEQ', '案件编号', '案号中的案件编号（区间时为起始编号），如 1234', 'number', (c) =>
    // a double holds 15 digits exactly: a longer number would come out rounded (1E+20), so say so instead
    Number.isSafeInteger(c.number)
      ? c.number
      : { error: '#NUM!', message: `案件编号「${c.numberText}」有 ${c.numberText.length} 位，超出数字能精确表示的范围；请用 ZX.CASE_NORMALIZE 取其文本` },
  ),
  caseFunction(
    'CASE_COUNTED',
    '是否计入收结案',
    '按统计口径是否计入受理、结案数：诉前调确、诉前调书、执恢、执保案件为 FALSE，其余为 TRUE',
    'boolean',
    (c) => !c.type.excludedFromCounts,
  ),
  caseFunction(
    'CASE_NORMALIZE',
    '规范案号',
    '法院编定的案号原样，只统一括号、全角数字和空格（编号的前导零、「-1」「之一」照旧保留），如「(2023)豫1322民初01234号」→「（2023）豫1322民初01234号」',
    'string',
    (c) => c.normalized,
  ),
];
