import { gridOf } from './helpers';
import { recognizeGrid } from '../../src/core/recognize';

describe('rows that are not rows of the table are said, never dropped silently', () => {
  test('a heading over a group and a footnote are listed with their row and why', () => {
    const g = gridOf([
      ['', '目标', '2023', '2024'],
      ['由订定日期至聆讯', null, null, null],
      ['上诉案件', 90, 39, '-*'],
      ['补偿案件', 90, 29, 64],
      ['*', '并无收到上诉案件的申请', '并无收到上诉案件的申请', '并无收到上诉案件的申请'],
    ]);
    const [t] = recognizeGrid(g);
    expect(t.rows.map((r) => r.label)).toEqual(['上诉案件', '补偿案件']);
    expect(t.leftOutRows).toEqual(expect.arrayContaining([{ row: 2, label: '由订定日期至聆讯', reason: '分组标题' }]));
  });

  test('a table whose every row counts lists none', () => {
    const [t] = recognizeGrid(gridOf([['院别', '旧存', '新收'], ['延吉法院', 1, 2], ['图们法院', 3, 4]]));
    expect(t.leftOutRows).toBeUndefined();
  });
});
