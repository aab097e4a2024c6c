/**
 * Recognition: a Grid → the tables in it, each described as `RecognizedTable` (./types.ts, the JSON contract
 * of `zhixiao recognize --json`). Pure. A pipeline of stages, each in its own file, each taking what the
 * stages before it found and returning its own result (rows and columns are copied, never changed behind a
 * stage's back):
 *
 *   cells      ./cells.ts          each cell's class (number, percent, target text, date, text …), once per grid
 *   blocks     ./blocks.ts         tables cut apart by blank rows and columns: lines, header, body, notes
 *   header     ./header.ts         the table's columns, each one's header path and the period in it
 *   labels     ./labels.ts         the serial and unit columns (and coarser label columns)
 *   rows       ./rows.ts           each row's label, role by label (unit, total, subtotal, benchmark, breakdown), level
 *   columns    ./columns.ts        every other column matched to the catalogue, its value kind
 *   fields     ./column-fields.ts  change columns, 合计 columns, a field two columns share
 *   totals     ./totals.ts         totals and subtotals confirmed by arithmetic, unlabelled ones found
 *   measures   ./measures.ts       do the rows name measures (and, for the kinds that list them, which)
 *   kind       ./kind.ts           the layout kind
 *   meta       ./meta.ts           title, unit, period, notes
 *   targets    ./target-cells.ts   the target cells, parsed
 *
 * Every confidence and threshold is in ./confidence.ts; the words matched are in ./vocabulary.ts.
 */
import { columnLetter, rangeAddress, type Grid } from '../base/grid';
import { findBlocks, type Block } from './blocks';
import { recognizeCaseList } from './case-list';
import { CellClasses } from './cells';
import { settleFields } from './column-fields';
import { readColumns } from './columns';
import { readHeader, type TableHeader } from './header';
import { layoutKind } from './kind';
import { findLabelColumns, type LabelColumns } from './labels';
import { measuresAsRows, readMeasures, rowsNameMeasures } from './measures';
import { applyAmountUnit, lineMeta, readMeta } from './meta';
import type { Context, RowModel } from './model';
import { isNoteRow, readRows, rowLabel, settleLevels } from './rows';
import { collectTargets } from './target-cells';
import { confirmTotals } from './totals';
import type { LeftOutRow, RecognizedColumn, RecognizedTable } from './types';

export type { RecognizedTable, RecognitionResult } from './types';

/** Every table of a grid, top to bottom, left to right. */
export function recognizeGrid(grid: Grid): RecognizedTable[] {
  const { ctx, blocks } = readBlocks(grid);
  const out: RecognizedTable[] = [];
  for (const block of blocks) {
    const t = recognizeBlock(ctx, block);
    if (t) out.push(t);
  }
  return out;
}

/** The first two stages, once per grid: cell classes, then the blocks the sheet is cut into. */
export function readBlocks(grid: Grid): { ctx: Context; blocks: Block[] } {
  const classes = new CellClasses(grid);
  const { blocks, occupancy } = findBlocks(grid, classes);
  return { ctx: { grid, classes, o: occupancy }, blocks };
}

/** One block through the stages, in order: its table, or null when the block holds none. */
export function recognizeBlock(ctx: Context, block: Block): RecognizedTable | null {
  const { grid } = ctx;
  const header = readHeader(ctx, block);
  if (!header) return null;
  const labels = findLabelColumns(ctx, header);
  const labelled = readRows(ctx, header, labels);
  const columns = settleFields(grid, labelled, readColumns(ctx, header, labels, labelled));
  const totalled = confirmTotals(grid, labelled, columns);
  const rowsAreMeasures = rowsNameMeasures(totalled, columns, labels);
  const kind = layoutKind(ctx, header, columns, rowsAreMeasures);
  const measured = rowsAreMeasures && measuresAsRows(kind) ? readMeasures(totalled, columns) : { rows: totalled, columns };
  const { left, right, body, block: { headerRows } } = header;
  if (kind === 'case-list') {
    // case lists are H6's: its recogniser maps the case columns (案号, 立案日期, 结案方式 …)
    const top = headerRows.length ? headerRows[0] : body[0];
    const bottom = body.length ? body[body.length - 1] : top;
    const caseTable = recognizeCaseList(grid, { top, left, bottom, right });
    if (caseTable) return { ...caseTable, sheet: grid.sheet, kind: 'case-list', meta: lineMeta(ctx, header) };
  }
  const rows = settleLevels(measured.rows, kind);
  const meta = readMeta(ctx, header);
  const finalColumns = applyAmountUnit(measured.columns, meta);

  const top = headerRows.length ? headerRows[0] : body[0];
  const bottom = body.length ? body[body.length - 1] : headerRows[headerRows.length - 1];
  return {
    sheet: grid.sheet,
    range: rangeAddress({ top: grid.origin.row + top, left: grid.origin.col + left, bottom: grid.origin.row + bottom, right: grid.origin.col + right }),
    kind,
    headerRows: headerRows.map((r) => grid.origin.row + r + 1),
    unitColumn: labels.unitCol === null ? null : columnLetter(grid.origin.col + labels.unitCol),
    rows: rows.map(({ r: _r, ...row }) => row),
    columns: finalColumns.map(({ c: _c, ...col }) => (col.guesses === undefined ? withoutGuesses(col) : col)),
    targets: collectTargets(grid, rows, finalColumns),
    meta,
    ...leftOut(ctx, header, labelled, labels),
  };
}

/** The body rows the rows stage left out (headings, footnotes), each with its label: said, never silently dropped. */
function leftOut(ctx: Context, { body, left, right }: TableHeader, rows: RowModel[], labels: LabelColumns): { leftOutRows?: LeftOutRow[] } {
  const kept = new Set(rows.map((x) => x.r));
  const out: LeftOutRow[] = [];
  for (const r of body) {
    if (kept.has(r)) continue;
    const label = rowLabel(ctx, r, labels.unitCol, labels.firstDataCol, left);
    out.push({ row: ctx.grid.origin.row + r + 1, label, reason: isNoteRow(ctx, r, label, left, right, labels) ? '注释' : '分组标题' });
  }
  return out.length ? { leftOutRows: out } : {};
}

/** the contract leaves `guesses` out rather than printing it empty */
function withoutGuesses(col: RecognizedColumn): RecognizedColumn {
  const { guesses: _g, ...rest } = col;
  return rest;
}
