/**
 * The 案号 corpus (issue 18): 1,000+ real case numbers from public sources, each with where it came from, parsed at
 * the floors the issue sets — new-style ≥ 99%, old-style ≥ 90% (likely typos aside) — and a hand-checked sample
 * that must come out field for field as checked. `npm run corpus` prints the same figures.
 */
import { corpusRows, sampleRows, scoreCaseNumbers } from './score';

const score = scoreCaseNumbers();

describe('the 案号 corpus', () => {
  test('holds at least 1,000 real numbers, each once, each with its public source', () => {
    const rows = corpusRows();
    expect(rows.length).toBeGreaterThanOrEqual(1000);
    expect(new Set(rows.map((r) => r.number)).size).toBe(rows.length);
    for (const r of rows) expect([r.number, /^https?:\/\//.test(r.source)]).toEqual([r.number, true]);
  });

  test('holds both styles in numbers worth a floor', () => {
    expect(score.byStyle.新式.total).toBeGreaterThanOrEqual(400);
    expect(score.byStyle.旧式.total).toBeGreaterThanOrEqual(400);
  });

  test('new-style numbers parse at 99% or more (typos aside)', () => {
    expect(score.byStyle.新式.rate).toBeGreaterThanOrEqual(0.99);
  });

  test('old-style numbers parse at 90% or more (typos aside)', () => {
    expect(score.byStyle.旧式.rate).toBeGreaterThanOrEqual(0.9);
  });

  test('old numbers whose family cannot be told stay few: they are listed in statistics, not counted', () => {
    expect(score.unknownFamily).toBeLessThanOrEqual(score.byStyle.旧式.total * 0.03);
  });
});

describe('the hand-checked sample', () => {
  test('covers both styles, rejections, the special courts and the codes the issue names', () => {
    const rows = sampleRows();
    expect(rows.length).toBeGreaterThanOrEqual(100);
    const text = rows.map((r) => r.number).join(' ');
    for (const mark of ['沪74', '京74', '浙72', '京73', '琼97', '最高法', '破申', '执恢', '字第', '、', '-1']) expect(text).toContain(mark);
    expect(rows.some((r) => r.style.startsWith('拒绝'))).toBe(true);
  });

  test('parses exactly as checked: year, court, type as written and matched, number, sub-number, count, family', () => {
    expect(score.sample.differences).toEqual([]);
  });
});
