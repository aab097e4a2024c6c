/** The catalogue as data: complete (every indicator of docs/domain/indicators.md A–D, F), consistent, and findable by the names people use. */
import { directionFor, FIELDS, findField, findIndicator, findNamedRatio, INDICATORS, matchHeader, NAMED_RATIOS, nameKey } from '../../src/core/catalog';
import { ALL_FUNCTIONS, findFunction, GENERIC_FUNCTIONS } from '../../src/core/functions/registry';
import { CASE_FUNCTIONS } from '../../src/core/functions/case-number';

const CJK = /[\u4e00-\u9fff]/;

// the function names of docs/domain/indicators.md, sections A–D and F (transcribed)
const DOC_IDS = {
  A: 'FWXS_RATE SXFWXS_RATE GPFH_RATE CPBG_RATE SXGF_RATE GFZ_PERMILLE SXAJ_COUNT SQZS_RATE ZSL_RATE ZSSC_RATE JRZS_RATE SS_RATE AJB_RATIO TJSQZX_RATE',
  B: 'JA_RATE SXNJA_RATE SXNWJ_RATE PJSL_DAYS JSB_RATIO SJJH_RATIO RJJA_AVG JAJD_RATE YKS_RATE CQQJ_RATE DTXP_RATE SSYS_RATE JYCX_RATE XESS_RATE',
  C: 'TC_RATE TJ_RATE CS_RATE ZDLX_RATE SQFL_RATE SQTJ_RATE SZHJ_RATE WRCS_RATIO GK_RATE',
  D: 'ZJ_RATE YCCZJ_RATE ZBHG_RATE XFBJ_RATE SJZJ_RATE ZXWB_RATE ZB_RATE ZJIE_RATE ZXFDQX_RATE BQ_RATE ZXYS_DAYS DBBJ_RATE SXCX_PERMILLE HFWB_RATE DWL_RATE ZXBZ_RATE ZXFG_RATE XFQX_RATE XFHJ_RATE GJJD_AVG KKFF_RATE YYCG_RATE',
  F: 'ESGF_RATIO ZSGF_RATIO CQWJ_RATE SSYS_DAYS ESKT_RATE MSSQZX_RATE SQTJZB_RATE',
};
const GENERIC_IDS = 'BL_RATE TARGET MEETS GAP YOY CONTROL_LIMIT STEP_SCORE INDICATOR JAJD_FLOOR'.split(' ');

describe('completeness', () => {
  test.each(Object.entries(DOC_IDS))('section %s: every indicator of docs/domain/indicators.md is in the catalogue, in that section', (section, ids) => {
    for (const id of ids.split(' ')) expect(INDICATORS.find((i) => i.id === id)?.section).toBe(section);
  });
  test('section F also marks the A/B/D indicators the 2024 system names', () => {
    for (const id of ['AJB_RATIO', 'SS_RATE', 'SQZS_RATE', 'SXNJA_RATE', 'DWL_RATE', 'ZXWB_RATE', ...DOC_IDS.F.split(' ')])
      expect(INDICATORS.find((i) => i.id === id)?.version).toBe('2024');
  });
  test('every generic function of section E is there', () => {
    for (const id of GENERIC_IDS) expect(GENERIC_FUNCTIONS.some((f) => f.id === id)).toBe(true);
  });
  test('ALL_FUNCTIONS = indicators + generic + case-number functions, each id once', () => {
    expect(ALL_FUNCTIONS.length).toBe(INDICATORS.length + GENERIC_FUNCTIONS.length + CASE_FUNCTIONS.length);
    const ids = ALL_FUNCTIONS.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const f of CASE_FUNCTIONS) expect(ids).toContain(f.id);
  });
});

describe('indicator records', () => {
  test.each(INDICATORS.map((i) => [i.id, i] as const))('%s is complete and consistent', (id, ind) => {
    expect(id).toMatch(/^[A-Z][A-Z0-9_]*$/);
    expect(ind.name).toMatch(CJK);
    expect(ind.formula).toMatch(CJK);
    expect(ind.sources.length).toBeGreaterThan(0);
    for (const s of ind.sources) expect(['000', '001', '002', '003', '004']).toContain(s);
    const suffixUnit: Record<string, string> = { RATE: 'rate', PERMILLE: 'permille', DAYS: 'days', RATIO: 'ratio', AVG: 'avg', COUNT: 'count' };
    expect(ind.unit).toBe(suffixUnit[id.split('_').pop()!]);
    const formats: Record<string, string> = { rate: '0.00%', permille: '0.00"‰"', days: '0.0', ratio: '0.00', avg: '0.0', count: '0' };
    expect(ind.format).toBe(formats[ind.unit]);
    for (const input of [...ind.inputs, ...(ind.variants ?? []).flatMap((v) => v.inputs ?? [])]) {
      expect(FIELDS.some((f) => f.name === input.field)).toBe(true);
      expect(input.name).toMatch(CJK);
      expect(input.description).toMatch(CJK);
    }
  });

  test('variants: FWXS_RATE has two inputs 口径 (上级院 / 本院); YCCZJ_RATE 延边 / 平台', () => {
    const fwxs = findIndicator('FWXS_RATE')!;
    expect(fwxs.variants!.map((v) => v.id)).toEqual(['上级院', '本院']);
    expect(fwxs.variants![1].inputs![0].field).toBe('立案庭登记上诉案件数');
    expect(findIndicator('YCCZJ_RATE')!.variants!.map((v) => v.id)).toEqual(['延边', '平台']);
  });

  test('names and aliases point to one indicator each, none repeats another in a different spelling', () => {
    const seen = new Map<string, string>();
    for (const ind of INDICATORS)
      for (const n of [ind.name, ...ind.aliases]) {
        const k = nameKey(n);
        if (seen.has(k)) expect(`${n} in ${ind.id}`).toBe(`only in ${seen.get(k)}`);
        seen.set(k, ind.id);
      }
  });
});

describe('fields', () => {
  test('a synonym belongs to one field only and is no other field\'s name', () => {
    const owner = new Map<string, string>();
    for (const f of FIELDS) {
      for (const s of [f.name, ...f.synonyms]) {
        const k = nameKey(s);
        if (owner.has(k) && owner.get(k) !== f.name) expect(`${s} in ${f.name}`).toBe(`only in ${owner.get(k)}`);
        owner.set(k, f.name);
      }
    }
  });
  test('real header spellings find their field', () => {
    expect(findField('二审立案数')?.name).toBe('二审收案数');
    expect(findField('申请再审、申诉案件结案数')?.name).toBe('申请再审申诉结案数');
    expect(findField('旧存')?.name).toBe('旧存数');
    expect(findField('实际执行到位金额')?.name).toBe('到位金额');
  });
});

describe('lookups', () => {
  test.each([
    ['FWXS_RATE', 'FWXS_RATE'],
    ['ZX.FWXS_RATE', 'FWXS_RATE'],
    ['zx.fwxs_rate', 'FWXS_RATE'],
    ['一审服判息诉率', 'FWXS_RATE'],
    ['执结率', 'ZJ_RATE'],
    ['案-件比', 'AJB_RATIO'],
    ['生效案件被“改发指”率', 'GFZ_PERMILLE'],
    ['收结案数均衡度', 'SJJH_RATIO'], // not 结收比 (issue 12.8)
    ['电子送达率', 'GK_RATE'],
    ['裁判文书上网率', 'GK_RATE'],
  ])('findIndicator(%p) → %s', (text, id) => {
    expect(findIndicator(text)?.id).toBe(id);
  });
  test('findFunction takes ids, Chinese names and aliases of every kind of function', () => {
    expect(findFunction('是否达标')?.id).toBe('MEETS');
    expect(findFunction('zx.step_score')?.id).toBe('STEP_SCORE');
    expect(findFunction('执结率')?.id).toBe('ZJ_RATE');
    expect(findFunction('不存在的函数')).toBeNull();
  });
  test('every named ratio of GK_RATE is findable by each of its names', () => {
    expect(NAMED_RATIOS.map((r) => r.name)).toEqual(
      expect.arrayContaining(['案件流程信息有效公开率', '裁判文书上网率', '庭审直播率', '电子送达率', '网上缴费率', '科技法庭使用率', '电子卷宗合格率', '网拍成交率', '网络查控发起率']),
    );
    for (const r of NAMED_RATIOS) for (const n of [r.name, ...r.aliases]) expect(findNamedRatio(n)?.name).toBe(r.name);
  });
});

describe('matchHeader on the seeds\' real headers', () => {
  test.each([
    // T1
    ['二审被改判', '二审改判数'],
    ['二审\n被改判', '二审改判数'],
    ['再审被发回', '再审发回数'],
    ['指令再审', '指令再审数'],
    // T2
    ['决定再审', '决定再审数'],
    ['提级再审', '提级再审数'],
    ['二审立案数', '二审收案数'],
    ['申请再审、申诉受理数', '申请再审申诉数'],
    ['申请再审、申诉案件结案数', '申请再审申诉结案数'],
    // units and periods in headers
    ['结案数（件）', '结案数'],
    ['本期结案数', '结案数'],
    ['旧存', '旧存数'],
    ['发改指总量（40分）', '发改指总量'],
    ['其中：调解', '调解数'],
    ['审理天数合计（天）', '审理天数合计'],
    // the case line and the instance in either order, 民事 for 民商事 (published headers, test/corpus 04)
    ['2022年民事一审新收(件)', '一审民商事新收数'],
    ['民事一审结案数', '一审民事结案数'],
    ['一审民商事结案数', '一审民事结案数'],
  ])('%p → field %s', (header, field) => {
    const [best] = matchHeader(header);
    expect(best).toMatchObject({ field, indicator: null });
    expect(best.confidence).toBeGreaterThanOrEqual(0.9);
  });

  test.each([
    // T3 (seed 002 target table)
    ['一审服判息诉率', 'FWXS_RATE'],
    ['再审审查率', 'ZSSC_RATE'],
    ['一审案件改判、发回重审率', 'GPFH_RATE'],
    ['法定审限内结案率', 'SXNJA_RATE'],
    ['收结案数均衡度', 'SJJH_RATIO'],
    ['裁判自动履行率', 'ZDLX_RATE'],
    ['生效案件改判、发回重审率', 'SXGF_RATE'],
    ['一审案件裁判变更率', 'CPBG_RATE'],
    ['进入再审率', 'JRZS_RATE'],
    ['民事案件调解率', 'TJ_RATE'],
    ['撤诉率', 'CS_RATE'],
    ['平均审理天数', 'PJSL_DAYS'],
    ['法定审限内未结案比', 'SXNWJ_RATE'],
    ['上诉案件及时移转率', 'SSYS_RATE'],
    ['简易程序适用率', 'JYCX_RATE'],
    ['小额诉讼适用率', 'XESS_RATE'],
    ['终本合格率', 'ZBHG_RATE'],
    ['法定期限内执结率', 'YCCZJ_RATE'],
    ['恢复案件实际执行到位率', 'DWL_RATE'],
    // T4 prose names and decorated headers
    ['执行结案率', 'ZJ_RATE'],
    ['执行平均时长', 'ZXYS_DAYS'],
    ['涉企实际执行到位率', 'DWL_RATE'],
    ['电子送达率', 'GK_RATE'],
    ['平均审理天数（天）', 'PJSL_DAYS'],
    ['一审服判息诉率(%)', 'FWXS_RATE'],
    ['失信名单撤销率(千分比)', 'SXCX_PERMILLE'],
    ['案-件比', 'AJB_RATIO'],
  ])('%p → indicator %s', (header, indicator) => {
    const [best] = matchHeader(header);
    expect(best).toMatchObject({ indicator, field: null });
    expect(best.confidence).toBeGreaterThanOrEqual(0.9);
  });

  test('a header that only contains a known name is a weaker candidate, and says what matched', () => {
    const [best] = matchHeader('诉讼结案率');
    expect(best.indicator).toBe('JA_RATE');
    expect(best.matched).toBe('结案率');
    expect(best.confidence).toBeLessThan(0.9);
  });

  test('unit and serial columns, totals and years are not catalogue columns', () => {
    for (const h of ['序号', '院别', '单位', '2018年合计', '2019目标']) expect(matchHeader(h)).toEqual([]);
  });

  test('candidates come best first, at most the limit asked', () => {
    const guesses = matchHeader('再审被改判', 2);
    expect(guesses.length).toBe(2);
    expect(guesses[0].confidence).toBeGreaterThan(guesses[1].confidence);
  });
});

describe('function records', () => {
  test.each(ALL_FUNCTIONS.map((f) => [f.id, f] as const))('%s: Chinese description and parameters, no @, optional params last', (_id, f) => {
    expect(f.name).toMatch(CJK);
    expect(f.description).toMatch(CJK);
    expect(f.description).not.toContain('@');
    let optionalSeen = false;
    f.params.forEach((p, i) => {
      expect(p.description).toMatch(CJK);
      expect(p.description).not.toContain('@');
      if (p.repeating) expect(i).toBe(f.params.length - 1);
      if (p.optional || p.repeating) optionalSeen = true;
      else expect(optionalSeen).toBe(false);
    });
  });
});

describe('every record against the tables of docs/domain/indicators.md (transcribed from the document, not from the data)', () => {
  // id: direction (↑ up, ↓ down, — none), then the seed sources of its row
  const DOC = `
    FWXS_RATE ↑ 000 001 002 003 | SXFWXS_RATE ↑ 000 | GPFH_RATE ↓ 000 001 002 | CPBG_RATE ↓ 000 002 | SXGF_RATE ↓ 001 002
    GFZ_PERMILLE ↓ 003 | SXAJ_COUNT — 003 | SQZS_RATE ↓ 001 004 | ZSL_RATE ↓ 001 | ZSSC_RATE ↓ 002 | JRZS_RATE ↓ 000 002
    SS_RATE ↓ 004 | AJB_RATIO ↓ 004 | TJSQZX_RATE ↓ 003
    JA_RATE ↑ 000 002 | SXNJA_RATE ↑ 000 002 004 | SXNWJ_RATE ↑ 000 002 | PJSL_DAYS ↓ 000 002 003 | JSB_RATIO ↑ 000 | SJJH_RATIO ↑ 002
    RJJA_AVG ↑ 003 | JAJD_RATE ↑ 003 | YKS_RATE ↓ 003 | CQQJ_RATE ↑ 003 | DTXP_RATE ↑ 000 003 | SSYS_RATE ↑ 000 002
    JYCX_RATE ↑ 000 002 | XESS_RATE ↑ 000 002
    TC_RATE ↑ 000 002 | TJ_RATE ↑ 002 | CS_RATE ↑ 002 | ZDLX_RATE ↑ 000 002 | SQFL_RATE ↑ 000 002 | SQTJ_RATE ↑ 000 002
    SZHJ_RATE ↑ 003 | WRCS_RATIO ↓ 002 | GK_RATE ↑ 000 003
    ZJ_RATE ↑ 000 001 002 003 | YCCZJ_RATE ↑ 001 003 | ZBHG_RATE ↑ 000 001 002 003 | XFBJ_RATE ↑ 001 003 | SJZJ_RATE ↑ 001
    ZXWB_RATE ↑ 001 003 | ZB_RATE ↑ 001 | ZJIE_RATE — 001 | ZXFDQX_RATE ↑ 001 003 | BQ_RATE ↑ 001 | ZXYS_DAYS ↓ 000 001 003
    DBBJ_RATE ↑ 001 003 | SXCX_PERMILLE ↓ 001 003 | HFWB_RATE ↑ 001 | DWL_RATE ↑ 000 002 003 | ZXBZ_RATE ↑ 001 | ZXFG_RATE ↑ 001
    XFQX_RATE ↑ 003 | XFHJ_RATE ↑ 003 | GJJD_AVG ↓ 003 | KKFF_RATE ↑ 000 | YYCG_RATE ↓ 003
    ESGF_RATIO ↑ 004 | ZSGF_RATIO ↑ 004 | CQWJ_RATE ↓ 004 | SSYS_DAYS ↓ 004 | ESKT_RATE ↑ 004 | MSSQZX_RATE ↓ 004 | SQTJZB_RATE ↑ 004`;
  const rows = DOC.split(/[|\n]/)
    .map((r) => r.trim().split(/\s+/))
    .filter((r) => r.length > 1);
  const DIRECTION: Record<string, string> = { '↑': 'up', '↓': 'down', '—': 'none' };

  test('the transcription covers every indicator once', () => {
    expect(rows.map((r) => r[0]).sort()).toEqual(INDICATORS.map((i) => i.id).sort());
  });

  test.each(rows.map((r) => [r[0], r[1], r.slice(2)] as const))('%s: direction %s, sources %j', (id, arrow, sources) => {
    const ind = findIndicator(id)!;
    expect(ind.direction).toBe(DIRECTION[arrow]);
    expect([...ind.sources].sort()).toEqual([...sources].sort());
  });

  test('notes 1 and 2 are in the descriptions a user sees: 一审裁判变更率 is the common definition, 清积率 follows its name', () => {
    const fn = (id: string) => ALL_FUNCTIONS.find((f) => f.id === id)!.description;
    expect(fn('CPBG_RATE')).toContain('所据各考核文件未给出定义');
    expect(fn('CQQJ_RATE')).toMatch(/按指标名称.*已清理/);
  });
});

test('the direction belongs to the 口径 (issue 12.7): 终本率 ↑ by 受理 (延边2019 "不低于26.52%"), ↓ by 结案; 终结率 ↑ by 受理 only', () => {
  const zb = findIndicator('ZB_RATE')!;
  expect([directionFor(zb), directionFor(zb, '受理'), directionFor(zb, '结案')]).toEqual(['up', 'up', 'down']);
  const zjie = findIndicator('ZJIE_RATE')!;
  expect([directionFor(zjie), directionFor(zjie, '受理'), directionFor(zjie, '结案')]).toEqual(['none', 'up', 'none']);
  // every source a variant cites is a seed code or an address
  for (const ind of INDICATORS) for (const v of ind.variants ?? []) for (const s of v.sources) expect(s).toMatch(/^(00[0-4]|https?:\/\/\S+)$/);
});

test('the SPC 2024 lists (issue 12, SPC part): the revision merged 改判率/发回率 into the two 比; 法官人均结案数 was dropped', () => {
  const lists = (id: string) => findIndicator(id)!.spcLists;
  expect(lists('ESGF_RATIO')).toEqual(['2024-09']);
  expect(lists('ZSGF_RATIO')).toEqual(['2024-09']);
  expect(lists('RJJA_AVG')).toEqual(['2024-01']);
  expect(lists('AJB_RATIO')).toEqual(['2024-01', '2024-09']);
  expect(lists('SXNJA_RATE')).toEqual(['2024-01', '2024-09']);
  for (const ind of INDICATORS) if (ind.spcLists?.length) expect([ind.id, ind.spcSources?.every((s) => /^https?:\/\//.test(s))]).toEqual([ind.id, true]);
  // 超12个月未结案件比: the denominator is a 口径 choice (未结 by default, 受理 the scale of the SPC's 0.109%)
  expect(findIndicator('CQWJ_RATE')!.variants!.map((v) => v.id)).toEqual(['未结', '受理']);
});
