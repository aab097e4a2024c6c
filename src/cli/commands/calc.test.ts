import { run } from '../main';
import { formatGeneral, parseArg } from './calc';

async function calc(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(['calc', ...args], { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

describe('zhixiao calc', () => {
  test('FWXS_RATE 160 1000 prints 0.84', async () => {
    expect(await calc('FWXS_RATE', '160', '1000')).toEqual({ code: 0, out: ['0.84'], err: [] });
  });

  test('accepts ZX. prefix, any case, a Chinese name or an alias', async () => {
    for (const name of ['ZX.FWXS_RATE', 'zx.fwxs_rate', '一审服判息诉率', '服判息诉率']) expect((await calc(name, '160', '1000')).out).toEqual(['0.84']);
    expect((await calc('执结率', '80', '20', '80')).out).toEqual(['0.8']);
  });

  test('prints numbers as Excel\'s General format shows them', async () => {
    expect((await calc('ZSL_RATE', '10', '38', '11', '', '721')).out).toEqual(['0.081830791']);
    expect((await calc('ZSL_RATE', '88', '49', '19', '', '985')).out).toEqual(['0.158375635']);
    expect((await calc('STEP_SCORE', '4.35%', '4', '40')).out).toEqual(['17.4']);
  });

  test('cell texts are read as a cell would: 160件, ９２%, targets', async () => {
    expect((await calc('FWXS_RATE', '160件', '1,000')).out).toEqual(['0.84']);
    expect((await calc('MEETS', '９２%', '≧90%')).out).toEqual(['TRUE']);
    expect((await calc('TARGET', '不超过1.5‰')).out).toEqual(['1.5']);
  });

  test('an array constant spills rows and columns, tab-separated', async () => {
    const r = await calc('CONTROL_LIMIT', '{67;252;23}', '10%');
    expect(r).toEqual({ code: 0, out: ['60', '226', '20'], err: [] });
    expect((await calc('BL_RATE', '{1,2}', '{2,8}')).out).toEqual(['0.5\t0.25']);
  });

  test('an error prints the Excel error and the message, exit 1', async () => {
    const r = await calc('FWXS_RATE', '160', '0');
    expect(r.code).toBe(1);
    expect(r.out).toEqual(['#DIV/0!']);
    expect(r.err[0]).toMatch(/^#DIV\/0!：.*一审结案数/);
    const t = await calc('FWXS_RATE', 'abc', '1000');
    expect(t.out).toEqual(['#VALUE!']);
    expect(t.err[0]).toContain('二审收案数');
  });

  test('an error inside a spilled range is listed with its position, exit 1', async () => {
    const r = await calc('BL_RATE', '{1;2}', '{2;0}');
    expect(r.code).toBe(1);
    expect(r.out).toEqual(['0.5', '#DIV/0!']);
    expect(r.err).toEqual(['第2行第1列 #DIV/0!：分母为0，无法计算']);
  });

  test('usage errors: no name, unknown name, too many arguments — one line, exit 1', async () => {
    for (const args of [[], ['NO_SUCH_FUNCTION', '1'], ['FWXS_RATE', '1', '2', '3', '4']]) {
      const r = await calc(...args);
      expect(r.code).toBe(1);
      expect(r.out).toEqual([]);
      expect(r.err.length).toBe(1);
      expect(r.err[0]).toMatch(/^错误：/);
    }
  });

  test('--list names every function', async () => {
    const r = await calc('--list');
    expect(r.code).toBe(0);
    expect(r.out.some((l) => l.startsWith('ZX.FWXS_RATE\t一审服判息诉率'))).toBe(true);
    expect(r.out.some((l) => l.startsWith('ZX.STEP_SCORE\t'))).toBe(true);
  });

  test('zhixiao --help lists calc', async () => {
    const out: string[] = [];
    await run(['--help'], { out: (l) => out.push(l), err: () => undefined });
    expect(out.join('\n')).toContain('zhixiao calc NAME ARG…');
  });
});

describe('formatGeneral', () => {
  test.each([
    [0.84, '0.84'],
    [0.08183079056865465, '0.081830791'],
    [0.1 + 0.2, '0.3'],
    [17.4, '17.4'],
    [571, '571'],
    [-0.05, '-0.05'],
    [1234567.891234, '1234567.891'],
    [12345678901, '12345678901'],
    [123456789012, '1.23457E+11'],
    [0.000001234, '1.234E-06'],
    [0, '0'],
  ])('%p → %s', (x, shown) => {
    expect(formatGeneral(x)).toBe(shown);
  });
});

test('parseArg: empty is a blank cell, braces an array constant', () => {
  expect(parseArg('')).toBeNull();
  expect(parseArg('12件')).toBe('12件');
  expect(parseArg('{1,"a";,4}')).toEqual([['1', 'a'], [null, '4']]);
});

test('parseArg: a quoted cell keeps its comma and semicolon; "" inside quotes is one quote', () => {
  expect(parseArg('{"1,234";"12件"}')).toEqual([['1,234'], ['12件']]);
  expect(parseArg('{"a;b","say ""hi"""}')).toEqual([['a;b', 'say "hi"']]);
  expect(parseArg('{""}')).toEqual([['']]);
});

test('parseArg: an empty constant, unpaired quotes and ragged rows are refused with a reason', () => {
  expect(() => parseArg('{}')).toThrow('是空的');
  expect(() => parseArg('{"1,2}')).toThrow('引号没有成对');
  expect(() => parseArg('{1,2;3}')).toThrow('列数不一致');
});

test('too few arguments is refused as Excel refuses the formula; "" is an empty cell', async () => {
  const r = await calc('FWXS_RATE', '160');
  expect(r.code).toBe(1);
  expect(r.out).toEqual([]);
  expect(r.err).toEqual(['错误：ZX.FWXS_RATE 至少需要 2 个参数（二审收案数, 一审结案数），给了 1 个；空单元格请写 ""']);
  // a blank count is 0 (docs/functions.md): 160 appeals over 0 closings divides by zero
  const blank = await calc('FWXS_RATE', '160', '');
  expect(blank.out).toEqual(['#DIV/0!']);
  expect(blank.err[0]).toContain('一审结案数');
});

test('a quoted thousands separator inside an array constant is read as one number', async () => {
  expect((await calc('FWXS_RATE', '{160;"1,085"}', '{"1,000";"5,000"}')).out).toEqual(['0.84', '0.783']);
});
