/**
 * Recognition of a large unit matrix: 100,000 unit rows × 20 columns (a title, a unit line, a two-row header
 * with merged groups, counts and rates, a 合计 row confirmed by arithmetic), and verification of it.
 * Reported against one plain pass over the same cells (reading every value and its number format), which is
 * the least any recogniser must do: recognition should cost a small multiple of it.
 */
import type { CellRange, CellValue, Grid } from '../src/core/base/grid';
import { recognizeGrid } from '../src/core/recognize';
import { parseCellValue } from '../src/core/base/values';
import { verifyTables } from '../src/core/kinds';
import { best, type BenchReport } from './report';

const ROWS = 100_000;

/** measures in pairs under a merged group label: 收案 (旧存, 新收, 受理), 结案 (已结, 未结, 结案率) … */
const GROUPS: { group: string; leaves: string[] }[] = [
  { group: '收案情况', leaves: ['旧存', '新收', '受理'] },
  { group: '结案情况', leaves: ['已结', '未结', '结案率'] },
  { group: '一审', leaves: ['一审结案数', '二审收案数', '一审服判息诉率'] },
  { group: '调撤', leaves: ['调解数', '撤诉数', '调撤率'] },
  { group: '审限', leaves: ['审限内结案数', '法定审限内结案率'] },
  { group: '审理天数', leaves: ['审理天数合计', '平均审理天数'] },
  { group: '上诉', leaves: ['上诉案件数', '上诉率'] },
];

export function buildGrid(rows: number): Grid {
  const leaves = GROUPS.flatMap((g) => g.leaves);
  const width = 2 + leaves.length; // 序号, 院别 + 18 = 20
  const values: CellValue[][] = [];
  const formats: (string | null)[][] = [];
  const merges: CellRange[] = [];
  const blankRow = () => new Array<CellValue>(width).fill(null);
  const fmtRow = () => new Array<string | null>(width).fill(null);
  const title = blankRow();
  title[0] = '2023年1-11月全省法院审判执行质效统计表';
  values.push(title);
  formats.push(fmtRow());
  merges.push({ top: 0, left: 0, bottom: 0, right: width - 1 });
  const unitLine = blankRow();
  unitLine[width - 1] = '单位：件';
  values.push(unitLine);
  formats.push(fmtRow());
  const h1 = blankRow();
  const h2 = blankRow();
  h1[0] = '序号';
  h1[1] = '院别';
  merges.push({ top: 2, left: 0, bottom: 3, right: 0 }, { top: 2, left: 1, bottom: 3, right: 1 });
  let c = 2;
  for (const g of GROUPS) {
    h1[c] = g.group;
    merges.push({ top: 2, left: c, bottom: 2, right: c + g.leaves.length - 1 });
    for (const leaf of g.leaves) h2[c++] = leaf;
  }
  values.push(h1, h2);
  formats.push(fmtRow(), fmtRow());
  const totals = new Array<number>(width).fill(0);
  const rateCols = new Set(leaves.map((l, i) => (/率$/.test(l) ? i + 2 : -1)).filter((i) => i >= 0));
  const daysCol = 2 + leaves.indexOf('平均审理天数');
  for (let r = 0; r < rows; r++) {
    const old = 20 + (r % 37);
    const fresh = 300 + ((r * 7) % 211);
    const closed = Math.floor((old + fresh) * 0.9);
    const first = 200 + (r % 97);
    const appeals = 5 + (r % 13);
    const med = 40 + (r % 29);
    const wd = 20 + (r % 17);
    const inLimit = closed - (r % 5);
    const days = closed * (30 + (r % 20));
    const upheld = appeals + (r % 3);
    const row: CellValue[] = [r + 1, `第${r + 1}人民法院`, old, fresh, old + fresh, closed, old + fresh - closed, closed / (old + fresh), first, appeals, 1 - appeals / first, med, wd, (med + wd) / closed, inLimit, inLimit / closed, days, days / closed, upheld, upheld / first];
    const fmt = fmtRow();
    for (const rc of rateCols) fmt[rc] = '0.00%';
    fmt[daysCol] = '0.0';
    for (let j = 2; j < width; j++) if (!rateCols.has(j) && j !== daysCol) totals[j] += row[j] as number;
    values.push(row);
    formats.push(fmt);
  }
  const total: CellValue[] = [null, '合计', ...totals.slice(2).map((t, i) => (rateCols.has(i + 2) || i + 2 === daysCol ? null : t))];
  values.push(total);
  formats.push(fmtRow());
  return { sheet: '全省', origin: { row: 0, col: 0 }, values, numberFormats: formats, merges };
}

/** one plain pass: every value parsed as a number (or not), every format read */
export function onePass(grid: Grid): number {
  let n = 0;
  for (let r = 0; r < grid.values.length; r++) {
    const row = grid.values[r];
    const fr = grid.numberFormats![r];
    for (let c = 0; c < row.length; c++) {
      const p = parseCellValue(row[c]);
      if (p.kind === 'number' || fr[c]) n++;
    }
  }
  return n;
}

export async function run(): Promise<BenchReport> {
  const grid = buildGrid(ROWS);
  const cells = grid.values.length * grid.values[0].length;
  const pass = best(() => onePass(grid), 5);
  const rec = best(() => recognizeGrid(grid), 5);
  const tables = rec.result;
  const ver = best(() => verifyTables(grid, tables), 3);
  const t = tables[0];
  const mapped = t ? t.columns.filter((c) => c.role !== 'unknown').length : 0;
  const total = t ? t.rows.find((r) => r.role === 'total') : undefined;
  const baseline = { what: '一次遍历（逐格解析数值、读格式）', value: pass.ms };
  return {
    rows: [
      { id: 'recognize', what: `识别 recognizeGrid（${ROWS.toLocaleString('en-US')} 行 × ${grid.values[0].length} 列）`, value: rec.ms, unit: 'ms', baseline, target: { ratio: 1.5 } },
      { id: 'verify', what: `核对 verifyTables（${ver.result.checked.toLocaleString('en-US')} 个数值，${ver.result.findings.length} 处问题）`, value: ver.ms, unit: 'ms', baseline },
    ],
    notes: [
      `${cells.toLocaleString('en-US')} 个单元格；识别 ${Math.round(cells / (rec.ms / 1000)).toLocaleString('en-US')} 单元格/秒（CPU 时间，取 5 次中最少的一次：机器由多人共用）`,
      `识别结果：${tables.length} 个表，${t ? t.kind : '-'}，${mapped}/${t ? t.columns.length : 0} 列已对应，合计行${total ? (total.confirmed ? '已按各列之和核对' : '未核对') : '未找到'}`,
    ],
  };
}
