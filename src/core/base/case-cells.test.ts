import fc from 'fast-check';
import { BLANK_DATE, INVALID_DATE, dateSerial, readAmount, readDateText, readNumber } from './case-cells';
import { parseCellValue } from './values';

test('an ISO date text is read to the serial readDateText gives, impossible dates included', () => {
  const part = (n: number, w: number) => String(n).padStart(w, '0');
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }), (y, m, d) => {
      const text = `${part(y, 4)}-${part(m, 2)}-${part(d, 2)}`;
      const slow = readDateText(text);
      expect([text, dateSerial(text)]).toEqual([text, slow.ok === true ? slow.serial : INVALID_DATE]);
    }),
  );
  expect(dateSerial('2023-02-30')).toBe(INVALID_DATE);
  expect(dateSerial('2023-03-01')).toBe(dateSerial(44986));
  expect(dateSerial('  ')).toBe(BLANK_DATE);
});

test('a plain decimal text is read as the value parser reads it; other spellings still go to the parser', () => {
  const plain = fc.tuple(fc.boolean(), fc.stringMatching(/^\d{1,9}$/), fc.option(fc.stringMatching(/^\d{1,4}$/))).map(([neg, a, b]) => `${neg ? '-' : ''}${a}${b === null ? '' : '.' + b}`);
  const other = fc.constantFrom('1,234.5', '12天', '５万元', '1.', '.5', '1e3', '-', '', ' 12 ', '3.5万元');
  fc.assert(
    fc.property(fc.oneof(plain, other), (text) => {
      const p = parseCellValue(text);
      const want = p.kind === 'number' ? p.value : null;
      expect([text, readNumber(text)]).toEqual([text, want]);
      const amount = p.kind !== 'number' ? null : p.unit === '万元' ? p.value * 10000 : p.unit === '元' ? p.value : p.value * 10000;
      expect([text, readAmount(text, 10000)]).toEqual([text, amount]);
    }),
  );
});
