import { fromOfficeValue, isEmptyCell, restoringEntry, toFormulaEntry } from './cells';
import { bandsByRowBytes, cellsToRects, packRequests, rowBands } from './chunks';
import { areaRanges } from './adapter';
import { fromXml, toXml } from './store';
import { compactSnapshot } from './undo';

describe('cell values between Office.js and the engine', () => {
  test('empty is null, error texts are errors, the rest as is', () => {
    expect(fromOfficeValue('')).toBeNull();
    expect(fromOfficeValue('#DIV/0!')).toEqual({ error: '#DIV/0!' });
    expect(fromOfficeValue(12)).toBe(12);
    expect(fromOfficeValue('延吉法院')).toBe('延吉法院');
    expect(fromOfficeValue(true)).toBe(true);
  });

  test('text Excel would turn into something else is written with an apostrophe', () => {
    for (const s of ['001', '12%', '1,234', '=A1', '+86', 'TRUE', '#N/A', '2023-01-05', "'quoted"]) expect(toFormulaEntry(s)).toBe(`'${s}`);
    for (const s of ['延吉法院', '165件', '≧90%', '-', '前三']) expect(toFormulaEntry(s)).toBe(s);
    expect(toFormulaEntry(null)).toBe('');
    expect(toFormulaEntry({ error: '#N/A' })).toBe('#N/A');
  });

  test('what restores a cell: its formula, or its constant', () => {
    expect(restoringEntry('=SUM(A1:A3)', 6)).toBe('=SUM(A1:A3)');
    expect(restoringEntry('001', '001')).toBe("'001");
    expect(restoringEntry(5, 5)).toBe(5);
    expect(restoringEntry('', '')).toBe('');
    expect(isEmptyCell('', '')).toBe(true);
    expect(isEmptyCell('=""', '')).toBe(false);
  });
});

test('merged areas are read from the address list Excel gives, quoted sheet names included', () => {
  expect(areaRanges("收结案!A1:H1,'附件 2'!C3:D3,'a,b''s'!$E$5")).toEqual([
    { top: 0, left: 0, bottom: 0, right: 7 },
    { top: 2, left: 2, bottom: 2, right: 3 },
    { top: 4, left: 4, bottom: 4, right: 4 },
  ]);
});

describe('chunk planning', () => {
  test('cells are grouped into few rectangles: a new column block is one rectangle', () => {
    const cells = [];
    for (let row = 3; row <= 12; row++) for (const col of [8, 9, 10]) cells.push({ row, col });
    cells.push({ row: 0, col: 0 });
    expect(cellsToRects(cells)).toEqual([
      { top: 0, bottom: 0, left: 0, right: 0 },
      { top: 3, bottom: 12, left: 8, right: 10 },
    ]);
  });

  test('row bands keep every request under the budget; small pieces share a request', () => {
    const bands = rowBands({ top: 0, left: 0, bottom: 99_999, right: 19 }, 32);
    expect(bands.length).toBe(Math.ceil((100_000 * 20 * 32) / (4 * 1024 * 1024)));
    expect(bands.every((b) => (b.bottom - b.top + 1) * 20 * 32 <= 4 * 1024 * 1024)).toBe(true);
    const small = [0, 1, 2].map((i) => ({ sheet: `S${i}`, rect: { top: 0, left: 0, bottom: 99, right: 9 } }));
    expect(packRequests(small, 32)).toHaveLength(1);
  });
});

describe('records kept in the workbook', () => {
  test('JSON survives the XML part, including characters XML escapes', () => {
    const payload = { summary: '<新增> & "结案率" ]]>', n: [1, 2] };
    const xml = toXml('urn:zhixiao:undo:v1', payload);
    expect(xml).toContain('xmlns="urn:zhixiao:undo:v1"');
    expect(fromXml(xml)).toEqual(payload);
    expect(fromXml('<other/>')).toBeNull();
  });

  test('an all-empty area is stored without its arrays', () => {
    const c = compactSnapshot({
      sheet: 'S',
      rect: { top: 0, left: 0, bottom: 1, right: 0 },
      values: [[null], [null]],
      entries: [[''], ['']],
      numberFormats: [['General'], ['General']],
      empty: [[true], [true]],
    });
    expect(c).toEqual({ sheet: 'S', rect: { top: 0, left: 0, bottom: 1, right: 0 } });
  });
});

describe('bandsByRowBytes', () => {
  test('cuts rows where their bytes would pass the budget; a row over the budget alone is its own band', () => {
    const rect = { top: 10, left: 2, bottom: 15, right: 3 };
    const bands = bandsByRowBytes(rect, [40, 40, 30, 150, 10, 10], 100);
    expect(bands.map((b) => [b.rect.top, b.rect.bottom, b.from, b.to, b.bytes])).toEqual([
      [10, 11, 0, 2, 80],
      [12, 12, 2, 3, 30],
      [13, 13, 3, 4, 150],
      [14, 15, 4, 6, 20],
    ]);
    expect(bands.every((b) => b.rect.left === 2 && b.rect.right === 3)).toBe(true);
  });

  test('a payload within the budget is one band', () => {
    expect(bandsByRowBytes({ top: 0, left: 0, bottom: 2, right: 0 }, [1, 2, 3], 100)).toEqual([{ rect: { top: 0, left: 0, bottom: 2, right: 0 }, from: 0, to: 3, bytes: 6 }]);
  });
});
