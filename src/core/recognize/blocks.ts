/**
 * Finding the tables of a sheet: rectangles of occupied cells separated by blank rows or columns (a
 * recursive XY cut, which costs a few passes over the cells), then the parts of each: title / unit / period
 * lines above, header rows, body rows, notes below. A block of only title lines is put on top of the table
 * under it, a block of notes under the table above it, and a headerless block of body rows right under a
 * table (a blank row inside the body) is joined to it. Across columns: a block right of a blank spacer column
 * with no label column of its own is the rest of the table on its left, and a second unit column after
 * figures (`院别 … | 部门 …` with no blank column between) starts a second table.
 */
import type { CellRange, Grid } from '../base/grid';
import { CellClasses, isValueClass } from './cells';
import { LIMIT, THRESHOLD } from './confidence';
import { Occupancy, textAt } from './occupancy';
import { isColumnNumberRow, isYearRow } from './header-rows';

export { isColumnNumberRow } from './header-rows';
import { ATTACHMENT_LINE, CASE_LIST_HEADERS, CASE_NUMBER, FILLER_LINES, INDICATOR_NAME_HEADERS, levelOf, lineText, NOTE_PREFIXES, PERIOD_LINE, PERSON_HEADERS, SERIAL_HEADERS, TOTAL_CONTAINS, TOTAL_LABELS, UNIT_HEADERS, UNIT_LINE } from './vocabulary';
import { pushAll } from '../base/arrays';

const HEADER_WORDS = new Set([...UNIT_HEADERS, ...SERIAL_HEADERS, ...INDICATOR_NAME_HEADERS]);

/** A table's parts, grid-relative rows and columns. */
export interface Block {
  range: CellRange;
  /** rows above the header that are titles, unit or period lines */
  lineRows: number[];
  headerRows: number[];
  bodyRows: number[];
  /** rows below the body: notes, sources, who filled it in */
  noteRows: number[];
}

function rowOccupied(o: Occupancy, r: number, left: number, right: number): boolean {
  for (let c = left; c <= right; c++) if (o.isOccupied(r, c)) return true;
  return false;
}

function colOccupied(o: Occupancy, c: number, top: number, bottom: number): boolean {
  for (let r = top; r <= bottom; r++) if (o.isOccupied(r, c)) return true;
  return false;
}

function runs(flags: boolean[], offset: number): [number, number][] {
  const out: [number, number][] = [];
  let start = -1;
  flags.forEach((f, i) => {
    if (f && start < 0) start = i;
    if (!f && start >= 0) {
      out.push([offset + start, offset + i - 1]);
      start = -1;
    }
  });
  if (start >= 0) out.push([offset + start, offset + flags.length - 1]);
  return out;
}

/** Recursive XY cut: split on fully blank rows, then on fully blank columns, until nothing splits. */
export function cutRectangles(o: Occupancy, rect: CellRange, out: CellRange[] = []): CellRange[] {
  const rowFlags: boolean[] = [];
  for (let r = rect.top; r <= rect.bottom; r++) rowFlags.push(rowOccupied(o, r, rect.left, rect.right));
  const rowRuns = runs(rowFlags, rect.top);
  if (rowRuns.length === 0) return out;
  if (rowRuns.length > 1 || rowRuns[0][0] !== rect.top || rowRuns[0][1] !== rect.bottom) {
    for (const [top, bottom] of rowRuns) cutRectangles(o, { top, bottom, left: rect.left, right: rect.right }, out);
    return out;
  }
  const colFlags: boolean[] = [];
  for (let c = rect.left; c <= rect.right; c++) colFlags.push(colOccupied(o, c, rect.top, rect.bottom));
  const colRuns = runs(colFlags, rect.left);
  if (colRuns.length > 1 || colRuns[0][0] !== rect.left || colRuns[0][1] !== rect.right) {
    for (const [left, right] of colRuns) cutRectangles(o, { top: rect.top, bottom: rect.bottom, left, right }, out);
    return out;
  }
  out.push(rect);
  return out;
}

/** The distinct occupied "cells" of a row inside [left, right]: a merged area counts once. */
function rowCells(o: Occupancy, r: number, left: number, right: number): [number, number][] {
  const seen = new Set<string>();
  const cells: [number, number][] = [];
  for (let c = left; c <= right; c++) {
    if (!o.isOccupied(r, c)) continue;
    const [mr, mc] = o.masterOf(r, c);
    const key = `${mr},${mc}`;
    if (seen.has(key)) continue;
    seen.add(key);
    cells.push([mr, mc]);
  }
  return cells;
}


/** A title, unit, period or attachment line: what stands above a table and is not its header. */
function isLineRow(o: Occupancy, r: number, rect: CellRange): boolean {
  const cells = rowCells(o, r, rect.left, rect.right);
  if (cells.length === 0) return false;
  // a column's header cell merged down from this row (the label column's blank corner over two header rows) makes
  // the row part of the header, whatever stands beside it; a title merged over the whole width does not
  for (let c = rect.left; c <= rect.right; c++) {
    const m = o.mergeOf(r, c);
    if (m && m.top === r && m.left === c && m.bottom > r && m.right - m.left < rect.right - rect.left) return false;
  }
  const texts = cells.map(([mr, mc]) => textAt(o, mr, mc));
  const metaLike = (text: string) => {
    const t = lineText(text);
    return UNIT_LINE.test(t) || PERIOD_LINE.test(t) || ATTACHMENT_LINE.test(t) || FILLER_LINES.test(t);
  };
  if (texts.every((t) => t !== '' && metaLike(t))) return true;
  // a title with the unit or period line beside it on the same row
  if (cells.length > 1 && texts.filter((t) => !metaLike(t)).length === 1 && texts.some(metaLike)) {
    const [tr, tc] = cells[texts.findIndex((t) => !metaLike(t))];
    const m = o.mergeOf(tr, tc);
    const t = texts.find((x) => !metaLike(x))!;
    if (tr === r && !(m && m.bottom > m.top) && !isValueClass(o.classes.at(tr, tc)) && (t.length >= THRESHOLD.titleBesideLineChars || (m && m.right - m.left + 1 >= (rect.right - rect.left + 1) * THRESHOLD.titleBesideLineSpan))) return true;
  }
  if (cells.length !== 1 || rect.right === rect.left) return false;
  const [mr, mc] = cells[0];
  if (mr !== r) return false; // covered by a merge from above: part of a header
  const t = texts[0];
  if (t === '' || isValueClass(o.classes.at(mr, mc))) return false;
  // a single cell spanning (nearly) the whole width, or a lone cell with a long text, is a title
  const m = o.mergeOf(mr, mc);
  const spans = m ? m.right - m.left + 1 : 1;
  const width = rect.right - rect.left + 1;
  if (m && m.bottom > m.top) return false; // a vertical merge is a header cell
  // a merge that starts inside the table and stops short of its right edge is a group label over sub-headers
  if (m && m.left > rect.left && m.right < rect.right && r < rect.bottom && rowCells(o, r + 1, m.left, m.right).length > 1) return false;
  return spans >= Math.max(2, width * THRESHOLD.titleSpan) || t.length >= THRESHOLD.titleChars || spans === 1;
}

function isNoteRow(o: Occupancy, r: number, rect: CellRange): boolean {
  const cells = rowCells(o, r, rect.left, rect.right);
  if (cells.length === 0) return false;
  const texts = cells.map(([mr, mc]) => textAt(o, mr, mc));
  // 制表：… 审核：… 日期：… on one row, however many cells
  if (texts.every((t) => FILLER_LINES.test(t) || NOTE_PREFIXES.test(t))) return true;
  if (cells.length > THRESHOLD.noteCellsMax) return false;
  if (cells.some(([mr, mc]) => isValueClass(o.classes.at(mr, mc)))) return false;
  const t = texts[0];
  if (TOTAL_LABELS.includes(t)) return false;
  if (NOTE_PREFIXES.test(t) || FILLER_LINES.test(t)) return true;
  return cells.length === 1 && t.length >= THRESHOLD.noteChars;
}

/** a row with text only in its first two columns (a unit's name, maybe a serial) and nothing else */
function isLabelOnlyRow(o: Occupancy, r: number, rect: CellRange): boolean {
  const cells = rowCells(o, r, rect.left, rect.right);
  if (!cells.length || rect.right - rect.left < 2) return false;
  for (const [mr, mc] of cells) {
    if (mr !== r || mc > rect.left + 1) return false;
    const m = o.mergeOf(mr, mc);
    if (m && (m.bottom > m.top || m.right > rect.left + 1)) return false;
    if (HEADER_WORDS.has(textAt(o, mr, mc))) return false;
  }
  return cells.some(([mr, mc]) => o.classes.at(mr, mc) === 'text');
}

/** a row of one text cell and nothing else */
function isTextLine(o: Occupancy, r: number, rect: CellRange): boolean {
  const cells = rowCells(o, r, rect.left, rect.right);
  if (cells.length !== 1) return false;
  const [mr, mc] = cells[0];
  return mr === r && o.classes.at(mr, mc) === 'text' && !TOTAL_LABELS.includes(textAt(o, mr, mc));
}

/**
 * A body row: it has values (numbers, targets, dashes, dates — or anything a formula computes: a header is never
 * a formula, and a filled table's 达标 / 否 columns must not make its first row look like one) and is not a run
 * of column numbers or of years.
 */
export function isBodyRow(o: Occupancy, r: number, left: number, right: number): boolean {
  let values = 0;
  let nonEmpty = 0;
  const formulas = o.grid.formulas?.[r];
  for (let c = left; c <= right; c++) {
    const cls = o.classes.at(r, c);
    if (cls === 'empty') continue;
    nonEmpty++;
    if (isValueClass(cls) || formulas?.[c]) values++;
  }
  if (values === 0) return false;
  if (values >= THRESHOLD.columnNumbersMin && isColumnNumberRow(o, r, left, right)) return false;
  if (isYearRow(o, r, left, right)) return false;
  // a row that starts with 院别 / 序号 / 指标名称 is a header, whatever numbers (years) it carries
  for (let c = left; c <= right; c++) {
    if (o.classes.at(r, c) === 'empty') continue;
    const t = textAt(o, r, c);
    if (HEADER_WORDS.has(t)) return false;
    if (o.classes.at(r, c) !== 'text') break;
  }
  return values >= THRESHOLD.bodyRowValues || values / nonEmpty >= THRESHOLD.bodyRowValueShare || (values >= 1 && nonEmpty <= THRESHOLD.bodyRowShortCells);
}

/** Split one rectangle into its parts. */
function partsOf(o: Occupancy, rect: CellRange): Block {
  const lineRows: number[] = [];
  let r = rect.top;
  while (r <= rect.bottom && isLineRow(o, r, rect) && !isBodyRow(o, r, rect.left, rect.right)) {
    lineRows.push(r);
    r++;
  }
  const noteRows: number[] = [];
  let b = rect.bottom;
  while (b >= r && isNoteRow(o, b, rect)) {
    noteRows.unshift(b);
    b--;
  }
  // numbered note lines under a `注：` line (`2. …`) belong to the note, however short
  let top = b;
  while (top >= r && isTextLine(o, top, rect)) top--;
  for (let n = top + 1; n <= b; n++) {
    if (NOTE_PREFIXES.test(textAt(o, n, rowCells(o, n, rect.left, rect.right)[0][1]))) {
      for (let k = b; k >= n; k--) noteRows.unshift(k);
      b = n - 1;
      break;
    }
  }
  const headerRows: number[] = [];
  let firstBody = r;
  while (firstBody <= b && !isBodyRow(o, firstBody, rect.left, rect.right)) firstBody++;
  if (firstBody > b) {
    // no values anywhere: a blank template (a header over a list of units) or prose
    const width = rect.right - rect.left + 1;
    if (width < 2 || b - r < 1 || rowCells(o, r, rect.left, rect.right).length < 2) {
      return { range: rect, lineRows: [...lineRows, ...range(r, b)], headerRows: [], bodyRows: [], noteRows };
    }
    let headerEnd = r;
    for (let c = rect.left; c <= rect.right; c++) {
      const m = o.mergeOf(r, c);
      if (m && m.bottom > headerEnd && m.bottom <= b) headerEnd = m.bottom; // to the last row: all header, no unit listed yet
    }
    return { range: rect, lineRows, headerRows: range(r, headerEnd), bodyRows: range(headerEnd + 1, b), noteRows };
  }
  // a unit with nothing reported yet (a label and blanks) right above the first values is a body row too
  while (firstBody - 1 > r && isLabelOnlyRow(o, firstBody - 1, rect)) firstBody--;
  // the header ends where merges that start in it end
  let headerEnd = firstBody - 1;
  for (let h = r; h <= headerEnd; h++) {
    for (let c = rect.left; c <= rect.right; c++) {
      const m = o.mergeOf(h, c);
      if (m && m.bottom > headerEnd && m.bottom < b) headerEnd = m.bottom;
    }
  }
  for (let h = r; h <= headerEnd; h++) headerRows.push(h);
  const bodyRows = range(headerEnd + 1, b);
  return { range: rect, lineRows, headerRows, bodyRows, noteRows };
}

function range(a: number, b: number): number[] {
  const out: number[] = [];
  for (let i = a; i <= b; i++) out.push(i);
  return out;
}

function overlap(a: CellRange, b: CellRange): number {
  const w = Math.min(a.right, b.right) - Math.max(a.left, b.left) + 1;
  return w <= 0 ? 0 : w / (Math.min(a.right - a.left, b.right - b.left) + 1);
}

/** All tables of a grid, top to bottom, left to right. */
export function findBlocks(grid: Grid, classes: CellClasses): { blocks: Block[]; occupancy: Occupancy } {
  const o = new Occupancy(grid, classes);
  if (!classes.rows || !classes.cols) return { blocks: [], occupancy: o };
  const rects = joinLabelSpacer(o, cutRectangles(o, { top: 0, left: 0, bottom: classes.rows - 1, right: classes.cols - 1 }));
  const parts = rects.flatMap((rect) => splitBeside(o, partsOf(o, rect)));
  const onlyLines = (p: Block) => p.headerRows.length + p.bodyRows.length === 0 && p.lineRows.length > 0;
  const onlyNotes = (p: Block) => p.headerRows.length + p.bodyRows.length + p.lineRows.length === 0 && p.noteRows.length > 0;
  const textOnly = (p: Block) => p.bodyRows.length === 0;
  const out: Block[] = [];
  const used = new Set<number>();
  for (let i = 0; i < parts.length; i++) {
    if (used.has(i)) continue;
    let p = parts[i];
    // title lines (or a lone text header) on top of the next table below
    if (onlyLines(p) || (textOnly(p) && p.headerRows.length <= THRESHOLD.titleBlockHeaderRows && rowsOf(p) <= THRESHOLD.titleBlockRows)) {
      const j = parts.findIndex((q, k) => k > i && !used.has(k) && q.bodyRows.length > 0 && q.range.top > p.range.bottom && q.range.top - p.range.bottom <= THRESHOLD.joinGapRows && overlap(p.range, q.range) > 0);
      if (j >= 0 && (onlyLines(p) || !NOTE_PREFIXES.test(textAt(o, p.range.top, p.range.left)))) {
        const q = parts[j];
        let lines = [...p.lineRows, ...p.headerRows, ...q.lineRows].sort((a, b) => a - b);
        // a header kept apart from its body by a blank row: the last lines above a headerless body, if they head its columns
        let headerRows = q.headerRows;
        if (!headerRows.length && !q.lineRows.length) {
          const heading = trailing(lines, (r) => headsColumns(o, r, q.range));
          headerRows = heading;
          lines = lines.filter((r) => !heading.includes(r));
        }
        parts[j] = { ...q, lineRows: lines, headerRows, range: { ...q.range, top: Math.min(p.range.top, q.range.top), left: q.range.left, right: q.range.right } };
        used.add(i);
        continue;
      }
    }
    // notes, or body rows after a blank row, joined to the table just above
    const prev = out.length ? out[out.length - 1] : null;
    if (prev && p.range.top > prev.range.bottom && p.range.top - prev.range.bottom <= THRESHOLD.joinGapRows && overlap(prev.range, p.range) > THRESHOLD.joinOverlap) {
      if (onlyNotes(p) || (textOnly(p) && p.headerRows.every((h) => isNoteRow(o, h, p.range)))) {
        pushAll(pushAll(prev.noteRows, p.headerRows), p.noteRows);
        prev.range = { ...prev.range, bottom: p.range.bottom };
        continue;
      }
      if (p.headerRows.length === 0 && p.lineRows.length === 0 && p.bodyRows.length > 0 && prev.bodyRows.length > 0 && prev.noteRows.length === 0 && p.range.left >= prev.range.left && p.range.right <= prev.range.right) {
        pushAll(prev.bodyRows, p.bodyRows);
        pushAll(prev.noteRows, p.noteRows);
        prev.range = { ...prev.range, bottom: p.range.bottom };
        continue;
      }
    }
    p = { ...p };
    out.push(p);
  }
  // the table's range excludes titles and notes: keep them as rows, shrink the range later
  return { blocks: joinSpacerColumns(o, out).filter((b) => b.bodyRows.length > 0 || b.headerRows.length > 0), occupancy: o };
}

/**
 * Two tables laid side by side with no blank column between them: a second unit column (`部门`, `承办法官`
 * … over names of courts, divisions or people), after columns of figures, starts a second table. A `序号`
 * right before it goes with it. Case lists (many text columns, 承办人 among them) are never split.
 */
function splitBeside(o: Occupancy, block: Block): Block[] {
  const { range: rect, headerRows, bodyRows } = block;
  if (!headerRows.length || bodyRows.length < 2 || rect.right - rect.left < 3) return [block];
  const headerOf = (c: number): string | null => {
    let text = '';
    for (const h of headerRows) {
      const [mr, mc] = o.masterOf(h, c);
      if (mc !== c) return null; // under a group label merged from the left: part of that group
      const t = mr >= headerRows[0] ? textAt(o, mr, mc) : '';
      if (t) text = t;
    }
    return text;
  };
  const headers: (string | null)[] = [];
  for (let c = rect.left; c <= rect.right; c++) headers.push(headerOf(c));
  if (headers.some((h) => h !== null && CASE_LIST_HEADERS.test(h))) return [block];
  const sample = bodyRows.slice(0, LIMIT.caseNumberRows);
  for (let c = rect.left; c <= rect.right; c++) {
    if (sample.filter((r) => CASE_NUMBER.test(textAt(o, r, c))).length >= sample.length * THRESHOLD.caseNumberShare) return [block];
  }
  for (let c = rect.left + 2; c < rect.right; c++) {
    const header = headers[c - rect.left];
    if (header === null || !UNIT_HEADERS.includes(header)) continue;
    if (!namesUnits(o, bodyRows, c, PERSON_HEADERS.test(header))) continue;
    const start = SERIAL_HEADERS.includes(headers[c - 1 - rect.left] ?? '') ? c - 1 : c;
    // the left table: at most a serial and a label column, then figures (a case list has many text columns)
    let figuresBefore = false;
    let textColumns = 0;
    for (let k = rect.left; k < start; k++) {
      if (holdsFigures(o, bodyRows, k)) figuresBefore = true;
      else if (bodyRows.some((r) => o.classes.at(r, k) === 'text')) textColumns++;
    }
    if (textColumns > THRESHOLD.besideTextColumnsMax) return [block];
    let figuresAfter = false;
    for (let k = c + 1; k <= rect.right; k++) if (holdsFigures(o, bodyRows, k)) figuresAfter = true;
    if (!figuresBefore || !figuresAfter) continue;
    const first = partsOf(o, { ...rect, right: start - 1 });
    return [first, ...splitBeside(o, partsOf(o, { ...rect, left: start }))];
  }
  return [block];
}

/** most filled body cells of a column name units (courts, divisions, people) or totals, and none is a case number */
function namesUnits(o: Occupancy, rows: number[], c: number, people: boolean): boolean {
  let names = 0;
  let filled = 0;
  for (const r of rows) {
    if (o.classes.at(r, c) === 'empty') continue;
    filled++;
    const t = textAt(o, r, c);
    if (CASE_NUMBER.test(t)) return false;
    if (o.classes.at(r, c) === 'text' && (levelOf(t, people) !== null || TOTAL_LABELS.includes(t) || TOTAL_CONTAINS.some((w) => t.includes(w)))) names++;
  }
  return filled > 0 && names / filled >= THRESHOLD.unitNameShare;
}

/** the longest run (at most three) at the end of `rows`, consecutive, each passing `test` */
function trailing(rows: number[], test: (r: number) => boolean): number[] {
  const out: number[] = [];
  for (let i = rows.length - 1; i >= 0 && out.length < LIMIT.headerRowsAboveGap; i--) {
    if (!test(rows[i]) || (out.length && rows[i] !== out[0] - 1)) break;
    out.unshift(rows[i]);
  }
  return out;
}

/** a row of column headings over `rect`: text in at least two cells and most of its columns, no title or unit line */
function headsColumns(o: Occupancy, r: number, rect: CellRange): boolean {
  const cells = rowCells(o, r, rect.left, rect.right);
  const covered = new Set<number>();
  for (let c = rect.left; c <= rect.right; c++) if (o.isOccupied(r, c)) covered.add(c);
  if (cells.length < 2 || covered.size < (rect.right - rect.left + 1) * THRESHOLD.headerRowCover) return false;
  return cells.every(([mr, mc]) => {
    const t = lineText(textAt(o, mr, mc));
    return !UNIT_LINE.test(t) && !PERIOD_LINE.test(t) && !ATTACHMENT_LINE.test(t) && !FILLER_LINES.test(t) && !NOTE_PREFIXES.test(t);
  });
}

/**
 * A blank column between the unit names and the figures (`院别 | | 旧存 | 新收`): the names on the left, on
 * rows the figures also occupy, and no names of their own on the right — one table.
 */
function joinLabelSpacer(o: Occupancy, rects: CellRange[]): CellRange[] {
  const out: CellRange[] = [];
  for (const b of rects) {
    const a = out.length ? out[out.length - 1] : null;
    if (a && b.left - a.right === 2 && b.top >= a.top && b.bottom === a.bottom && b.bottom - b.top >= 2) {
      const rows: number[] = [];
      for (let r = b.top + 1; r <= b.bottom; r++) rows.push(r);
      const labels = rows.filter((r) => o.classes.at(r, a.right) === 'text').length;
      if (labels >= rows.length * THRESHOLD.spacerLabelShare && holdsFigures(o, rows, b.left)) {
        out[out.length - 1] = { ...a, right: b.right };
        continue;
      }
    }
    out.push(b);
  }
  return out;
}

const sameRows = (a: number[], b: number[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * A blank spacer column inside a table (left between two groups of figures, often with no header) cuts it in
 * two: the right part, on the same header and body rows and with no label column of its own (its first
 * column holds figures, not names), is the rest of the table on its left. A right part with its own unit
 * column (`部门`, names) is a second table beside the first.
 */
function joinSpacerColumns(o: Occupancy, blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (const b of blocks) {
    const prev = out.length ? out[out.length - 1] : null;
    if (
      prev &&
      b.range.left - prev.range.right === 2 &&
      b.bodyRows.length > 0 &&
      sameRows(prev.headerRows, b.headerRows) &&
      sameRows(prev.bodyRows, b.bodyRows) &&
      b.lineRows.every((r) => prev.lineRows.includes(r)) &&
      holdsFigures(o, b.bodyRows, b.range.left)
    ) {
      prev.range = { top: Math.min(prev.range.top, b.range.top), bottom: Math.max(prev.range.bottom, b.range.bottom), left: prev.range.left, right: b.range.right };
      prev.noteRows = [...new Set([...prev.noteRows, ...b.noteRows])].sort((x, y) => x - y);
      continue;
    }
    out.push(b);
  }
  return out;
}

/** most of a column's filled body cells are figures (numbers, rates, targets, dashes), not names */
function holdsFigures(o: Occupancy, rows: number[], c: number): boolean {
  let values = 0;
  let filled = 0;
  for (const r of rows) {
    const cls = o.classes.at(r, c);
    if (cls === 'empty') continue;
    filled++;
    if (isValueClass(cls)) values++;
  }
  return filled > 0 && values / filled >= THRESHOLD.figureColumnShare;
}

function rowsOf(p: Block): number {
  return p.range.bottom - p.range.top + 1;
}
