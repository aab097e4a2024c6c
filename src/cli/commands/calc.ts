/**
 * `zhixiao calc NAME ARG…` — what a cell with `=ZX.NAME(ARG…)` would show.
 *
 * NAME is a function id (`FWXS_RATE`, `ZX.FWXS_RATE`, any case), a Chinese name or an alias (`一审服判息诉率`,
 * `执结率`). Each ARG is what a cell holds (`160`, `12件`, `92%`, `≥90%`; `""` for an empty cell) or an array
 * constant as in Excel (`{1,2;3,4}`: `,` between columns, `;` between rows). Numbers are printed the way
 * Excel's General format shows them in a standard-width cell (0.08183079056865465 → 0.081830791); an error
 * prints its code on stdout, the message on stderr, and exits 1.
 */
import { ALL_FUNCTIONS } from '../../core/functions/registry';
import type { CellValue } from '../../core/base/grid';
import { isErrorValue } from '../../core/base/grid';
import { findFunction, invokeDef } from '../../core/functions/invoke';
import { CliError, type CliCommand } from '../types';

/**
 * Excel's General format in a standard-width column (about 11 characters), never more than 15 significant
 * digits: 0.08183079056865465 → 0.081830791, 1234567.891234 → 1234567.891, 123456789012 → 1.23457E+11,
 * 0.000001234 → 1.234E-06.
 */
export function formatGeneral(x: number): string {
  if (!Number.isFinite(x)) return '#NUM!';
  if (x === 0) return '0';
  const v = Number(x.toPrecision(15));
  const sign = v < 0 ? '-' : '';
  const abs = Math.abs(v);
  const width = 11 - sign.length;
  const trim = (t: string) => (t.includes('.') ? t.replace(/0+$/, '').replace(/\.$/, '') : t);
  if (abs >= 1e-5 && abs < 1e11) {
    const intDigits = String(Math.floor(abs)).length;
    const fixed = trim(abs.toFixed(Math.max(0, width - intDigits - 1)));
    if (fixed.length <= width) return sign + fixed;
  }
  let exp = Math.floor(Math.log10(abs));
  const digitsFor = (e: number) => Math.max(0, width - 4 - (Math.abs(e) >= 100 ? 1 : 0) - 2);
  let mantissa = (abs / 10 ** exp).toFixed(digitsFor(exp));
  if (Number(mantissa) >= 10) {
    exp += 1; // 9.9999997 rounds up to 10
    mantissa = (abs / 10 ** exp).toFixed(digitsFor(exp));
  }
  const expText = `E${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  return `${sign}${trim(mantissa)}${expText}`;
}

/** What a cell shows for a value. */
export function showCell(v: CellValue): string {
  if (v === null) return '';
  if (isErrorValue(v)) return v.error;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'number') return formatGeneral(v);
  return v;
}

/**
 * `{1,2;3,4}` → [[1,2],[3,4]] (cells as text; `"…"` quotes a cell, so `{"1,234";"12件"}` keeps its comma and
 * `""` inside quotes is one `"`, as in Excel); anything else is one cell's text.
 */
export function parseArg(text: string): CellValue | CellValue[][] {
  const t = text.trim();
  if (t === '') return null;
  if (!(t.startsWith('{') && t.endsWith('}'))) return text;
  const body = t.slice(1, -1);
  if (body.trim() === '') throw new CliError(`数组常量「${text}」是空的`);
  const rows: CellValue[][] = [[]];
  let cell = '';
  let quoted = false;
  let inQuotes = false;
  const endCell = () => {
    const c = quoted ? cell : cell.trim();
    rows[rows.length - 1].push(c === '' && !quoted ? null : c);
    cell = '';
    quoted = false;
  };
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (inQuotes) {
      if (ch === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') inQuotes = false;
      else cell += ch;
    } else if (ch === '"' && cell.trim() === '') {
      inQuotes = true;
      quoted = true;
      cell = '';
    } else if (ch === ',') endCell();
    else if (ch === ';') {
      endCell();
      rows.push([]);
    } else cell += ch;
  }
  if (inQuotes) throw new CliError(`数组常量「${text}」的引号没有成对`);
  endCell();
  if (rows.some((r) => r.length !== rows[0].length)) throw new CliError(`数组常量「${text}」各行的列数不一致`);
  return rows;
}

const calc: CliCommand = {
  name: 'calc',
  summary: '计算一个 ZX 函数，输出单元格会显示的结果（空单元格写 ""，区域写数组常量 {1;2}；zhixiao calc --list 列出全部函数）',
  usage: 'zhixiao calc NAME ARG…',
  async run(args, io) {
    if (args[0] === '--list') {
      for (const f of ALL_FUNCTIONS) io.out(`ZX.${f.id}\t${f.name}\t(${f.params.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(', ')})`);
      return 0;
    }
    const [name, ...rest] = args;
    if (!name) throw new CliError('缺少函数名。用法：zhixiao calc NAME ARG…，例如 zhixiao calc FWXS_RATE 160 1000');
    const def = findFunction(name);
    if (!def) throw new CliError(`没有函数「${name}」（zhixiao calc --list 列出全部函数）`);
    const repeating = def.params.some((p) => p.repeating);
    // as in Excel, a formula with too few arguments is refused; an empty cell is written ""
    const required = def.params.filter((p) => !p.optional && !p.repeating);
    if (rest.length < required.length)
      throw new CliError(
        `ZX.${def.id} 至少需要 ${required.length} 个参数（${required.map((p) => p.name).join(', ')}），给了 ${rest.length} 个；空单元格请写 ""`,
      );
    if (!repeating && rest.length > def.params.length)
      throw new CliError(`ZX.${def.id} 最多 ${def.params.length} 个参数（${def.params.map((p) => p.name).join(', ')}），给了 ${rest.length} 个`);
    const result = invokeDef(def, rest.map(parseArg));
    const errors: string[] = [];
    if (Array.isArray(result)) {
      result.forEach((row, r) => {
        io.out(row.map(showCell).join('\t'));
        row.forEach((v, c) => {
          if (isErrorValue(v)) errors.push(`第${r + 1}行第${c + 1}列 ${v.error}${v.message ? `：${v.message}` : ''}`);
        });
      });
    } else {
      io.out(showCell(result));
      if (isErrorValue(result)) errors.push(`${result.error}${result.message ? `：${result.message}` : ''}`);
    }
    for (const e of errors) io.err(e);
    return errors.length ? 1 : 0;
  },
};

export default calc;
