/**
 * The draft in a new sheet (the pane's 通报 action): a paragraph per row in column A, wrapped across a merged
 * row; the table of figures below it, each figure a formula referring to its cell (`='质效数据'!P12`), so the
 * sheet's table follows the workbook and shows where each number comes from.
 */
import { emptyPlan, type EditPlan } from '../base/plan';
import { parseAddress } from '../base/grid';
import { formulaText, ref } from '../functions/formula';
import type { Figure } from './facts';
import { runText, type ReportDraft } from './draft';

/** the columns a paragraph's row spans, and their width in characters: a page of text */
const TEXT_COLUMNS = 8;
const COLUMN_WIDTH = 14;

function figureFormula(f: Figure, sheet: string): string | undefined {
  const at = parseAddress(f.cell);
  return at ? formulaText(ref(f.sheet, at.row, at.col), sheet) : undefined;
}

export function draftSheetPlan(d: ReportDraft, sheet: string): EditPlan {
  const plan = emptyPlan();
  plan.newSheets.push(sheet);
  let row = 0;
  for (const b of d.blocks) {
    if (b.kind === 'table') {
      b.header.forEach((h, col) => plan.writes.push({ sheet, row, col, value: h, bold: true, align: 'center' }));
      row++;
      for (const r of b.rows) {
        r.forEach((c, col) => {
          if (c === null) return;
          if (typeof c === 'string') plan.writes.push({ sheet, row, col, value: c });
          else plan.writes.push({ sheet, row, col, value: c.value, formula: figureFormula(c, sheet), label: `${c.sheet}!${c.cell}` });
        });
        row++;
      }
      row++;
      continue;
    }
    const text = runText(b.runs);
    plan.writes.push({ sheet, row, col: 0, value: text, bold: b.kind === 'title' || b.kind === 'heading', align: b.kind === 'title' || b.kind === 'caption' ? 'center' : 'left' });
    plan.merges.push({ sheet, range: { top: row, left: 0, bottom: row, right: TEXT_COLUMNS - 1 } });
    row++;
  }
  for (let col = 0; col < TEXT_COLUMNS; col++) plan.columnWidths.push({ sheet, col, width: COLUMN_WIDTH });
  plan.summary.push(`通报草稿写入新工作表「${sheet}」：${d.blocks.length} 段（含数据表，表中数字为引用原单元格的公式）`);
  return plan;
}
