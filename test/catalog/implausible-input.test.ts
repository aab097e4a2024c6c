/**
 * Values that cannot be right are said so, never computed silently (issue 11, the smaller items): a count of
 * 12.5, a proportion below 0 or above 100%, a 下降比例 of 2, "1 2" read as 12, an empty target called 「-」, and a
 * message that echoes a 100,000-character argument.
 */
import { ALL_FUNCTIONS, findFunction } from '../../src/core/functions/registry';
import { applyFunction } from '../../src/core/functions/apply';
import { isErrorValue, type CellValue, type ErrorValue } from '../../src/core/base/grid';
import { INDICATORS } from '../../src/core/catalog';
import { isProportion } from '../../src/core/functions/indicator';
import { run } from '../../src/cli/main';

const call = (id: string, ...args: (CellValue | CellValue[][] | undefined)[]) => applyFunction(findFunction(id)!, args);

async function calc(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(['calc', ...args], { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

describe('a count is a whole number, not less than 0', () => {
  test('12.5 cases is #NUM! naming the argument', () => {
    const r = call('FWXS_RATE', 12.5, 1000) as ErrorValue;
    expect(r).toMatchObject({ error: '#NUM!' });
    expect(r.message).toMatch(/二审收案数.*12\.5.*整数/);
    expect(call('JA_RATE', 50, '10.5件', 100)).toMatchObject({ error: '#NUM!', message: expect.stringContaining('旧存数') });
    expect(call('CONTROL_LIMIT', 66.6, 0.1)).toMatchObject({ error: '#NUM!' });
  });

  test('amounts, days and ratios may have decimals; the generic BL_RATE and DECLINE take them too', () => {
    expect(call('DWL_RATE', 12.5, 100)).toBe(0.125);
    expect(call('PJSL_DAYS', 100.5, 10)).toBe(10.05);
    expect(call('WRCS_RATIO', 100, 52.3)).toBeCloseTo(100 / 52.3, 12);
    expect(call('BL_RATE', 2.5, 10)).toBe(0.25);
    expect(call('DECLINE', 0.0618, 0.0818)).toBeCloseTo(0.2 / 0.818, 12);
  });
});

describe('a proportion below 0 or above 100% is #NUM! naming the inputs that cannot both be right', () => {
  test('FWXS_RATE 100 12 (1 − 100 ÷ 12 = −733%): 二审收案数 cannot be more than 一审结案数', () => {
    const r = call('FWXS_RATE', 100, 12) as ErrorValue;
    expect(r.error).toBe('#NUM!');
    expect(r.message).toContain('「二审收案数」（100）不能大于「一审结案数」（12）');
    expect(r.message).toContain('-733.33%');
  });

  test('JA_RATE 120 of 10 + 90: 结案数 cannot be more than 旧存数 + 新收数', () => {
    const r = call('JA_RATE', 120, 10, 90) as ErrorValue;
    expect(r.error).toBe('#NUM!');
    expect(r.message).toContain('「结案数」（120）不能大于「旧存数」 + 「新收数」（100）');
  });

  test('a ‰ proportion is bounded by 1000‰; the bounds themselves are fine', () => {
    expect(call('GFZ_PERMILLE', 8, 5, 10)).toMatchObject({ error: '#NUM!', message: expect.stringContaining('1300‰') });
    expect(call('GFZ_PERMILLE', 5, 5, 10)).toBe(1000);
    expect(call('JA_RATE', 100, 10, 90)).toBe(1);
    expect(call('FWXS_RATE', 12, 12)).toBe(0);
  });

  test('indicators whose numerator is not counted in the denominator may pass 100%', () => {
    const open = INDICATORS.filter((i) => (i.unit === 'rate' || i.unit === 'permille') && !isProportion(i)).map((i) => i.id);
    expect(open.sort()).toEqual(['MSSQZX_RATE', 'SZHJ_RATE']);
    expect(call('SZHJ_RATE', 800, 100, 300, 1000)).toBe(1.2);
    // 结收比 is a ratio, not a proportion: 1.2 is a court closing more than it received
    expect(call('JSB_RATIO', 120, 100)).toBe(1.2);
  });

  test('the command line shows the reason beside #NUM!', async () => {
    const r = await calc('FWXS_RATE', '100', '12');
    expect(r).toMatchObject({ code: 1, out: ['#NUM!'] });
    expect(r.err[0]).toContain('二审收案数');
  });
});

describe('CONTROL_LIMIT: 下降比例 is between 0 and 1, so a limit is never negative', () => {
  test('CONTROL_LIMIT 100 2 is #NUM! naming 下降比例 (was −100)', () => {
    const r = call('CONTROL_LIMIT', 100, 2) as ErrorValue;
    expect(r.error).toBe('#NUM!');
    expect(r.message).toMatch(/下降比例.*0到1之间/);
  });

  test('10% and 0.1 mean the same; 100% leaves 0; a blank ratio is #VALUE! (no default to fall back on)', () => {
    expect(call('CONTROL_LIMIT', 67, '10%')).toBe(60);
    expect(call('CONTROL_LIMIT', 67, 0.1)).toBe(60);
    expect(call('CONTROL_LIMIT', 67, 1)).toBe(0);
    expect(call('CONTROL_LIMIT', 67, null)).toMatchObject({ error: '#VALUE!', message: expect.stringContaining('下降比例') });
  });
});

describe('"1 2" is not 12', () => {
  test('zhixiao calc FWXS_RATE "1 2" 100 is #VALUE! with the reason', async () => {
    const r = await calc('FWXS_RATE', '1 2', '100');
    expect(r).toMatchObject({ code: 1, out: ['#VALUE!'] });
    expect(r.err[0]).toMatch(/二审收案数.*1 2.*空格/);
  });

  test('a space before a unit is still fine: 12 件', async () => {
    expect((await calc('FWXS_RATE', '12 件', '100')).out).toEqual(['0.88']);
  });
});

describe('an empty target is not 「-」', () => {
  test('GAP 0.5 "" says the target is empty (#N/A 目标为空), not that it is 「-」', async () => {
    const r = call('GAP', 0.5, '') as ErrorValue;
    expect(r.error).toBe('#N/A');
    expect(r.message).toContain('目标为空');
    expect(r.message).not.toContain('「-」');
    expect((await calc('GAP', '0.5', '')).err[0]).toContain('目标为空');
  });

  test('MEETS the same; a target of 「-」 is still 不考核; TARGET of a blank cell is an empty result', () => {
    expect(call('MEETS', 0.9, null)).toMatchObject({ error: '#N/A', message: expect.stringContaining('目标为空') });
    expect(call('MEETS', 0.9, '-')).toMatchObject({ error: '#N/A', message: expect.stringContaining('不考核') });
    expect(call('TARGET', '')).toBeNull();
  });
});

describe('a message quotes at most a short prefix of a long argument', () => {
  const long = '长'.repeat(100_000);

  test('every function, a 100,000-character text in each argument position: every message stays short', () => {
    const tooLong: string[] = [];
    for (const f of ALL_FUNCTIONS) {
      for (let i = 0; i < f.params.length; i++) {
        const args: CellValue[] = f.params.map((p) => (p.repeating ? 5 : /目标/.test(p.name) ? '≥90%' : /案号/.test(p.name) ? '（2023）豫0802民初1号' : 5));
        if (f.id === 'INDICATOR') args[0] = '一审服判息诉率';
        for (const text of [long, `（2023）豫0802民初1号${long}`, `≥${long}`]) {
          const a = args.slice();
          a[i] = text;
          const r = applyFunction(f, a);
          if (isErrorValue(r) && (r.message ?? '').length > 200) tooLong.push(`${f.id}(${f.params[i].name}): ${(r.message ?? '').length}`);
        }
      }
    }
    expect(tooLong).toEqual([]);
  });

  test('an error passed in from Excel with a long message is quoted short too', () => {
    const r = call('FWXS_RATE', { error: '#N/A', message: long }, 1000) as ErrorValue;
    expect(r.message!.length).toBeLessThan(120);
  });
});
