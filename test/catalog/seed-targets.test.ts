/**
 * Every target spelling of the five seeds parses (issue 12.4). Each row quotes the seed's own words — the test
 * checks the quote is in the seed file, whitespace aside — then the target text a cell would hold, and what it
 * means worked by hand: TARGET's number, an actual that meets it and one that does not (MEETS with no direction
 * unless the row names the indicator, whose direction a target without a comparison takes).
 */
import * as fs from 'fs';
import * as path from 'path';
import { findFunction } from '../../src/core/functions/registry';
import { applyFunction } from '../../src/core/functions/apply';
import type { CellValue } from '../../src/core/base/grid';
import { parseTarget } from '../../src/core/targets';

const SEEDS: Record<string, string> = {
  '000': '000_78baec2a2fbcdaaa.txt',
  '001': '001_5aae4f6a4d2296be.txt',
  '002': '002_8e911038645af833.txt',
  '003': '003_0cdafd0b305f32a2.txt',
};
const seedText = (code: string) => fs.readFileSync(path.join(__dirname, '..', '..', 'docs', 'seeds', SEEDS[code]), 'utf8').replace(/\s+/g, '');
const call = (id: string, ...args: CellValue[]) => applyFunction(findFunction(id)!, args);

/** [seed, the seed's words, the target text, TARGET's number (null: #N/A), meets, fails, direction or indicator] */
type Row = [string, string, string, number | null, number, number, string?];
const ROWS: Row[] = [
  // 方城2023
  ['000', '诉前调解分流率达70%以上', '达70%以上', 0.7, 0.7, 0.69],
  ['000', '受理案件数量同比下降5%', '同比下降5%', -0.05, -0.06, -0.04],
  ['000', '诉讼案件平均审理天数小于36天', '小于36天', 36, 35.9, 36],
  ['000', '长期未结诉讼案件4月30前清零', '4月30前清零', 0, 0, 1],
  ['000', '上诉案件及时移转率达100%', '达100%', 1, 1, 0.99],
  ['000', '当庭裁判率位居全市前三', '位居全市前三', 3, 3, 4],
  ['000', '一审服判息诉率达 92%以上', '达 92%以上', 0.92, 0.92, 0.919],
  ['000', '进入中院再审率为0%', '为0%', 0, 0, 0.001, '进入中院再审率'],
  ['000', '一审案件裁判变更率低于0.2%', '低于0.2%', 0.002, 0.0019, 0.002],
  ['000', '民事生效裁判自动履行率达55%位居全市前三', '达55%位居全市前三', 0.55, 0.55, 0.549],
  ['000', '民事生效裁判自动履行率达55%', '达55%', 0.55, 0.56, 0.54],
  ['000', '民事生效裁判自动履行率达55%', '达55%', 0.55, 0.56, 0.54, '自动履行率'],
  ['000', '执行平均时长小于55天', '小于55天', 55, 54, 55],
  ['000', '执行案款15日内发放完毕', '15日内发放完毕', 15, 15, 16],
  ['000', '科技法庭使用率100%', '100%', 1, 1, 0.99],
  ['000', '确保进5争3', '进5争3', 5, 5, 6],
  ['000', '案款发放率达到90%以上', '达到90%以上', 0.9, 0.9, 0.89],
  ['000', '努力使一年以上长期未结案件清零', '清零', 0, 0, 1],
  // 延边2019
  ['001', '执结率不低于80%', '不低于80%', 0.8, 0.8, 0.79],
  ['001', '实际执结率:不低于53.48%', '不低于 53.48%', 0.5348, 0.5348, 0.5347],
  ['001', '结案平均用时（效率）：不超过153.25天', '不超过 153.25 天', 153.25, 153.25, 153.26],
  ['001', '失信名单撤销率：不高于40.86%', '不高于 40.86%', 0.4086, 0.4086, 0.4087],
  ['001', '执行局行政编制人员比例达到15%', '达到 15%', 0.15, 0.15, 0.149],
  ['001', '法官比例不低于审判业务部门比例', '不低于审判业务部门比例', null, NaN, NaN],
  ['001', '发改指总量下降10%', '下降10%', -0.1, -0.105, -0.05],
  ['001', '同比下降10.50%', '同比下降 10.50%', -0.105, -0.11, -0.1],
  // 焦作2021: prose and table T3
  ['002', '1.一审服判息诉率90%以上', '90%以上', 0.9, 0.9, 0.89],
  ['002', '3.收结案均衡度0.8以上', '0.8 以上', 0.8, 0.8, 0.79],
  ['002', '5.一审改判、发回重审率1.5%以下', '1.5%以下', 0.015, 0.015, 0.016],
  ['002', '6.平均审理天数45天以下', '45 天以下', 45, 45, 46],
  ['002', '8.执行案件结案率90%', '90%', 0.9, 0.9, 0.89, '执行案件结案率'],
  ['002', '全市法院恢复案件实际执行到位率达到30%', '达到 30%', 0.3, 0.3, 0.29],
  ['002', '综合排名进入全省前80名', '进入全省前 80 名', 80, 80, 81],
  ['002', '确保达到全院二审民事案件的30%，力争达到40%以上', '确保达到30%，力争达到40%以上', 0.3, 0.3, 0.29],
  ['002', '中院-≦5%', '≦5%', 0.05, 0.05, 0.051],
  ['002', '≦0.3%≦1%≦0.5%', '≦0.3%', 0.003, 0.003, 0.0031],
  ['002', '≧80%≧20%', '≧20%', 0.2, 0.2, 0.19],
  ['002', '≦45≧95%', '≦45', 45, 45, 46],
  ['002', '≧0.8≧60%', '≧0.8', 0.8, 0.8, 0.79],
  // 乌兰浩特2022
  ['003', '结案数由多到少排序', '结案数由多到少排序', null, NaN, NaN],
  ['003', '三月<18%', '<18%', 0.18, 0.179, 0.18],
  ['003', '线上化解纠纷率不低于50%', '不低于50%', 0.5, 0.5, 0.49],
  ['003', '●2022年目标不超1.5‰', '不超1.5‰', 1.5, 1.5, 1.51],
  ['003', '●2022年目标不超过40%', '不超过40%', 0.4, 0.4, 0.41],
  ['003', '低于20%', '低于20%', 0.2, 0.19, 0.2],
  ['003', '超两年以上未结案件6月底清零', '6月底清零', 0, 0, 1],
  ['003', '超一年以上未结案件年底清零', '年底清零', 0, 0, 2],
  ['003', '●2022年目标高于50%', '高于50%', 0.5, 0.51, 0.5],
  ['003', '●2022年目标力争达到99%', '力争达到99%', 0.99, 0.99, 0.98],
  ['003', '●2022年目标达到100%', '达到100%', 1, 1, 0.99],
  ['003', '●2022年目标不低于100%', '不低于100%', 1, 1, 0.99],
  ['003', '从高到低进行排序', '从高到低进行排序', null, NaN, NaN],
  ['003', '按照指标值从少到多进行排序', '按照指标值从少到多进行排序', null, NaN, NaN],
  ['003', '全年达到案款全部发放', '全年达到案款全部发放', 0, 0, 1],
  ['003', '一年以上长期未结案件无法定事由的基本清零', '基本清零', 0, 0, 1],
  ['003', '一年以上长期未结案件无法定事由的基本清零', '无法定事由的基本清零', 0, 0, 1],
];

describe('every target spelling of the seeds parses', () => {
  test.each(ROWS.map((r) => [r[0], r[1], r[2], r] as const))('%s 「%s」: %p', (_seed, _quote, _text, row) => {
    const [seed, quote, text, value, good, bad, direction] = row;
    expect(seedText(seed)).toContain(quote.replace(/\s+/g, ''));
    const t = parseTarget(text);
    expect(t).not.toBeNull();
    const dir = direction ? [direction] : [];
    if (value === null) {
      expect(call('TARGET', text)).toMatchObject({ error: '#N/A' });
      return;
    }
    expect(call('TARGET', text)).toBeCloseTo(value, 12);
    expect([text, call('MEETS', good, text, ...dir)]).toEqual([text, true]);
    expect([text, call('MEETS', bad, text, ...dir)]).toEqual([text, false]);
  });
});
