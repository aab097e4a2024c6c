import { readDate, readDateText, readFlag, readNumber, serialOf } from '../../src/core/caselist';
import { amountScale, readAmount } from '../../src/core/base/case-cells';
import { addMonths, isDateFormat, isoDate } from '../../src/core/base/case-cells';
import { parsePeriodText, resolvePeriod } from '../../src/core/caselist/period';

describe('dates', () => {
  const march1 = serialOf(2023, 3, 1);
  test('2023-03-01 is Excel serial 44986', () => expect(march1).toBe(44986));
  test.each(['2023-03-01', '2023/3/1', '2023.3.1', '2023年3月1日', '2023年03月01日', '20230301', '2023-03-01 10:22:33', '2023/3/1 8:00'])(
    '%s reads as 2023-03-01',
    (text) => expect(readDateText(text)).toEqual({ ok: true, serial: march1 }),
  );
  test.each(['2023-02-30', '2023-13-01', '23-3-1', '2023-3', 'abc', '3/1/2023', '2023年3月1号码'])('%s is not a date', (text) =>
    expect(readDateText(text).ok).toBe(false),
  );
  test('a serial with a time of day is its day; 20230301 as a number is a date; blanks are blank', () => {
    expect(readDate(44986.75)).toEqual({ ok: true, serial: 44986 });
    expect(readDate(20230301)).toEqual({ ok: true, serial: 44986 });
    expect(readDate(null)).toEqual({ ok: 'blank' });
    expect(readDate('  ')).toEqual({ ok: 'blank' });
    expect(readDate(true).ok).toBe(false);
    expect(readDate(12).ok).toBe(false);
  });
  test('month arithmetic clamps to the month end', () => {
    expect(isoDate(addMonths(serialOf(2023, 3, 31), -1))).toBe('2023-02-28');
    expect(isoDate(addMonths(serialOf(2023, 11, 30), -12))).toBe('2022-11-30');
  });
  test('date number formats', () => {
    expect(isDateFormat('yyyy-mm-dd')).toBe(true);
    expect(isDateFormat('yyyy"年"m"月"d"日"')).toBe(true);
    expect(isDateFormat('m/d/yy')).toBe(true);
    expect(isDateFormat('0.00%')).toBe(false);
    expect(isDateFormat('#,##0.00"元"')).toBe(false);
    expect(isDateFormat(null)).toBe(false);
  });
});

test('flags: 是/否, √, Y, 1/0, a positive number, negations, blank', () => {
  for (const v of ['是', '√', 'Y', 'yes', 'TRUE', '已上诉', '上诉', 1, 30, true]) expect([v, readFlag(v)]).toEqual([v, true]);
  for (const v of ['否', '×', 'N', 'no', 'false', '未上诉', '无', '不公开', '', null, 0, false]) expect([v, readFlag(v)]).toEqual([v, false]);
});

test('amounts: numbers, thousands separators, units, full-width digits', () => {
  expect(readNumber('1,234.50元')).toBe(1234.5);
  expect(readNumber('１２３')).toBe(123);
  expect(readNumber('12天')).toBe(12);
  expect(readNumber(7)).toBe(7);
  expect(readNumber('abc')).toBeNull();
  expect(readNumber(null)).toBeNull();
});

describe('periods', () => {
  test('the statistical year runs from December of the previous year to November', () => {
    const p = resolvePeriod({ kind: 'statistical-year', year: 2023 });
    expect([isoDate(p.start), isoDate(p.end)]).toEqual(['2022-12-01', '2023-11-30']);
    expect(p.description).toBe('统计年度2023（2022年12月至2023年11月）');
  });
  test('month, year to date, calendar year, custom range', () => {
    const iso = (t: string) => {
      const p = resolvePeriod(parsePeriodText(t));
      return [isoDate(p.start), isoDate(p.end)];
    };
    expect(iso('2023-02')).toEqual(['2023-02-01', '2023-02-28']);
    expect(iso('2024-02')).toEqual(['2024-02-01', '2024-02-29']);
    expect(iso('ytd2023-08')).toEqual(['2023-01-01', '2023-08-31']);
    expect(iso('年初2023-08')).toEqual(['2023-01-01', '2023-08-31']);
    expect(iso('2023')).toEqual(['2023-01-01', '2023-12-31']);
    expect(iso('统计2023')).toEqual(['2022-12-01', '2023-11-30']);
    expect(iso('stat2023')).toEqual(['2022-12-01', '2023-11-30']);
    expect(iso('2023-01..2023-11')).toEqual(['2023-01-01', '2023-11-30']);
    expect(iso('2022-12..2023-11')).toEqual(['2022-12-01', '2023-11-30']);
    expect(iso('2023-01-05..2023-02-10')).toEqual(['2023-01-05', '2023-02-10']);
    expect(iso('2023年1月至2023年3月')).toEqual(['2023-01-01', '2023-03-31']);
  });
  test('impossible periods are refused with a Chinese reason', () => {
    expect(() => parsePeriodText('last year')).toThrow('无法识别统计期间');
    expect(() => resolvePeriod(parsePeriodText('2023-13'))).toThrow('月份');
    expect(() => resolvePeriod(parsePeriodText('2023-03..2023-01'))).toThrow('早于');
    expect(() => resolvePeriod({ kind: 'range', start: '2023-02-30', end: '2023-03-01' })).toThrow('不是日期');
  });
});

test('amounts are read in 元 whatever each cell was typed in: 5万元, 800元, bare numbers in the column\'s unit', () => {
  expect(readAmount('5万元')).toBe(50000);
  expect(readAmount('1,234.50元')).toBe(1234.5);
  expect(readAmount(12)).toBe(12);
  expect(readAmount(12, amountScale('万元'))).toBe(120000);
  expect(readAmount('800元', amountScale('万元'))).toBe(800);
  expect(readAmount('—')).toBeNull();
  expect([amountScale(null), amountScale('元'), amountScale('万元')]).toEqual([1, 1, 10000]);
});
