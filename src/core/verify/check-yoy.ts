/**
 * 同比核对: a 同比 column against its measure's 本期 and 上年同期 (or two years side by side): percentage points
 * for rates, percent for counts.
 */
import { findIndicator } from '../catalog';
import type { RecognizedColumn, RecognizedRow } from '../recognize/types';
import type { VerifyCheck } from './check';
import { CAUSE, type Collector } from './findings';
import { compareAtPrecision, shown, tidy } from './precision';
import { group, headerText, measureGroup, rowName, type TableView } from './view';

function run(view: TableView, out: Collector): void {
  const { table } = view;
  for (const col of table.columns) {
    if (col.period !== '同比') continue;
    // the measure is the columns' (收案数 › 本期 …) or, when the columns are only periods, each row's
    const rowMeasures = col.field === null && col.indicator === null;
    const sameMeasure = (c: RecognizedColumn) => c !== col && c.field === col.field && c.indicator === col.indicator && measureGroup(c) === measureGroup(col) && (c.field !== null || c.indicator !== null || group(c) !== '' || rowMeasures);
    let cur = table.columns.find((c) => sameMeasure(c) && c.period === '本期');
    let prev = table.columns.find((c) => sameMeasure(c) && (c.period === '上年同期' || c.period === '上年'));
    if (!cur || !prev) {
      // periods written as years (`2023年1-11月` beside `2022年1-11月`): the later year is this period
      const byYear = table.columns.filter((c) => sameMeasure(c) && c.period && /^\d{4}年/.test(c.period)).sort((a, b) => (a.period! < b.period! ? 1 : -1));
      if (byYear.length >= 2 && Number(byYear[0].period!.slice(0, 4)) === Number(byYear[1].period!.slice(0, 4)) + 1) [cur, prev] = byYear;
    }
    if (!cur || !prev) continue;
    const pointsHeader = col.header.some((h) => /百分点/.test(h));
    for (const row of table.rows) {
      const pub = view.published(row, col);
      const a = view.number(row, cur);
      const b = view.number(row, prev);
      if (!pub || typeof a !== 'number' || typeof b !== 'number') continue;
      const points = rowMeasures ? rowIsRate(view, row, cur) : cur.valueKind === 'rate' || cur.valueKind === 'permille';
      if (!points && b === 0) continue;
      const change = points ? a - b : (a - b) / b;
      // the published change as a fraction (% format or text) or as a number of percent / points
      let scale = 1;
      if (!pub.percent) scale = pointsHeader || pub.pointsText ? 100 : Math.abs(pub.value - change * 100) < Math.abs(pub.value - change) ? 100 : 1;
      const expected = change * scale;
      out.checked++;
      const cause = compareAtPrecision(pub.value, expected, pub.decimals);
      if (!cause) continue;
      const kind = points ? (scale === 100 ? 'points' : 'rate') : 'rate';
      const showPub = kind === 'rate' && scale === 100 ? `${pub.value}%` : shown(pub.value, kind, pub.decimals);
      const showExp = kind === 'rate' && scale === 100 ? `${tidy(expected)}%` : shown(expected, kind, pub.decimals === null ? null : pub.decimals + 2);
      const how = points ? '本期 − 上年同期（百分点）' : '（本期 − 上年同期）÷ 上年同期';
      out.add({
        sheet: table.sheet,
        cell: view.cell(row, col),
        kind: cause,
        published: tidy(pub.value),
        expected: tidy(expected),
        message: `${rowName(row)}「${headerText(col)}」公布 ${showPub}，按 ${how}（${a} 与 ${b}）应为 ${showExp}：${CAUSE[cause]}`,
      });
    }
  }
}

/** a row's measure is a rate when the catalogue says so, or when its value is shown as a percent */
function rowIsRate(view: TableView, row: RecognizedRow, cur: RecognizedColumn): boolean {
  const def = row.indicator ? findIndicator(row.indicator) : null;
  if (def) return def.unit === 'rate' || def.unit === 'permille';
  if (row.field) return false;
  return view.published(row, cur)?.percent ?? false;
}

export const yoyCheck: VerifyCheck = {
  id: 'yoy',
  name: '同比核对',
  description: '同比列按本期与上年同期重算：比率为百分点之差，数量为增减百分比',
  run,
};
