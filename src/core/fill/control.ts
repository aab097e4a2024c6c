/**
 * Control-target tables (控制目标表, T1 of docs/domain/layouts.md): per unit 目标 = −CEILING(基数 × 比例, 1) and
 * 上限 = 基数 + 目标; the total row is the sum of the units (−67, not −CEILING(638 × 10%) = −64).
 * Written as plain Excel formulas so anyone can audit them without the add-in.
 */
import type { FillContext } from './context';
import { call, num, op, pct, range, ref, type Expr } from '../functions/formula';
import { DEFAULT_CONTROL_RATIO } from './options';
import type { ModelColumn, TableModel } from './table';
import { minOf } from '../base/arrays';

export interface ControlColumns {
  base: ModelColumn;
  target: ModelColumn | null;
  ceiling: ModelColumn | null;
}

export function controlColumns(model: TableModel): ControlColumns | null {
  const target = model.columns.find((c) => /目标|控制数|下降数/.test(c.headerText) && !/上限/.test(c.headerText)) ?? null;
  const ceiling = model.columns.find((c) => /上限|控制线/.test(c.headerText)) ?? null;
  const firstFilled = minOf([target, ceiling].filter((c): c is ModelColumn => !!c).map((c) => c.col));
  const bases = model.columns.filter((c) => c.col < firstFilled && (/合计|基数|总量|总数/.test(c.headerText) || c.field === '发改指总量'));
  const base = bases[bases.length - 1];
  if (!base || (!target && !ceiling)) return null;
  return { base, target, ceiling };
}

/** the reduction the table's notes or title state (`× 10%`, `下降10%`), else the option or 10% */
export function controlRatio(ctx: FillContext, model: TableModel): number {
  if (ctx.options.controlRatio !== undefined) return ctx.options.controlRatio;
  const text = [model.table.meta.title ?? '', ...model.table.meta.notes].join(' ');
  const m = /(?:下降|减少|压降|[×x*])\s*(\d+(?:\.\d+)?)\s*%/.exec(text);
  return m ? Number(m[1]) / 100 : DEFAULT_CONTROL_RATIO;
}

export function fillControl(ctx: FillContext, model: TableModel): string[] {
  const cols = controlColumns(model);
  if (!cols) return [`「${model.sheet}」表 ${model.table.range}：找不到基数列或目标、上限列，未填写`];
  const ws = ctx.ws;
  const sheet = model.sheet;
  const ratio = controlRatio(ctx, model);
  const units = model.rows.filter((r) => r.role === 'unit');
  const totals = model.rows.filter((r) => r.role === 'total' || r.role === 'subtotal');
  const unitRows = units.map((u) => u.row).sort((a, b) => a - b);
  const contiguous = unitRows.every((r, i) => i === 0 || r === unitRows[i - 1] + 1);
  const sumOfUnits = (col: number): Expr =>
    contiguous ? call('SUM', range(sheet, unitRows[0], col, unitRows[unitRows.length - 1], col)) : call('SUM', ...unitRows.map((r) => ref(sheet, r, col)));

  for (const u of units) {
    const base = ref(sheet, u.row, cols.base.col);
    if (cols.target) {
      ws.writeFormula(sheet, u.row, cols.target.col, { kind: 'neg', arg: call('CEILING', op('*', base, pct(ratio)), num(1)) }, {
        numberFormat: '0',
        label: `目标 · ${u.label}`,
      });
    }
    if (cols.ceiling) {
      const ceiling = cols.target ? op('+', base, ref(sheet, u.row, cols.target.col)) : op('-', base, call('CEILING', op('*', base, pct(ratio)), num(1)));
      ws.writeFormula(sheet, u.row, cols.ceiling.col, ceiling, { numberFormat: '0', label: `上限 · ${u.label}` });
    }
  }
  for (const t of totals) {
    if (cols.target) ws.writeFormula(sheet, t.row, cols.target.col, sumOfUnits(cols.target.col), { numberFormat: '0', label: `目标 · ${t.label}` });
    if (cols.ceiling) ws.writeFormula(sheet, t.row, cols.ceiling.col, sumOfUnits(cols.ceiling.col), { numberFormat: '0', label: `上限 · ${t.label}` });
  }
  const total = totals[0];
  const totalTarget = total && cols.target ? ws.cell(sheet, total.row, cols.target.col) : null;
  const totalCeiling = total && cols.ceiling ? ws.cell(sheet, total.row, cols.ceiling.col) : null;
  const pctText = `${+(ratio * 100).toFixed(4)}%`;
  return [
    `控制目标：目标 = −CEILING(${cols.base.headerText} × ${pctText})，上限 = 基数 + 目标，共 ${units.length} 个单位` +
      (total ? `；${total.label}为各单位之和：目标 ${String(totalTarget)}，上限 ${String(totalCeiling)}` : ''),
  ];
}
