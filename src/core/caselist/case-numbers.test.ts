import fc from 'fast-check';
import { parseCaseNumber } from '../casenumber/parse';
import { CaseNumberReader, plainSerialPrefix } from './case-numbers';

/** What the aggregation takes from a 案号, straight from the parser. */
function facts(text: string) {
  const p = parseCaseNumber(text);
  return p.ok ? { type: p.value.type, court: p.value.court, weight: p.value.count } : p.reason;
}

test('a plain serial and 号 are cut from the prefix; ranges, 之一 and leading zeros are not', () => {
  expect(plainSerialPrefix('（2023）豫1322民初1234号')).toBe('（2023）豫1322民初');
  expect(plainSerialPrefix('（2023）豫1322民初18775-18776号')).toBeNull();
  expect(plainSerialPrefix('（2023）豫1322民初12号之一')).toBeNull();
  expect(plainSerialPrefix('（2023）豫1322民初0012号')).toBeNull();
  expect(plainSerialPrefix('（2023）豫1322民初 12号')).toBeNull();
});

test('read per prefix, every 案号 gives what the parser gives, in any order', () => {
  const prefixes = ['（2023）豫1322民初', '(2023)豫1322民初', '（2023）豫13民终', '（2022）最高法民申', '（2015）朝民初字第', '（2023）豫1322执恢', '（2023）豫132民初', '（2023）豫1322民X', '（2023）豫1322民初１', '（2023）豫1322民初1-', '（2023）豫1322民初0', '（2023）豫1322'];
  const serial = fc.oneof(fc.integer({ min: 0, max: 2_000_000_000 }).map(String), fc.constantFrom('0', '007', '１２', ''));
  const tail = fc.constantFrom('号', '号之一', '', '-5号', ' 号');
  fc.assert(
    fc.property(fc.array(fc.tuple(fc.constantFrom(...prefixes), serial, tail), { minLength: 1, maxLength: 40 }), (parts) => {
      const reader = new CaseNumberReader();
      for (const [p, n, t] of parts) {
        const text = p + n + t;
        expect([text, reader.read(text)]).toEqual([text, facts(text)]);
      }
    }),
  );
});
