import { formatCell } from './cell-format';

test('shows the formats of statisticians’ tables as Excel does', () => {
  expect(formatCell(0.92345, '0.00%')).toBe('92.35%');
  expect(formatCell(0.5, '0%')).toBe('50%');
  expect(formatCell(1.0014492, '0.00')).toBe('1.00');
  expect(formatCell(1234567, '#,##0')).toBe('1,234,567');
  expect(formatCell(0.1 + 0.2, 'General')).toBe('0.3');
  expect(formatCell(45000, 'yyyy/m/d')).toBe('2023/3/15');
  expect(formatCell(-2.5, '0')).toBe('-3');
  expect(formatCell('延吉法院', '0.00%')).toBe('延吉法院');
  expect(formatCell('', '0')).toBe('');
});
