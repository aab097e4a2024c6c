/**
 * Other workbooks' sheets brought into this one (汇总 in the pane): `Workbook.insertWorksheetsFromBase64`,
 * ExcelApi 1.13 (Microsoft 365, Excel 2021 and later, Excel on the web). Where the host lacks it the pane says so
 * in one line instead of failing midway; `canInsertWorksheets` is the feature test.
 */

/** whether this Excel can insert the sheets of another workbook */
export function canInsertWorksheets(): boolean {
  try {
    return typeof Office !== 'undefined' && !!Office.context?.requirements?.isSetSupported('ExcelApi', '1.13');
  } catch {
    return false;
  }
}

/**
 * Insert every sheet of a workbook (its .xlsx as base64) at the end of this one; returns the names the inserted
 * sheets got (Excel renames a sheet whose name is taken: `收结案 (2)`), in the file's order.
 */
export async function insertWorkbookSheets(base64: string): Promise<string[]> {
  if (!canInsertWorksheets()) throw new Error('此版本的 Excel 不能插入其他工作簿的工作表（需要 ExcelApi 1.13）');
  return Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name');
    await context.sync();
    const before = new Set(sheets.items.map((s) => s.name));
    context.workbook.insertWorksheetsFromBase64(base64, { positionType: 'End' });
    await context.sync();
    const after = context.workbook.worksheets;
    after.load('items/name');
    await context.sync();
    return after.items.map((s) => s.name).filter((n) => !before.has(n));
  });
}
