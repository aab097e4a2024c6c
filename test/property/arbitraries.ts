/**
 * Random workbooks as courts make them, for the property tests: unit matrices (units down, counts across)
 * headed with the catalogue's own spellings of its fields (src/core/catalog/fields.ts), holding counts, blanks,
 * dashes, texts and stray numbers, with or without a title, a 统计时间 line, a serial column, a total row that
 * adds up or not, a published indicator column; sometimes a year-over-year table; one or two tables a sheet,
 * beside or below each other, anywhere on the sheet. And the fill options a user can choose.
 */
import fc from 'fast-check';
import type { CellRange, CellValue, Grid } from '../../src/core/base/grid';
import { FIELDS, INDICATORS } from '../../src/core/catalog';
import type { FillOptions } from '../../src/core/fill';
import { TARGET_PRESETS } from '../../src/core/presets';

/** the fields most indicators read, so that random tables often complete one */
const CORE_FIELDS = ['旧存数', '新收数', '受理数', '结案数', '未结数', '一审结案数', '二审收案数', '二审改判数', '二审发回数', '生效案件数', '再审改判数', '再审发回数', '指令再审数'];

const spellingsOf = (name: string): string[] => {
  const f = FIELDS.find((x) => x.name === name)!;
  return [f.name, ...f.synonyms];
};

/** a field's header, in one of the spellings the catalogue knows it by */
const coreHeader = fc.constantFrom(...CORE_FIELDS).chain((name) => fc.constantFrom(...spellingsOf(name)));
const anyHeader = fc.constantFrom(...FIELDS).chain((f) => fc.constantFrom(f.name, ...f.synonyms));
/** an indicator's name or alias, as a published column */
const indicatorHeader = fc.constantFrom(...INDICATORS.filter((d) => d.inputs.length)).chain((d) => fc.constantFrom(d.name, ...(d.aliases ?? [])));
/** a header nobody catalogued */
const strayHeader = fc.constantFrom('备注', '排序', '同比增减', '其他', '法官人数', '目标', '是否达标', '结案率目标');

const UNITS = ['延边中院', '延吉法院', '图们法院', '敦化法院', '珲春法院', '龙井法院', '和龙法院', '汪清法院', '安图法院', '焦作市中级人民法院', '解放区人民法院', '民一庭', '执行局', '铁路法院'];
const TOTALS = ['合计', '总计', '全市', '全州合计', '全市法院'];

/** what a court leaves in a count cell */
export const countCell: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 12, arbitrary: fc.integer({ min: 0, max: 5000 }) },
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.constantFrom('-', '—', '/', '－') },
  { weight: 1, arbitrary: fc.constantFrom('12件', '无', '暂无', '1,234', ' 35 ', '１２', '3.5', 'N/A', '') },
  { weight: 1, arbitrary: fc.string({ maxLength: 4 }) },
  { weight: 1, arbitrary: fc.double({ min: -10, max: 10, noNaN: true, noDefaultInfinity: true }) },
  { weight: 1, arbitrary: fc.constantFrom(1e20, -1, 0.5, { error: '#DIV/0!' as const }, true) },
);

/** what a published rate cell holds */
const rateCell: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 6, arbitrary: fc.double({ min: 0, max: 1, noNaN: true }) },
  { weight: 1, arbitrary: fc.constantFrom('89.29%', '100%', '-', null, '', 1.5) },
);

interface Block {
  values: CellValue[][];
  merges: CellRange[];
}

/** a unit matrix as rows of values (title and lines included), block-relative merges */
const unitMatrix: fc.Arbitrary<Block> = fc
  .record({
    title: fc.option(fc.constantFrom('2023年1-11月全市法院收结案情况', '2019年审判执行质效数据', '收结案情况', '执行案件情况'), { nil: null }),
    period: fc.option(fc.constantFrom('统计时间：2023年1-11月', '统计时间：2019年', '单位：件'), { nil: null }),
    serial: fc.boolean(),
    fields: fc.uniqueArray(coreHeader, { minLength: 1, maxLength: 6, selector: (h) => h }),
    extra: fc.uniqueArray(fc.oneof(anyHeader, strayHeader), { maxLength: 2, selector: (h) => h }),
    indicator: fc.option(indicatorHeader, { nil: null }),
    units: fc.uniqueArray(fc.constantFrom(...UNITS), { minLength: 1, maxLength: 7 }),
    total: fc.option(fc.record({ label: fc.constantFrom(...TOTALS), adds: fc.boolean() }), { nil: null }),
    note: fc.boolean(),
  })
  .chain((s) => {
    const headers = [...new Set([...s.fields, ...s.extra])];
    const width = headers.length + (s.indicator ? 1 : 0);
    return fc.record({
      s: fc.constant({ ...s, headers }),
      body: fc.array(fc.tuple(fc.array(countCell, { minLength: headers.length, maxLength: headers.length }), rateCell), { minLength: s.units.length, maxLength: s.units.length }),
      totals: fc.array(countCell, { minLength: width, maxLength: width }),
    });
  })
  .map(({ s, body, totals }) => {
    const values: CellValue[][] = [];
    const lead = (s.serial ? ['序号'] : []) as CellValue[];
    if (s.title) values.push([s.title]);
    if (s.period) values.push([s.period]);
    values.push([...lead, '院别', ...s.headers, ...(s.indicator ? [s.indicator] : [])]);
    s.units.forEach((u, i) => values.push([...(s.serial ? [i + 1] : []), u, ...body[i][0], ...(s.indicator ? [body[i][1]] : [])]));
    if (s.total) {
      const row: CellValue[] = [...(s.serial ? [null] : []), s.total.label];
      s.headers.forEach((_, j) => {
        const column = body.map((b) => b[0][j]);
        row.push(s.total!.adds && column.every((v) => typeof v === 'number') ? (column as number[]).reduce((a, b) => a + b, 0) : totals[j]);
      });
      if (s.indicator) row.push(totals[s.headers.length]);
      values.push(row);
    }
    if (s.note) values.push(['注：结案率 = 已结 ÷（旧存 + 新收）。']);
    return { values, merges: [] };
  });

/** a year-over-year table: each measure over 本期 / 上年同期 / 同比, the measure merged over its three columns */
const yoyTable: fc.Arbitrary<Block> = fc
  .record({
    measures: fc.uniqueArray(fc.constantFrom('结案率', '收案数', '结案数', '审限内结案率', '一审服判息诉率', '平均审理天数'), { minLength: 1, maxLength: 3 }),
    units: fc.uniqueArray(fc.constantFrom(...UNITS), { minLength: 1, maxLength: 6 }),
    changeFilled: fc.boolean(),
  })
  .chain((s) =>
    fc.record({
      s: fc.constant(s),
      body: fc.array(fc.array(fc.oneof(countCell, rateCell), { minLength: s.measures.length * 3, maxLength: s.measures.length * 3 }), { minLength: s.units.length, maxLength: s.units.length }),
    }),
  )
  .map(({ s, body }) => {
    const top: CellValue[] = ['院别'];
    const sub: CellValue[] = [null];
    const merges: CellRange[] = [{ top: 0, left: 0, bottom: 1, right: 0 }];
    s.measures.forEach((m, k) => {
      top.push(m, null, null);
      sub.push('本期', '上年同期', '同比');
      merges.push({ top: 0, left: 1 + 3 * k, bottom: 0, right: 3 + 3 * k });
    });
    const rows = s.units.map((u, i) => [u, ...body[i].map((v, j) => (j % 3 === 2 && !s.changeFilled ? null : v))]);
    return { values: [top, sub, ...rows], merges };
  });

/** one sheet: one or two tables, beside or below each other, moved off A1 by a few rows and columns */
const sheet: fc.Arbitrary<Grid> = fc
  .record({
    name: fc.constantFrom('统计', '收结案', '质效数据', 'Sheet1', '数据 (2)'),
    first: fc.oneof({ weight: 4, arbitrary: unitMatrix }, { weight: 1, arbitrary: yoyTable }),
    second: fc.option(unitMatrix, { nil: null, freq: 3 }),
    beside: fc.boolean(),
    gap: fc.integer({ min: 0, max: 2 }),
    top: fc.integer({ min: 0, max: 2 }),
    left: fc.integer({ min: 0, max: 2 }),
  })
  .map(({ name, first, second, beside, gap, top, left }) => {
    const cells = new Map<string, CellValue>();
    const merges: CellRange[] = [];
    let bottom = 0;
    let right = 0;
    const place = (b: Block, r0: number, c0: number) => {
      b.values.forEach((row, r) =>
        row.forEach((v, c) => {
          if (v === null) return;
          cells.set(`${r0 + r},${c0 + c}`, v);
          bottom = Math.max(bottom, r0 + r);
          right = Math.max(right, c0 + c);
        }),
      );
      for (const m of b.merges) merges.push({ top: m.top + r0, left: m.left + c0, bottom: m.bottom + r0, right: m.right + c0 });
    };
    place(first, top, left);
    const firstWidth = Math.max(...first.values.map((r) => r.length));
    if (second) place(second, beside ? top : top + first.values.length + gap, beside ? left + firstWidth + gap : left);
    const values: CellValue[][] = Array.from({ length: bottom + 1 }, (_, r) => Array.from({ length: right + 1 }, (_, c) => cells.get(`${r},${c}`) ?? null));
    return { sheet: name, origin: { row: 0, col: 0 }, values, formulas: values.map((r) => r.map(() => null)), numberFormats: values.map((r) => r.map(() => null)), merges };
  });

/** a workbook of one or two sheets (distinct names) */
export const workbook: fc.Arbitrary<Grid[]> = fc
  .uniqueArray(sheet, { minLength: 1, maxLength: 2, selector: (g) => g.sheet })
  .filter((book) => book.every((g) => g.values.length > 0));

/** the choices of the pane's 计算 tab and the command line's flags */
export const fillOptions: fc.Arbitrary<FillOptions> = fc.record(
  {
    targets: fc.constantFrom<FillOptions['targets']>('none', 'workbook', ...Object.keys(TARGET_PRESETS)),
    ranks: fc.boolean(),
    gaps: fc.boolean(),
    passFail: fc.boolean(),
    month: fc.integer({ min: 1, max: 12 }),
    keepExisting: fc.boolean(),
  },
  { requiredKeys: ['targets'] },
);
