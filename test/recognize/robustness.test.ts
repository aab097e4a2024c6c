/**
 * Whatever a sheet holds, recognition and verification answer without throwing, and what they report lies
 * inside the grid: random grids of the words, numbers, errors, formats and merges real sheets are made of.
 */
import { columnIndex, parseRange, type CellRange, type CellValue, type Grid } from '../../src/core/base/grid';
import { recognizeGrid } from '../../src/core/recognize';
import { verifyTables } from '../../src/core/kinds';

/** a small deterministic generator, so a failure can be replayed */
function generator(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
}

const WORDS = ['院别', '合计', '结案率', '旧存', '新收', '延吉法院', '民一庭', '王建国', '≧90%', '-', '注：说明', '单位：件', '本期', '同比', '序号', '（2023）吉2401民初1号', '全省平均', '基层法院小计', '12件', '92.1%', '2018年合计', '排名', '总分', '目标', '', '附件1', '一、审判', '（40分）'];
const FORMATS = ['0.00%', 'yyyy-mm-dd', '0.0', null];

function randomGrid(rnd: () => number): Grid {
  const pick = <T,>(xs: T[]) => xs[Math.floor(rnd() * xs.length)];
  const rows = 1 + Math.floor(rnd() * 12);
  const cols = 1 + Math.floor(rnd() * 8);
  const values: CellValue[][] = [];
  for (let r = 0; r < rows; r++) {
    const row: CellValue[] = [];
    for (let c = 0; c < cols; c++) {
      const x = rnd();
      row.push(x < 0.3 ? null : x < 0.6 ? Math.round(rnd() * 1000) / (rnd() < 0.3 ? 1000 : 1) : x < 0.65 ? { error: '#DIV/0!' } : pick(WORDS));
    }
    values.push(row);
  }
  const merges: CellRange[] = [];
  if (rnd() < 0.5) {
    const top = Math.floor(rnd() * rows);
    const left = Math.floor(rnd() * cols);
    const bottom = Math.min(rows - 1, top + Math.floor(rnd() * 2));
    const right = Math.min(cols - 1, left + Math.floor(rnd() * 3));
    if (bottom > top || right > left) {
      merges.push({ top, left, bottom, right });
      for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) if (r !== top || c !== left) values[r][c] = null;
    }
  }
  const numberFormats = values.map((r) => r.map(() => (rnd() < 0.2 ? pick(FORMATS) : null)));
  return { sheet: '随机', origin: { row: Math.floor(rnd() * 3), col: Math.floor(rnd() * 3) }, values, numberFormats, merges };
}

it('recognises and verifies 500 random grids without throwing, reporting only cells inside them', () => {
  const rnd = generator(20231130);
  for (let i = 0; i < 500; i++) {
    const g = randomGrid(rnd);
    const inside = { top: g.origin.row, left: g.origin.col, bottom: g.origin.row + g.values.length - 1, right: g.origin.col + g.values[0].length - 1 };
    const tables = recognizeGrid(g);
    for (const t of tables) {
      const r = parseRange(t.range)!;
      expect(r.top >= inside.top && r.left >= inside.left && r.bottom <= inside.bottom && r.right <= inside.right).toBe(true);
      for (const row of t.rows) expect(row.row - 1 >= r.top && row.row - 1 <= r.bottom).toBe(true);
      for (const col of t.columns) expect(columnIndex(col.column) >= r.left && columnIndex(col.column) <= r.right).toBe(true);
      for (const c of t.columns) expect(c.confidence >= 0 && c.confidence <= 1).toBe(true);
    }
    const report = verifyTables(g, tables, { all: true });
    for (const f of report.findings) {
      const cell = parseRange(f.cell)!;
      expect(cell.top >= inside.top && cell.bottom <= inside.bottom && cell.left >= inside.left && cell.right <= inside.right).toBe(true);
      expect(typeof f.message).toBe('string');
    }
  }
});
