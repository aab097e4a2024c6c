/**
 * The workbook as it will be once the writes planned so far are applied: reads see planned values, writes
 * become the EditPlan, and every write onto a non-empty cell is listed in `overwrites` (the adapters refuse
 * to apply those without the user's confirmation).
 */
import type { FunctionDef } from '../functions/types';
import { isBlank, type CellValue, type Grid } from '../base/grid';
import { emptyPlan, type CellWrite, type EditPlan } from '../base/plan';
import { evaluate, formulaText, type EvalEnv, type Expr } from '../functions/formula';
import { isBlankArg, isDataArgument, notAssessed } from '../functions/apply';
import { maxOf } from '../base/arrays';


/** a blank cell a planned formula's ZX function counts as 0 (docs/functions.md): the plan's summary names each */
export interface BlankAsZero {
  sheet: string;
  row: number;
  col: number;
}

export type WriteStyle = Pick<CellWrite, 'numberFormat' | 'fill' | 'bold' | 'align' | 'label' | 'styleFrom'>;

export class Workspace implements EvalEnv {
  readonly plan: EditPlan = emptyPlan();
  /** the grids of each sheet (a sheet may come as several regions) */
  private readonly grids = new Map<string, Grid[]>();
  /** sheet → column → row → index of the cell's write in the plan (columns are filled top to bottom) */
  private readonly planned = new Map<string, Map<number, number[]>>();
  /** every blank input a planned formula counts as 0, once each, in the order met */
  readonly blanksAsZero: BlankAsZero[] = [];
  private readonly blankSeen = new Set<string>();

  constructor(
    book: Grid[],
    readonly functions: ReadonlyMap<string, FunctionDef>,
    /** leave non-empty cells alone (listed in plan.skipped) instead of listing them as overwrites */
    private readonly keepExisting = false,
  ) {
    // the first grid that covers a cell answers for it
    for (const g of book) this.grids.set(g.sheet, [...(this.grids.get(g.sheet) ?? []), g]);
  }

  hasSheet(sheet: string): boolean {
    return this.grids.has(sheet) || this.plan.newSheets.includes(sheet);
  }

  /** the value in the workbook before the plan */
  original(sheet: string, row: number, col: number): CellValue {
    for (const g of this.grids.get(sheet) ?? []) {
      const r = row - g.origin.row;
      const c = col - g.origin.col;
      if (r >= 0 && c >= 0 && r < g.values.length && c < (g.values[r]?.length ?? 0)) {
        const v = g.values[r][c];
        if (!isBlank(v)) return v;
        const f = g.formulas?.[r]?.[c];
        if (f) return v;
        return v ?? null;
      }
    }
    return null;
  }

  /** the formula of the cell before the plan, if the reader kept formulas */
  originalFormula(sheet: string, row: number, col: number): string | null {
    for (const g of this.grids.get(sheet) ?? []) {
      if (!g.formulas) continue;
      const f = g.formulas?.[row - g.origin.row]?.[col - g.origin.col];
      if (f) return f;
    }
    return null;
  }

  /** is the cell empty now (no value, no formula)? */
  isEmpty(sheet: string, row: number, col: number): boolean {
    return isBlank(this.original(sheet, row, col)) && !this.originalFormula(sheet, row, col);
  }

  cell(sheet: string, row: number, col: number): CellValue {
    const i = this.planned.get(sheet)?.get(col)?.[row];
    if (i !== undefined) return this.plan.writes[i].value;
    return this.original(sheet, row, col);
  }

  /** the last row and column holding anything in a sheet (absolute, 0-based), or null for an empty sheet */
  extent(sheet: string): { bottom: number; right: number } | null {
    const grids = (this.grids.get(sheet) ?? []).filter((g) => g.values.length);
    if (!grids.length) return null;
    return {
      bottom: maxOf(grids.map((g) => g.origin.row + g.values.length - 1)),
      right: maxOf(grids.map((g) => g.origin.col + (g.values[0]?.length ?? 1) - 1)),
    };
  }

  /** is a whole column free of values, formulas and planned writes (a quick answer beyond the sheet's extent)? */
  columnIsFree(sheet: string, col: number, top: number, bottom: number): boolean {
    const planned = this.planned.get(sheet)?.has(col) ?? false;
    const e = this.extent(sheet);
    if (!planned && (!e || col > e.right)) return true;
    for (let r = top; r <= bottom; r++) if (!this.isEmpty(sheet, r, col) || this.cell(sheet, r, col) !== null) return false;
    return true;
  }

  addSheet(sheet: string): void {
    if (!this.hasSheet(sheet)) this.plan.newSheets.push(sheet);
  }

  /** Plan a plain value. */
  writeValue(sheet: string, row: number, col: number, value: CellValue, style: WriteStyle = {}): CellWrite {
    return this.put({ sheet, row, col, value, ...style });
  }

  /** Plan a formula; its expected value is the expression evaluated on the workbook as planned so far. */
  writeFormula(sheet: string, row: number, col: number, expr: Expr, style: WriteStyle = {}): CellWrite {
    const value = evaluate(expr, this);
    this.noteBlanksAsZero(expr);
    return this.put({ sheet, row, col, formula: formulaText(expr, sheet), value, ...style });
  }

  /**
   * The cells a formula's ZX functions read blank as a count, which the one blank rule counts as 0: a data
   * argument of a call whose other data are not all blank (a row all blank is not assessed, so nothing is counted).
   */
  private noteBlanksAsZero(e: Expr): void {
    if (e.kind === 'op') return void (this.noteBlanksAsZero(e.left), this.noteBlanksAsZero(e.right));
    if (e.kind === 'neg') return this.noteBlanksAsZero(e.arg);
    if (e.kind !== 'call') return;
    for (const a of e.args) if (a) this.noteBlanksAsZero(a);
    const def = e.name.startsWith('ZX.') ? this.functions.get(e.name.slice(3)) : undefined;
    if (!def) return;
    const values = e.args.map((a) => (a ? evaluate(a, this) : undefined));
    if (notAssessed(def, values)) return;
    e.args.forEach((a, i) => {
      if (a?.kind !== 'ref' || !isDataArgument(def, i) || !isBlankArg(values[i])) return;
      const key = `${a.sheet}\u0000${a.row}\u0000${a.col}`;
      if (this.blankSeen.has(key)) return;
      this.blankSeen.add(key);
      this.blanksAsZero.push({ sheet: a.sheet, row: a.row, col: a.col });
    });
  }

  private put(w: CellWrite): CellWrite {
    let sheetWrites = this.planned.get(w.sheet);
    if (!sheetWrites) this.planned.set(w.sheet, (sheetWrites = new Map()));
    let column = sheetWrites.get(w.col);
    const existing = column?.[w.row];
    if (existing !== undefined) {
      this.plan.writes[existing] = w;
      return w;
    }
    if (!this.isEmpty(w.sheet, w.row, w.col)) {
      const previousFormula = this.originalFormula(w.sheet, w.row, w.col);
      const kept = {
        sheet: w.sheet,
        row: w.row,
        col: w.col,
        previous: this.original(w.sheet, w.row, w.col),
        ...(previousFormula ? { previousFormula } : {}),
      };
      if (this.keepExisting) {
        (this.plan.skipped ??= []).push(kept);
        return w;
      }
      this.plan.overwrites.push(kept);
    }
    if (!column) sheetWrites.set(w.col, (column = []));
    column[w.row] = this.plan.writes.length;
    this.plan.writes.push(w);
    return w;
  }
}
