import type { Grid } from '../core/base/grid';
import { recognizeGrid } from '../core/recognize';
import { leftOutText, recognizeBook, subGrid } from './recognition';

const matrix: Grid = {
  sheet: '收结案',
  origin: { row: 0, col: 0 },
  values: [
    ['序号', '院别', '旧存', '新收', '已结'],
    [1, '甲法院', 10, 100, 95],
    [2, '乙法院', 20, 200, 190],
    [3, '丙法院', 30, 300, 280],
    [null, '合计', 60, 600, 565],
  ],
};
const notes: Grid = { sheet: '说明', origin: { row: 0, col: 0 }, values: [['本表为说明']] };

test('every sheet is recognised and kept per sheet; nothing selected, the active sheet’s tables are the focus', () => {
  const r = recognizeBook([matrix, notes], '收结案', null, recognizeGrid);
  expect(r.sheets.map((s) => [s.sheet, s.tables.length])).toEqual([
    ['收结案', 1],
    ['说明', 0],
  ]);
  expect(r.focus).toEqual(['收结案!A1:E5']);
  expect(r.note).toBeNull();
});

test('a selection of figures only (no unit column) is widened to its table, and said so', () => {
  const r = recognizeBook([matrix], '收结案', { top: 1, left: 2, bottom: 3, right: 4 }, recognizeGrid);
  expect(r.focus).toEqual(['收结案!A1:E5']);
  expect(r.note).toEqual({ key: 'selectionExpanded', params: { selection: 'C2:E4', ranges: 'A1:E5', units: 'B' } });
});

test('a selection holding no table is said so, and focuses nothing', () => {
  const r = recognizeBook([matrix], '收结案', { top: 10, left: 8, bottom: 12, right: 9 }, recognizeGrid);
  expect(r.focus).toEqual([]);
  expect(r.note?.key).toBe('selectionNoTable');
});

test('a sub-grid keeps its sheet position and the merges inside it', () => {
  const g = subGrid({ ...matrix, merges: [{ top: 4, left: 0, bottom: 4, right: 1 }] }, { top: 3, left: 0, bottom: 4, right: 2 })!;
  expect(g.origin).toEqual({ row: 3, col: 0 });
  expect(g.values).toEqual([
    [3, '丙法院', 30],
    [null, '合计', 60],
  ]);
  expect(g.merges).toEqual([{ top: 1, left: 0, bottom: 1, right: 1 }]);
});

test('the rows a table leaves out are listed on its card with row and reason; a table that leaves none out lists nothing', () => {
  const staged: Grid = {
    sheet: '轮候时间',
    origin: { row: 0, col: 0 },
    values: [
      ['', '目标', '2023', '2024'],
      ['由订定日期至聆讯', null, null, null],
      ['上诉案件', 90, 39, 45],
      ['补偿案件', 90, 29, 64],
    ],
  };
  const [t] = recognizeGrid(staged);
  expect(leftOutText(t.leftOutRows, (r) => (r === '注释' ? '注释' : '分组标题'))).toBe('由订定日期至聆讯（2，分组标题）');
  expect(leftOutText(recognizeGrid(matrix)[0].leftOutRows, () => '')).toBeNull();
});
