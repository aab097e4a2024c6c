/**
 * The header stage (after ./blocks.ts): a block's columns and its header. The table's columns are those
 * occupied in its header or body; each column's header path is read top-down, merged group labels included
 * (`再审 › 被改判`), and split into its period (`本期`, `2018年`, `同比`) and the measure left.
 */
import { cellText } from '../base/text';
import { findField, findIndicator } from '../catalog';
import { isColumnNumberRow, type Block } from './blocks';
import type { Context } from './model';
import type { Occupancy } from './occupancy';
import { PERIOD_IN_TEXT, PERIOD_PATTERNS, POINTS_WORDS } from './vocabulary';

/** A header path with its period words taken off. */
export interface PeriodSplit {
  period: string | null;
  /** the path with period words removed (empty elements dropped) */
  measure: string[];
  /** a header that counts in percentage points (`百分点`) */
  points: boolean;
}

/** A block's table: its columns (grid-relative, `left`..`right`), body rows and header. */
export interface TableHeader {
  block: Block;
  left: number;
  right: number;
  /** the header rows, then the body rows */
  tableRows: number[];
  /** the body rows with something in the table's columns */
  body: number[];
  /** each column's header path, top-down (index `c - left`) */
  paths: string[][];
  /** each column's path split into period and measure (index `c - left`) */
  periods: PeriodSplit[];
  /** a period the header carries (`2023年1-11月结案数`), for when no line above the table gives one */
  period: string | null;
}

/** The table of a block, or null when there is none (no rows, or a lone figure such as a page number). */
export function readHeader(ctx: Context, block: Block): TableHeader | null {
  const { classes, o } = ctx;
  const tableRows = [...block.headerRows, ...block.bodyRows];
  if (!tableRows.length) return null;
  // the table's columns: occupied in its header or body
  let left = block.range.right;
  let right = block.range.left;
  // each row looked at only from its edges inwards, up to the columns already found
  for (const r of tableRows) {
    for (let c = block.range.left; c < left; c++) {
      if (o.isOccupied(r, c)) {
        left = c;
        break;
      }
    }
    for (let c = block.range.right; c > right; c--) {
      if (o.isOccupied(r, c)) {
        right = c;
        break;
      }
    }
  }
  if (left > right) return null;
  // a lone figure somewhere on the sheet (a page number, a stray total) is not a table
  if (left === right && tableRows.filter((r) => o.isOccupied(r, left)).length <= 1) return null;
  const body = block.bodyRows.filter((r) => {
    for (let c = left; c <= right; c++) if (!classes.isEmpty(r, c)) return true;
    return false;
  });
  const paths = headerPaths(o, block, left, right);
  return { block, left, right, tableRows, body, paths, periods: paths.map(splitPeriod), period: headerPeriod(paths) };
}

function headerPaths(o: Occupancy, block: Block, left: number, right: number): string[][] {
  const paths: string[][] = [];
  for (let c = left; c <= right; c++) paths.push([]);
  const rows = block.headerRows.filter((h) => !isColumnNumberRow(o, h, left, right));
  for (let i = 0; i < rows.length; i++) {
    const h = rows[i];
    let carry: string | null = null;
    for (let c = left; c <= right; c++) {
      const [mr, mc] = o.masterOf(h, c);
      // a merge that starts above the header (a title) is not part of the path
      let text = mr >= rows[0] ? cellText(o.grid.values[mr][mc]) : '';
      // a group label written once without a merge spans the columns to its right that have sub-headers
      if (!text && carry && i < rows.length - 1 && !o.isOccupied(h, c)) {
        const below = cellText(o.grid.values[rows[i + 1]][c]);
        if (below) text = carry;
      }
      if (text && i < rows.length - 1 && mr === h && mc === c) {
        const nextBelow = cellText(o.grid.values[rows[i + 1]][c]);
        carry = nextBelow ? text : null;
      } else if (!text) carry = null;
      const path = paths[c - left];
      if (text && path[path.length - 1] !== text) path.push(text);
    }
  }
  return paths;
}

function splitPeriod(path: string[]): PeriodSplit {
  let period: string | null = null;
  const measure: string[] = [];
  let points = false;
  for (let i = path.length - 1; i >= 0; i--) {
    let text = path[i];
    if (POINTS_WORDS.test(text)) points = true;
    // `上年旧存` is a spelling of 旧存数, not last year's 旧存
    const spelled = findField(text) !== null || findIndicator(text) !== null;
    for (const [re, name] of spelled ? [] : PERIOD_PATTERNS) {
      const m = re.exec(text);
      if (m) {
        if (period === null) period = name(m);
        text = (text.slice(0, m.index) + text.slice(m.index + m[0].length)).replace(/^[()（）]+|[()（）]+$/g, '');
        break;
      }
    }
    if (text) measure.unshift(text);
  }
  return { period, measure, points };
}

/** A period carried by the header (`2023年1-11月结案数`) when no line above the table gives one. */
function headerPeriod(paths: string[][]): string | null {
  for (const p of paths) {
    for (const t of p) {
      const m = PERIOD_IN_TEXT.exec(t);
      if (m && /月|季|半年|度/.test(m[1])) return m[1];
    }
  }
  return null;
}
