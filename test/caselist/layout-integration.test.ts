/**
 * The layout recogniser hands case lists to recognizeCaseList: through `recognizeGrid`, a case list comes out
 * as kind `case-list` with the case columns mapped, and the aggregated sheet comes back as a unit matrix whose
 * columns are catalogue fields — so the fill engine can add indicator columns to it.
 */
import * as path from 'path';
import ExcelJS from 'exceljs';
import { readWorkbook, workbookToGrids } from '../../src/cli/xlsx-read';
import { applyPlanToWorkbook } from '../../src/cli/xlsx-write';
import { recognizeGrid } from '../../src/core/recognize';
import { runAggregate } from '../../src/core/caselist';

const GENERATED = path.join(__dirname, 'fixtures', 'case-list-generated.xlsx');
const SMALL = path.join(__dirname, '..', 'fixtures', 'case-list.xlsx');

test('recognizeGrid reports the small case-list fixture as a case list with its columns mapped', async () => {
  const [grid] = await readWorkbook(SMALL);
  const [table] = recognizeGrid(grid);
  expect(table.kind).toBe('case-list');
  expect(Object.fromEntries(table.columns.filter((c) => c.field).map((c) => [c.field, c.column]))).toMatchObject({
    案号: 'B',
    立案日期: 'D',
    结案日期: 'E',
    结案方式: 'F',
    承办人: 'G',
  });
});

test('the aggregated sheet, written and read back, is recognised as a unit matrix of catalogue fields', async () => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(GENERATED);
  const [grid] = workbookToGrids(workbook);
  const [table] = recognizeGrid(grid);
  expect(table.kind).toBe('case-list');
  const run = runAggregate(grid, table, { by: '承办部门', period: { kind: 'statistical-year', year: 2023 } });
  applyPlanToWorkbook(workbook, run.plan);
  const matrix = workbookToGrids(workbook).find((g) => g.sheet === run.sheetName)!;
  const [result] = recognizeGrid(matrix);
  expect(result.kind).toBe('unit-matrix');
  expect(result.unitColumn).toBe('B');
  const fields = result.columns.map((c) => c.field).filter(Boolean);
  for (const f of ['旧存数', '新收数', '受理数', '结案数', '未结数', '审限内结案数', '审理天数合计', '到位金额', '申请标的金额']) expect(fields).toContain(f);
  // each catalogue field once: our own columns (速裁程序件数, 审理天数所含件数) are not read as 结案数
  expect(fields.filter((f) => f === '结案数')).toHaveLength(1);
  expect(result.rows.filter((r) => r.role === 'total').map((r) => r.label)).toEqual(['合计']);
});
