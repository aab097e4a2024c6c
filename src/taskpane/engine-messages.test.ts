import { readWorkbook } from '../cli/xlsx-read';
import { fillOptionsFor, planFill } from '../core/kinds';
import { recognizeGrid } from '../core/recognize';
import { engineText, ENGINE_MESSAGES } from './engine-messages';
import * as path from 'path';

test('in Chinese the engine’s sentence is shown as written', () => {
  expect(engineText('新增指标列 3 列：结收比；审执结案进度', 'zh')).toBe('新增指标列 3 列：结收比；审执结案进度');
});

test('in English a fill’s summary of the unit-matrix fixture reads in English, names kept as the workbook has them', async () => {
  const book = await readWorkbook(path.join(__dirname, '..', '..', 'test', 'fixtures', 'unit-matrix.xlsx'));
  const tables = recognizeGrid(book[0]);
  const offer = fillOptionsFor(book, tables);
  const plan = planFill(book, tables, { tables: [0], indicators: offer.tables[0].indicators.map((i) => i.id), targets: 'none', ranks: true });
  const english = plan.summary.map((l) => engineText(l, 'en'));
  expect(english).toContain('  3 indicator column(s) added: 结收比；收结案数均衡度；审执结案进度');
  expect(english.some((l) => /^“收结案” A4:H11 \(/.test(l))).toBe(true);
  // every line the fill wrote is known to the table
  const unknown = plan.summary.filter((l) => !ENGINE_MESSAGES.some((m) => m.zh.test(l)) && !/^\s*结案率排名 · /.test(l));
  expect(unknown).toEqual([]);
  expect(engineText(offer.tables[0].action!, 'en')).toMatch(/^3 indicator column\(s\) can be added/);
});
