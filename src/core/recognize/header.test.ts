import type { CellValue, CellRange } from '../base/grid';
import { gridOf } from '../../../test/recognize/helpers';
import { readHeader, type TableHeader } from './header';
import { readBlocks } from '.';

function headerOf(rows: CellValue[][], merges: CellRange[] = []): TableHeader | null {
  const { ctx, blocks } = readBlocks(gridOf(rows, { merges }));
  return readHeader(ctx, blocks[0]);
}

describe('the header stage', () => {
  it('gives a group label merged over two columns to both of their paths', () => {
    const merges = [
      { top: 0, left: 0, bottom: 1, right: 0 },
      { top: 0, left: 1, bottom: 0, right: 2 },
      { top: 0, left: 3, bottom: 1, right: 3 },
    ];
    const h = headerOf([['院别', '收案', null, '已结'], [null, '旧存', '新收', null], ['延吉法院', 10, 100, 90], ['图们法院', 5, 50, 45]], merges)!;
    expect(h.paths).toEqual([['院别'], ['收案', '旧存'], ['收案', '新收'], ['已结']]);
    expect(h.body).toEqual([2, 3]);
  });

  it('carries a group label written once, without a merge, over the sub-headers to its right', () => {
    const h = headerOf([['院别', '收案', null, '已结'], [null, '旧存', '新收', null], ['延吉法院', 10, 100, 90], ['图们法院', 5, 50, 45]])!;
    expect(h.paths).toEqual([['院别'], ['收案', '旧存'], ['收案', '新收'], ['已结']]);
  });

  it('keeps a 栏次 row of column numbers out of every path', () => {
    const h = headerOf([['院别', '旧存', '新收', '已结'], ['甲', 1, 2, 3], ['延吉法院', 10, 100, 90], ['图们法院', 5, 50, 45]])!;
    expect(h.block.headerRows).toEqual([0, 1]);
    expect(h.paths).toEqual([['院别'], ['旧存'], ['新收'], ['已结']]);
  });

  it('takes period words off the measure: 本期结案 is 结案 in 本期, 2022年 a year', () => {
    const h = headerOf([['院别', '本期结案', '2022年结案', '同比'], ['延吉法院', 10, 8, 0.25], ['图们法院', 5, 4, 0.25]])!;
    expect(h.periods.slice(1)).toEqual([
      { period: '本期', measure: ['结案'], points: false },
      { period: '2022年', measure: ['结案'], points: false },
      { period: '同比', measure: [], points: false },
    ]);
  });

  it('leaves a catalogue spelling whole: 上年旧存 is a name of 旧存数, not last year’s 旧存', () => {
    const h = headerOf([['院别', '上年旧存', '新收'], ['延吉法院', 10, 100], ['图们法院', 5, 50]])!;
    expect(h.periods[1]).toEqual({ period: null, measure: ['上年旧存'], points: false });
  });

  it('reads the period a header carries when it names months, not a bare year', () => {
    expect(headerOf([['院别', '2023年1-11月结案数'], ['延吉法院', 10], ['图们法院', 5]])!.period).toBe('2023年1-11月');
    expect(headerOf([['院别', '2023年结案数'], ['延吉法院', 10], ['图们法院', 5]])!.period).toBeNull();
  });

  it('finds no table in a lone figure far from any other (a page number)', () => {
    const { ctx, blocks } = readBlocks(gridOf([['院别', '新收'], ['延吉法院', 3], [], [], [null, null, null, 1]]));
    expect(blocks.map((b) => readHeader(ctx, b) !== null)).toEqual([true, false]);
  });

  it('reads a row of years over the figures as a header row, not as a body row', () => {
    const h = headerOf([['类别', '2022', '2023', '2024'], ['刑事', 10, 12, 14], ['民事', 20, 22, 24]])!;
    expect(h.paths).toEqual([['类别'], ['2022'], ['2023'], ['2024']]);
    expect(h.body).toEqual([1, 2]);
    // years typed as numbers under a blank corner merged down from the row above
    const merges = [{ top: 0, left: 0, bottom: 1, right: 0 }, { top: 0, left: 1, bottom: 0, right: 3 }];
    const y = headerOf([[null, '平均轮候时间(日)', null, null], [null, 2022, 2023, 2024], ['由入禀至聆讯', 30, 28, 38], ['由聆讯至判决', 20, 22, 24]], merges)!;
    expect(y.paths.slice(1)).toEqual([['平均轮候时间(日)', '2022'], ['平均轮候时间(日)', '2023'], ['平均轮候时间(日)', '2024']]);
    expect(y.body).toEqual([2, 3]);
  });

  it('keeps a court row whose counts happen to look like years a body row', () => {
    const h = headerOf([['院别', '收案', '结案'], ['延吉法院', 2011, 2012], ['图们法院', 2013, 2014]])!;
    expect(h.body).toEqual([1, 2]);
  });
});
