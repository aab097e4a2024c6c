/**
 * The user's corrections of a recognised table, and their undo: a column given another meaning, a row given
 * another role or taken out of the table. Each correction is undone by taking the column or row back from the
 * table as it was recognised. Pure.
 */
import type { RecognizedColumn, RecognizedRow, RecognizedTable, RowRole } from '../core/recognize/types';

/** a row's role as the pane offers it: the recogniser's roles, and `excluded` (not part of the table) */
export type RowChoice = RowRole | 'excluded';
export const ROW_CHOICES: RowChoice[] = ['unit', 'total', 'subtotal', 'benchmark', 'breakdown', 'excluded'];

export function withColumn(table: RecognizedTable, corrected: RecognizedColumn): RecognizedTable {
  const columns = table.columns.map((c) => (c.column === corrected.column ? corrected : c));
  // the unit column is the table's: a column made the unit column takes the place of the old one
  if (corrected.role === 'unit' && table.unitColumn !== corrected.column) {
    return {
      ...table,
      unitColumn: corrected.column,
      columns: columns.map((c) => (c.column === table.unitColumn ? { ...c, role: 'unknown' as const, confidence: 1, matched: null } : c)),
    };
  }
  if (corrected.role !== 'unit' && table.unitColumn === corrected.column) return { ...table, unitColumn: null, columns };
  return { ...table, columns };
}

/** the column as recognised again (the correction undone); the unit column follows */
export function restoreColumn(table: RecognizedTable, original: RecognizedTable, column: string): RecognizedTable {
  const was = original.columns.find((c) => c.column === column);
  if (!was) return table;
  const restored = withColumn(table, was);
  if (original.unitColumn === column || table.unitColumn === column) {
    return {
      ...restored,
      unitColumn: original.unitColumn,
      columns: restored.columns.map((c) => (c.column === original.unitColumn ? original.columns.find((o) => o.column === c.column)! : c)),
    };
  }
  return restored;
}

export function columnCorrected(table: RecognizedTable, original: RecognizedTable, column: string): boolean {
  const now = table.columns.find((c) => c.column === column);
  const was = original.columns.find((c) => c.column === column);
  return !!now && !!was && (now.role !== was.role || now.field !== was.field || now.indicator !== was.indicator);
}

export function rowChoice(table: RecognizedTable, row: number): RowChoice {
  return table.rows.find((r) => r.row === row)?.role ?? 'excluded';
}

/** a row given a role (a unit, a total …) or taken out of the table; the rows stay in sheet order */
export function withRowRole(table: RecognizedTable, original: RecognizedTable, row: number, choice: RowChoice): RecognizedTable {
  const others = table.rows.filter((r) => r.row !== row);
  if (choice === 'excluded') return { ...table, rows: others };
  const base: RecognizedRow = table.rows.find((r) => r.row === row) ?? original.rows.find((r) => r.row === row)!;
  // a role the user chose is certain: totals need no arithmetic to be believed
  const changed: RecognizedRow =
    base.role === choice
      ? base
      : {
          ...base,
          role: choice,
          confidence: 1,
          confirmed: choice === 'total' || choice === 'subtotal' ? true : base.confirmed,
        };
  return { ...table, rows: [...others, changed].sort((a, b) => a.row - b.row) };
}

export function restoreRow(table: RecognizedTable, original: RecognizedTable, row: number): RecognizedTable {
  const was = original.rows.find((r) => r.row === row);
  const others = table.rows.filter((r) => r.row !== row);
  return {
    ...table,
    rows: (was ? [...others, was] : others).sort((a, b) => a.row - b.row),
  };
}

export function rowCorrected(table: RecognizedTable, original: RecognizedTable, row: number): boolean {
  return rowChoice(table, row) !== rowChoice(original, row);
}
