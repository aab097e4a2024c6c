import { cellProps, restoringProps } from './cell-props';

describe('a cell’s format, to the undo record and back', () => {
  test('what Excel reports of a fully formatted cell is kept, and set back as it was', () => {
    const read: Excel.CellProperties = {
      format: {
        fill: { color: '#DDEBF7', pattern: 'Solid' },
        font: { bold: true, italic: false, color: '#000000', name: '宋体', size: 11 },
        horizontalAlignment: 'Center',
        verticalAlignment: 'Center',
        wrapText: true,
        borders: {
          top: { style: 'Continuous', color: '#000000', weight: 'Thin' },
          bottom: { style: 'Continuous', color: '#000000', weight: 'Medium' },
          left: { style: 'None', color: '#000000', weight: 'Thin' },
          right: { style: 'Dash', color: '#FF0000', weight: 'Thin' },
        },
      },
    };
    const kept = cellProps(read);
    expect(kept).toEqual({
      fill: '#DDEBF7',
      bold: true,
      align: 'Center',
      font: { italic: false, color: '#000000', name: '宋体', size: 11 },
      borders: {
        EdgeTop: { style: 'Continuous', color: '#000000', weight: 'Thin' },
        EdgeBottom: { style: 'Continuous', color: '#000000', weight: 'Medium' },
        EdgeLeft: { style: 'None', color: '#000000', weight: 'Thin' },
        EdgeRight: { style: 'Dash', color: '#FF0000', weight: 'Thin' },
      },
      vAlign: 'Center',
      wrap: true,
    });
    // the record is stored as JSON in the workbook: what comes back must restore the same
    expect(restoringProps(JSON.parse(JSON.stringify(kept)))).toEqual({
      format: {
        fill: { color: '#DDEBF7' },
        font: { bold: true, italic: false, color: '#000000', name: '宋体', size: 11 },
        horizontalAlignment: 'Center',
        verticalAlignment: 'Center',
        wrapText: true,
        borders: {
          top: { style: 'Continuous', color: '#000000', weight: 'Thin' },
          bottom: { style: 'Continuous', color: '#000000', weight: 'Medium' },
          // an edge without a line is set back as just that: no line, with no colour or weight
          left: { style: 'None' },
          right: { style: 'Dash', color: '#FF0000', weight: 'Thin' },
        },
      },
    });
  });

  test('no fill — pattern None, or no colour — is restored as pattern None, not as white', () => {
    expect(cellProps({ format: { fill: { color: '#FFFFFF', pattern: 'None' } } }).fill).toBeNull();
    expect(cellProps({ format: { fill: {} } }).fill).toBeNull();
    expect(restoringProps({ fill: null, bold: false, align: 'General' })).toEqual({
      format: { fill: { pattern: 'None' }, font: { bold: false }, horizontalAlignment: 'General' },
    });
  });

  test('a record of an older version (fill, bold and alignment only) restores just those', () => {
    expect(cellProps({ format: { fill: { color: '#FFFF00', pattern: 'Solid' }, font: { bold: true }, horizontalAlignment: 'Right' } })).toEqual({
      fill: '#FFFF00',
      bold: true,
      align: 'Right',
    });
    expect(restoringProps({ fill: '#FFFF00', bold: true, align: 'Right' })).toEqual({
      format: { fill: { color: '#FFFF00' }, font: { bold: true }, horizontalAlignment: 'Right' },
    });
  });

  test('a host that reports nothing gives the defaults: no fill, not bold, General', () => {
    expect(cellProps({})).toEqual({ fill: null, bold: false, align: 'General' });
  });
});

test('underline and strikethrough are kept and set back with the rest of the font', () => {
  const kept = cellProps({ format: { font: { bold: false, italic: true, underline: 'Double', strikethrough: true, color: '#FF0000', name: 'Arial', size: 9 } } });
  expect(kept.font).toEqual({ italic: true, underline: 'Double', strikethrough: true, color: '#FF0000', name: 'Arial', size: 9 });
  expect(restoringProps(kept).format?.font).toEqual({ bold: false, italic: true, underline: 'Double', strikethrough: true, color: '#FF0000', name: 'Arial', size: 9 });
});
