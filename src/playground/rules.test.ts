import { comparand, ruleFormat } from './rules';
import type { ConditionalFormatState } from '../../test/host/workbook';

const rule = (formula1: string, fill: string, operator = 'EqualTo'): ConditionalFormatState => ({
  id: formula1,
  range: { top: 1, left: 3, bottom: 9, right: 3 },
  type: 'CellValue',
  rule: { formula1, operator },
  fill,
  fontColor: '#000000',
});

test('a rule’s comparand is read as Excel reads it', () => {
  expect(comparand('="达标"')).toBe('达标');
  expect(comparand('=TRUE')).toBe(true);
  expect(comparand('0.9')).toBe(0.9);
});

test('达标 cells are drawn green and 未达标 red, only inside the rule’s range, the first rule winning', () => {
  const rules = [rule('="达标"', '#C6EFCE'), rule('="未达标"', '#FFC7CE'), rule('=0', '#EEEEEE', 'GreaterThan')];
  expect(ruleFormat(rules, 2, 3, '达标')?.fill).toBe('#C6EFCE');
  expect(ruleFormat(rules, 2, 3, '未达标')?.fill).toBe('#FFC7CE');
  expect(ruleFormat(rules, 2, 4, '达标')).toBeNull();
  expect(ruleFormat(rules, 2, 3, 5)?.fill).toBe('#EEEEEE');
  expect(ruleFormat(rules, 2, 3, '不考核')).toBeNull();
});
