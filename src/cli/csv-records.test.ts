import fc from 'fast-check';
import { CsvRecords } from './csv-records';

function records(chunks: string[], delimiter = ','): string[][] {
  const out: string[][] = [];
  const r = new CsvRecords(delimiter, (f) => out.push(f));
  for (const c of chunks) r.push(c);
  r.end();
  return out;
}

test('quoted fields keep delimiters, doubled quotes and line breaks; CRLF, LF and CR end records', () => {
  const text = 'a,"b,c","say ""hi"""\r\n"line\nbreak",2,\n\nlast,"x"y\rend';
  expect(records([text])).toEqual([['a', 'b,c', 'say "hi"'], ['line\nbreak', '2', ''], [''], ['last', 'xy'], ['end']]);
});

test('a tab-separated export splits on tabs', () => {
  expect(records(['案号\t立案日期\n（2023）豫1322民初1号\t2023-01-05\n'], '\t')).toEqual([['案号', '立案日期'], ['（2023）豫1322民初1号', '2023-01-05']]);
});

test('an unclosed quote runs to the end of the text instead of losing it', () => {
  expect(records(['a,"open\nstill'])).toEqual([['a', 'open\nstill']]);
});

test('however the text is cut into chunks, the records are the same', () => {
  const cell = fc.oneof(fc.string({ unit: fc.constantFrom('a', '民', ',', '"', '\n', '\r', ' ', '1') }), fc.constant(''));
  fc.assert(
    fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 }), fc.array(fc.nat(), { maxLength: 8 }), (rows, cuts) => {
      const quote = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
      const text = rows.map((r) => r.map(quote).join(',')).join('\r\n') + '\r\n';
      const at = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
      const chunks: string[] = [];
      let from = 0;
      for (const c of at) {
        chunks.push(text.slice(from, c));
        from = c;
      }
      chunks.push(text.slice(from));
      expect(records(chunks)).toEqual(rows);
    }),
  );
});
