/**
 * The committed multi-file fixtures (test/fixtures/books) are what build-books.ts builds: same sheets, values,
 * formats and merges. (Rebuild with `node scripts/run-ts.js test/fixtures/build-books.ts`.)
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { readWorkbook, workbookToGrids } from '../../src/cli/xlsx-read';
import { buildBooks, NOT_WORKBOOKS } from '../fixtures/build-books';

const BOOKS = path.join(__dirname, '..', 'fixtures', 'books');
const built = buildBooks();

describe.each(Object.keys(built))('%s', (name) => {
  it('is committed as built', async () => {
    const fresh = new ExcelJS.Workbook();
    await fresh.xlsx.load((await built[name].xlsx.writeBuffer()) as ArrayBuffer);
    expect(await readWorkbook(path.join(BOOKS, name))).toEqual(workbookToGrids(fresh));
  });
});

it('the files that are not workbooks are committed as written', () => {
  for (const [name, text] of Object.entries(NOT_WORKBOOKS)) expect(fs.readFileSync(path.join(BOOKS, name), 'utf8')).toBe(text);
});
