import type { CellValue } from '../base/grid';
import { gridOf } from '../../../test/recognize/helpers';
import { readHeader } from './header';
import { findLabelColumns } from './labels';
import type { RowModel } from './model';
import { readRows, settleLevels } from './rows';
import { readBlocks } from '.';

function rowsOf(rows: CellValue[][]): RowModel[] {
  const { ctx, blocks } = readBlocks(gridOf(rows));
  const header = readHeader(ctx, blocks[0])!;
  return readRows(ctx, header, findLabelColumns(ctx, header));
}

const brief = (rows: RowModel[]) => rows.map(({ row, role, label, level }) => `${row} ${role} ${label} ${level ?? '-'}`);

describe('the rows stage', () => {
  it('reads courts as units with their level and a 合计 row as the whole city’s total', () => {
    const rows = rowsOf([['院别', '旧存', '新收'], ['中级法院', 3, 30], ['延吉市法院', 10, 100], ['合计', 13, 130]]);
    expect(brief(rows)).toEqual(['2 unit 中级法院 中院', '3 unit 延吉市法院 基层', '4 total 合计 全市']);
  });

  it('reads 其中：民事 under a court as a part of that court, not a unit', () => {
    const rows = rowsOf([['院别', '新收'], ['延吉法院', 100], ['其中：民事', 60], ['图们法院', 50]]);
    expect(rows[1]).toMatchObject({ row: 3, role: 'breakdown', partOf: 2 });
    expect(rows.filter((x) => x.role === 'unit').map((x) => x.label)).toEqual(['延吉法院', '图们法院']);
  });

  it('leaves a numbered heading inside the body (二、中级法院) out of the rows', () => {
    const rows = rowsOf([['院别', '新收', '已结'], ['延吉法院', 100, 90], ['二、中级法院', null, null], ['中级法院', 30, 28]]);
    expect(rows.map((x) => x.label)).toEqual(['延吉法院', '中级法院']);
  });

  it('reads 小计 as a subtotal and 全省平均 as a benchmark', () => {
    const rows = rowsOf([['院别', '结案率'], ['延吉法院', 0.9], ['图们法院', 0.8], ['小计', 0.85], ['全省平均', 0.88]]);
    expect(rows.map((x) => x.role)).toEqual(['unit', 'unit', 'subtotal', 'benchmark']);
  });

  it('keeps 基层法院 a row of its own where no basic court is listed (a level’s target), not a subtotal', () => {
    const rows = rowsOf([['院别', '结案率'], ['中院', '≥90%'], ['基层法院', '≥92%']]);
    expect(rows.map((x) => x.role)).toEqual(['unit', 'unit']);
  });

  it('lets a generic 合计 stand for the whole city only in a table of courts', () => {
    const courts = rowsOf([['院别', '新收'], ['延吉法院', 10], ['图们法院', 20], ['合计', 30]]);
    const divisions = rowsOf([['部门', '新收'], ['民一庭', 10], ['民二庭', 20], ['合计', 30]]);
    expect(settleLevels(courts, 'unit-matrix')[2].level).toBe('全市');
    expect(divisions[2].level).toBe('全市');
    expect(settleLevels(divisions, 'unit-matrix')[2].level).toBeNull();
    // on a copy: the rows read before are as they were
    expect(divisions[2].level).toBe('全市');
  });

  it('reads an average of a place or a court as a benchmark wherever it stands, and an indicator that is an average as a unit row', () => {
    const rows = rowsOf([['部门', '结案率'], ['全省法院平均结案率', 0.2], ['民一庭', 0.3], ['全省中院平均结案率', 0.25], ['我院平均结案率', 0.22], ['民二庭', 0.1]]);
    expect(rows.map((x) => x.role)).toEqual(['benchmark', 'unit', 'benchmark', 'benchmark', 'unit']);
    expect(rowsOf([['指标', '目标'], ['平均审理天数', '<36'], ['结案率', '≥90%']]).map((x) => x.role)).toEqual(['unit', 'unit']);
  });

  it('reads the total words of Hong Kong and Macao tables (合計, 總計) as totals, the label kept as written', () => {
    const rows = rowsOf([['法院', '新收'], ['甲庭', 1], ['乙庭', 2], ['合計', 3]]);
    expect(rows[2]).toMatchObject({ role: 'total', label: '合計' });
  });

  it('leaves out a label-only heading in a table of groups closed by 小计, and a footnote mark under the figures', () => {
    const rows = rowsOf([
      ['类别', '收案', '结案'],
      ['刑事管辖', null, null],
      ['刑事案件', 10, 8],
      ['民事管辖', null, null],
      ['民事', 5, 4],
      ['税款申索', 3, 3],
      ['小计', 8, 7],
      ['*', '结案的案件是指被告人被定罪或被判无罪的案件', null],
    ]);
    expect(rows.map((x) => `${x.row} ${x.role} ${x.label}`)).toEqual(['3 unit 刑事案件', '5 unit 民事', '6 unit 税款申索', '7 subtotal 小计']);
  });

  it('keeps a row with no figures as a unit where the table has no groups (a case type with no cases)', () => {
    const rows = rowsOf([['类别', '收案'], ['刑事一审', 10], ['强制医疗监督', null], ['其他', 2]]);
    expect(rows.map((x) => x.label)).toEqual(['刑事一审', '强制医疗监督', '其他']);
  });

  it('reads a count of one part (民事案件总数) as a subtotal, a count of all (总数) as the total', () => {
    expect(rowsOf([['类别', '收案'], ['民事', 1], ['家事', 2], ['民事案件总数', 3], ['总数', 3]]).map((x) => x.role)).toEqual(['unit', 'unit', 'subtotal', 'total']);
  });

  it('leaves out a label with no figures that opens a table of stages or case types: it heads the rows under it', () => {
    const rows = rowsOf([['', '目标', '2023', '2024'], ['由订定日期至聆讯', null, null, null], ['上诉案件', 90, 39, 45], ['补偿案件', 90, 29, 64]]);
    expect(rows.map((x) => x.label)).toEqual(['上诉案件', '补偿案件']);
  });

  it('reads labels with no figures as headings where the rows under them repeat, and each group’s 合计 as a subtotal', () => {
    const rows = rowsOf([['', '2020', '2021'], ['申请上诉许可', null, null], ['刑事', 67, 53], ['民事', 426, 289], ['合计', 493, 342], ['上诉', null, null], ['刑事', 8, 2], ['民事', 8, 11], ['合计', 16, 13]]);
    expect(brief(rows).map((x) => x.split(' ').slice(1, 3).join(' '))).toEqual(['unit 刑事', 'unit 民事', 'subtotal 合计', 'unit 刑事', 'unit 民事', 'subtotal 合计']);
  });

  it('keeps a case type left blank among the others a row (强制医疗监督), and a court with no figures a unit', () => {
    expect(rowsOf([['', '收案', '结案'], ['合计', 3, 3], ['申请强制医疗审查', 1, 1], ['强制医疗监督', null, null], ['其他刑事案件', 2, 2]]).map((x) => x.label)).toEqual(['合计', '申请强制医疗审查', '强制医疗监督', '其他刑事案件']);
    expect(rowsOf([['院别', '收案', '结案'], ['延吉法院', null, null], ['图们法院', 5, 4], ['龙井法院', 6, 6]]).map((x) => x.label)).toEqual(['延吉法院', '图们法院', '龙井法院']);
  });

  it('reads a total written with leader dots (總數......) as the total, and a part’s count closing a table with no total as its total', () => {
    expect(rowsOf([['案件', '收案', '结案'], ['甲类', 1, 1], ['乙类', 2, 1], ['總數......', 3, 2]]).map((x) => x.role)).toEqual(['unit', 'unit', 'total']);
    expect(rowsOf([['案件', '收案', '结案'], ['甲类', 1, 1], ['乙类', 2, 1], ['民事法庭總數......', 3, 2]]).map((x) => x.role)).toEqual(['unit', 'unit', 'total']);
  });

  it('reads a label indented with spaces under one that is not as a part of it', () => {
    const rows = rowsOf([['案件', '收案', '结案'], ['合議庭普通刑事案', 10, 9], ['   羈押犯', 4, 4], ['   非羈押犯', 6, 5], ['簡易刑事案', 3, 3]]);
    expect(rows.map((x) => `${x.role}${x.partOf ? `>${x.partOf}` : ''}`)).toEqual(['unit', 'breakdown>2', 'breakdown>2', 'unit']);
  });

  it('leaves out a footnote whose mark stands before the label column (* in the marker column, its text beside it)', () => {
    const rows = rowsOf([['', '', '2016', '2017'], ['-', '刑事案件', 10, 12], ['-', '小贩案件', 7, 4], [null, '合计', 17, 16], ['*', '结案的案件是指经审讯或聆讯后定罪或无罪的案件', null, null]]);
    expect(rows.map((x) => `${x.role} ${x.label}`)).toEqual(['unit 刑事案件', 'unit 小贩案件', 'total 合计']);
  });

  it('keeps a grand total after the groups’ 合计 rows the table’s total: only a 合计 closing a heading’s group is a subtotal', () => {
    const rows = rowsOf([['', '2020', '2021'], ['申请上诉许可', null, null], ['刑事', 67, 53], ['民事', 426, 289], ['合计', 493, 342], ['上诉', null, null], ['刑事', 8, 2], ['民事', 8, 11], ['合计', 16, 13], ['总计', 509, 355]]);
    expect(rows.map((x) => `${x.role} ${x.label}`).slice(-3)).toEqual(['unit 民事', 'subtotal 合计', 'total 总计']);
  });
});
