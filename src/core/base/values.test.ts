import { parseCellValue, numberOf } from './values';

describe('parseCellValue reads what statisticians type', () => {
  test.each([
    [165, 165],
    [0, 0],
    ['165', 165],
    ['12件', 12],
    ['12 件', 12],
    ['45.3天', 45.3],
    ['30人', 30],
    ['1200元', 1200],
    ['12.5万元', 12.5],
    ['153.25天/件', 153.25],
    ['９２', 92],
    ['９２．５', 92.5],
    ['1,234', 1234],
    ['1，234', 1234],
    ['12,345,678.5', 12345678.5],
    ['-3', -3],
    ['−3', -3],
    ['+7', 7],
    ['1e3', 1000],
    [' 88 ', 88],
  ])('%p → %p', (input, expected) => {
    expect(parseCellValue(input)).toMatchObject({ kind: 'number', value: expected });
  });

  test('percent text is a fraction, exactly as Excel stores 92%', () => {
    expect(parseCellValue('92%')).toEqual({ kind: 'number', value: 0.92, unit: '%' });
    expect(parseCellValue('92％')).toEqual({ kind: 'number', value: 0.92, unit: '%' });
    expect(parseCellValue('８．１８％')).toEqual({ kind: 'number', value: 0.0818, unit: '%' });
  });

  test('per-mille text is a fraction too and says it was ‰', () => {
    expect(parseCellValue('1.5‰')).toEqual({ kind: 'number', value: 0.0015, unit: '‰' });
  });

  test('a unit suffix is reported and the number is taken as written', () => {
    expect(parseCellValue('12件')).toEqual({ kind: 'number', value: 12, unit: '件' });
    expect(parseCellValue('12万元')).toEqual({ kind: 'number', value: 12, unit: '万元' });
  });

  test.each([null, undefined, '', '   '])('blank %p is missing, not zero', (input) => {
    expect(parseCellValue(input)).toEqual({ kind: 'missing' });
  });

  test.each(['—', '-', '－', '——', '/', '…'])('a dash %p is invalid with a reason that says so', (input) => {
    const p = parseCellValue(input);
    expect(p.kind).toBe('invalid');
    if (p.kind === 'invalid') expect(p.reason).toMatch(/未填报|不适用/);
  });

  test.each(['abc', '无', '约12', '12,34', '1.2.3', '12件件', '%', '件'])('%p is invalid with a Chinese reason', (input) => {
    const p = parseCellValue(input);
    expect(p.kind).toBe('invalid');
    if (p.kind === 'invalid') expect(p.reason).toMatch(/[\u4e00-\u9fff]/);
  });

  test.each(['1 2', '1 000', '１　２', '12. 5', '1 2件'])('digits with a space between them (%p) are not one number', (input) => {
    const p = parseCellValue(input);
    expect(p.kind).toBe('invalid');
    if (p.kind === 'invalid') expect(p.reason).toMatch(/中间有空格/);
  });

  test('a reason quotes at most 20 characters of a long text', () => {
    const p = parseCellValue('x'.repeat(100_000));
    expect(p.kind === 'invalid' && p.reason.length).toBeLessThan(40);
  });

  test('booleans and non-finite numbers are invalid', () => {
    expect(parseCellValue(true).kind).toBe('invalid');
    expect(parseCellValue(Number.NaN).kind).toBe('invalid');
    expect(parseCellValue(Number.POSITIVE_INFINITY).kind).toBe('invalid');
  });

  test('Excel error values propagate, as values and as their text', () => {
    expect(parseCellValue({ error: '#DIV/0!' })).toEqual({ kind: 'error', error: { error: '#DIV/0!' } });
    expect(parseCellValue('#N/A')).toEqual({ kind: 'error', error: { error: '#N/A' } });
  });

  test('numberOf gives null for anything that is not a number', () => {
    expect(numberOf('12件')).toBe(12);
    expect(numberOf(null)).toBeNull();
    expect(numberOf('—')).toBeNull();
  });
});
