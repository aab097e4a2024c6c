/**
 * Rows of a header that look like figures: the 栏次 row (1 2 3 …) and a row of years over the figures. Both are
 * part of the header, not of the body, though every cell of them is a number.
 */
import { cellText } from '../base/text';
import { THRESHOLD } from './confidence';
import { textAt, type Occupancy } from './occupancy';
import { levelOf } from './vocabulary';

/**
 * A 栏次 row under a header: the columns numbered 1 2 3 … (after at most two labels such as 甲 乙). It is
 * part of the header, but not of any column's header path.
 */
export function isColumnNumberRow(o: Occupancy, r: number, left: number, right: number): boolean {
  const ints: number[] = [];
  let texts = 0;
  for (let c = left; c <= right; c++) {
    const cls = o.classes.at(r, c);
    if (cls === 'empty') continue;
    const v = o.grid.values[r][c];
    const n = typeof v === 'number' ? v : cls === 'number' ? Number(cellText(v)) : NaN;
    if (Number.isInteger(n)) ints.push(n);
    else texts++;
  }
  return ints.length >= THRESHOLD.columnNumbersMin && texts <= THRESHOLD.columnNumberLabelsMax && ints[0] <= 1 && ints.every((v, i) => i === 0 || v === ints[i - 1] + 1);
}

/**
 * A row of years over the figures (`目标 | 2022 | 2023 | 2024`): the years run on one by one and every figure of the
 * row is one, and the row's label, if any, names no court or division. Counts that happen to run on by one
 * year at a time beside a court's name are not mistaken for it.
 */
export function isYearRow(o: Occupancy, r: number, left: number, right: number): boolean {
  // the figures first: in a body row the first count that is no year ends the look at once
  const years: number[] = [];
  for (let c = left + 1; c <= right; c++) {
    const cls = o.classes.at(r, c);
    if (cls === 'empty' || cls === 'text') {
      const m = YEAR_TEXT.exec(cls === 'text' ? textAt(o, r, c) : '');
      if (m) years.push(Number(m[1]));
      continue;
    }
    const v = o.grid.values[r][c];
    const n = typeof v === 'number' ? v : Number(cellText(v));
    if (!Number.isInteger(n) || n < FIRST_YEAR || n > LAST_YEAR) return false;
    if (years.length && n !== years[years.length - 1] + 1) return false;
    years.push(n);
  }
  if (years.length < 2 || !years.every((y, i) => i === 0 || y === years[i - 1] + 1)) return false;
  const [fr, fc] = o.masterOf(r, left);
  if (o.classes.at(r, left) !== 'empty' && fr === r && fc === left) {
    // a label is a header's (`类别`, `年度`) unless it names a court or a division
    const level = levelOf(textAt(o, r, left), false);
    if (o.classes.at(r, left) !== 'text' || level === '中院' || level === '基层' || level === '部门') return false;
  }
  return true;
}

/** a year as a header writes it: `2022`, `2022年`, `2022年度` */
const YEAR_TEXT = /^((?:19|20)\d\d)年?度?$/;
/** the years a court table can report */
const FIRST_YEAR = 1949;
const LAST_YEAR = 2100;
