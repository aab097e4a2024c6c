import { copyPreset, 延边2019Scoring } from '../../src/core/presets';
import { itemFormula } from '../../src/core/scoring';
import { formulaText } from '../../src/core/functions/formula';
import { literalSource, value } from './helpers';

const item = (id: string) => {
  for (const p of 延边2019Scoring.parts) for (const i of p.items) if (i.id === id) return i;
  throw new Error(id);
};
const wholeSteps = () => {
  const p = copyPreset(延边2019Scoring);
  p.assumptions.steps = 'floor';
  return p;
};
/** 发改指 of a court: all in 二审改判数 (the item sums the five fields) */
const fgz = (now: number, before: number) => ({ 二审改判数: [now, before] as [number, number], 二审发回数: [0, 0] as [number, number], 再审改判数: [0, 0] as [number, number], 再审发回数: [0, 0] as [number, number], 指令再审数: [0, 0] as [number, number] });

describe('延边2019 item 1 (发改指总量, 4 points per 1% decline, cap 40)', () => {
  test('图们法院 23 → 20: decline 13.04% scores the cap, 40', () => {
    const f = itemFormula(item('L1'), 延边2019Scoring, literalSource('基层', fgz(20, 23)));
    expect(value(f.expr!)).toBe(40);
  });
  test('珲春法院 64 → 60: decline 6.25% scores 25 pro-rata', () => {
    const f = itemFormula(item('L1'), 延边2019Scoring, literalSource('基层', fgz(60, 64)));
    expect(value(f.expr!)).toBeCloseTo(25, 10);
  });
  test('珲春法院 64 → 60 scores 24 with whole steps only', () => {
    const f = itemFormula(item('L1'), wholeSteps(), literalSource('基层', fgz(60, 64)));
    expect(value(f.expr!)).toBe(24);
  });
  test('an increase scores 0, never negative', () => {
    const f = itemFormula(item('L1'), 延边2019Scoring, literalSource('基层', fgz(70, 64)));
    expect(value(f.expr!)).toBe(0);
  });
  test('the total field is used when the data has it, and the formula names the decline', () => {
    const f = itemFormula(item('L1'), 延边2019Scoring, literalSource('基层', { 发改指总量: [20, 23] }));
    expect(formulaText(f.expr!, 'x')).toBe('=ZX.STEP_SCORE(ZX.DECLINE(20,23),4,40,,"按比例")');
    expect(value(f.expr!)).toBe(40);
  });
  test('a missing figure leaves the item empty and names what is missing', () => {
    const f = itemFormula(item('L1'), 延边2019Scoring, literalSource('基层', { 二审改判数: [1, 2] }));
    expect(f.expr).toBeNull();
    expect(f.missing).toContain('本年二审发回数');
  });
});

describe('STEP_SCORE cases of docs/domain/scoring.md through the engine', () => {
  // a decline of x% is produced by last = 100, this = 100 − x
  test.each([
    [10.5, 'linear', 40],
    [4.35, 'linear', 17.4],
    [4.35, 'floor', 16],
    [-3, 'linear', 0],
  ])('decline %p%% (%s) → %p', (decline, mode, expected) => {
    const p = copyPreset(延边2019Scoring);
    p.assumptions.steps = mode as 'linear' | 'floor';
    const f = itemFormula(item('L1'), p, literalSource('基层', { 发改指总量: [100 - decline, 100] }));
    expect(value(f.expr!) as number).toBeCloseTo(expected, 9);
  });
});

describe('litigation items with two rules', () => {
  test('item 3: meets ≧90% (3) + 二审收案数 down 10% at 0.2 per 1% (2)', () => {
    const f = itemFormula(item('L3'), 延边2019Scoring, literalSource('基层', { 二审收案数: [90, 100], 一审结案数: [1000, 900] }));
    // 服判息诉率 = 1 − 90/1000 = 91% ≥ 90% → 3; decline (100−90)/100 = 10% → 10 × 0.2 = 2
    expect(value(f.expr!) as number).toBeCloseTo(5, 10);
  });
  test('item 6: the rate fell 2 points (0.5 each → 1) and the retrial count fell 50% (capped 6)', () => {
    const f = itemFormula(
      item('L6'),
      延边2019Scoring,
      literalSource('基层', { 决定再审数: [2, 4], 提级再审数: [0, 0], 指令再审数: [0, 0], 申请再审申诉结案数: [100, 100] }),
    );
    // rate 4% → 2%: 2 points × 0.5 = 1; count 4 → 2: decline 50% × 0.5 = 25 → cap 6; 指定再审 absent counts 0
    expect(value(f.expr!) as number).toBeCloseTo(7, 10);
  });
});

describe('enforcement items (中院 and 基层 points, missed targets)', () => {
  test('执结率 met: full points, 6.25 for 中院 and 7.5 for 基层', () => {
    const figures = { 结案数: 85, 旧存数: 20, 新收数: 80 };
    expect(value(itemFormula(item('E2'), 延边2019Scoring, literalSource('中院', figures)).expr!)).toBe(6.25);
    expect(value(itemFormula(item('E2'), 延边2019Scoring, literalSource('基层', figures)).expr!)).toBe(7.5);
  });
  test('执结率 missed (70% against ≧80%): pro-rata 7.5 × 70/80, or 0 all-or-nothing', () => {
    const figures = { 结案数: 70, 旧存数: 20, 新收数: 80 };
    expect(value(itemFormula(item('E2'), 延边2019Scoring, literalSource('基层', figures)).expr!) as number).toBeCloseTo((7.5 * 0.7) / 0.8, 10);
    const p = copyPreset(延边2019Scoring);
    p.assumptions.missedTarget = 'all-or-nothing';
    expect(value(itemFormula(item('E2'), p, literalSource('基层', figures)).expr!)).toBe(0);
  });
  test('结案平均用时 (↓) missed: target ÷ actual', () => {
    const figures = { 结案用时总天数: 200 * 10, 结案数: 10 };
    // 200 days against ≦153.25: 5 × 153.25 / 200
    expect(value(itemFormula(item('E11'), 延边2019Scoring, literalSource('基层', figures)).expr!) as number).toBeCloseTo((5 * 153.25) / 200, 10);
  });
  test('失信名单撤销率: 50‰ misses ≦40.86‰ but meets ≦40.86% read as 408.6‰', () => {
    const figures = { 失信撤销数: 5, 失信名单数: 100 };
    const asPermille = itemFormula(item('E13'), 延边2019Scoring, literalSource('基层', figures));
    expect(value(asPermille.expr!) as number).toBeCloseTo((5 * 40.86) / 50, 10);
    const p = copyPreset(延边2019Scoring);
    p.assumptions.revocationTargetUnit = '%';
    expect(value(itemFormula(item('E13'), p, literalSource('基层', figures)).expr!)).toBe(5);
  });
  test('基层法院均值 does not apply to a 基层 court', () => {
    const f = itemFormula(item('E16'), 延边2019Scoring, literalSource('基层', {}));
    expect(f.points).toBe(0);
    expect(f.expr).toBeNull();
  });
});

describe('延边2019 执行 items 实际执结率 / 终本率 by the 受理 口径 (issue 12.1)', () => {
  // "实际执结率：不低于53.48%" (基层 8分), "终本率：不低于26.52%（…目标达到执结率80%）" (基层 5分)
  test('the rule names 受理, and the formula divides by 旧存 + 新收: 图们 145/(50+250) = 48.33% → 8 × 48.33/53.48', () => {
    const e5 = item('E5');
    expect(e5.rules[0]).toMatchObject({ kind: 'target', indicator: 'SJZJ_RATE', variant: '受理' });
    const f = itemFormula(e5, 延边2019Scoring, literalSource('基层', { 实际执结数: 145, 旧存数: 50, 新收数: 250, 结案数: 250 }));
    expect(formulaText(f.expr!, 'S')).toContain('ZX.SJZJ_RATE(145,50,250)');
    expect(value(f.expr!) as number).toBeCloseTo((8 * (145 / 300)) / 0.5348, 12);
  });
  test('an edited preset may name the 结案 口径: the formula says so', () => {
    const p = copyPreset(延边2019Scoring);
    const rule = p.parts[1].items.find((i) => i.id === 'E7')!.rules[0];
    if (rule.kind === 'target') rule.variant = '结案';
    const f = itemFormula(p.parts[1].items.find((i) => i.id === 'E7')!, p, literalSource('基层', { 终本数: 70, 旧存数: 50, 新收数: 250, 结案数: 250 }));
    expect(formulaText(f.expr!, 'S')).toContain('ZX.ZB_RATE(70,250,,"结案")');
    expect(value(f.expr!)).toBe(5); // 70/250 = 28% ≥ 26.52%
  });
});
