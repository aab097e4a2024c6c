import { WorkbookState } from './workbook';

describe('formulas on the test host', () => {
  test('ZX functions registered from the catalogue evaluate as the engine does, errors as Excel shows them', () => {
    const state = new WorkbookState();
    const s = state.addSheet('表');
    state.setInput(s, 0, 0, 90);
    state.setInput(s, 0, 1, 100);
    state.setInput(s, 0, 2, '=ZX.JSB_RATIO(A1,B1)');
    state.setInput(s, 0, 3, '=ZX.JSB_RATIO(A1,0)');
    state.setInput(s, 0, 4, '=ZX.NO_SUCH(A1)');
    state.setInput(s, 0, 5, '=SUM(A1:B1)');
    expect(state.value(s, 0, 2)).toBe(0.9);
    expect(state.value(s, 0, 3)).toBe('#DIV/0!');
    expect(state.value(s, 0, 4)).toBe('#NAME?');
    expect(state.value(s, 0, 5)).toBe(190);
  });

  test('a ZX function over ranges spills element-wise, as Excel’s dynamic arrays do', () => {
    const state = new WorkbookState();
    const s = state.addSheet('表');
    [
      [90, 100],
      [45, 50],
      [30, 40],
    ].forEach(([a, b], r) => {
      state.setInput(s, r, 0, a);
      state.setInput(s, r, 1, b);
    });
    state.setInput(s, 0, 2, '=ZX.JSB_RATIO(A1:A3,B1:B3)');
    expect([0, 1, 2].map((r) => state.value(s, r, 2))).toEqual([0.9, 0.9, 0.75]);
  });

  test('a write updates the formulas that depend on it', () => {
    const state = new WorkbookState();
    const s = state.addSheet('表');
    state.setInput(s, 0, 0, 1);
    state.setInput(s, 0, 1, '=A1*2');
    expect(state.value(s, 0, 1)).toBe(2);
    state.setInput(s, 0, 0, 5);
    expect(state.value(s, 0, 1)).toBe(10);
    state.setInput(s, 0, 0, '001'); // text stays text
    expect(state.value(s, 0, 0)).toBe('001');
  });

  test('RANK.EQ and RANK rank as Excel does: ties share the better rank, text is ignored, ascending with order 1', () => {
    const state = new WorkbookState();
    const s = state.addSheet('表');
    [0.9, 0.95, 0.9, '89.29%', 0.8].forEach((v, r) => state.setInput(s, r, 0, v));
    state.setInput(s, 0, 1, '=RANK.EQ(A1,$A$1:$A$5,0)');
    state.setInput(s, 1, 1, '=RANK.EQ(A2,$A$1:$A$5)');
    state.setInput(s, 2, 1, '=RANK(A3,$A$1:$A$5,0)');
    state.setInput(s, 4, 1, '=RANK.EQ(A5,$A$1:$A$5,1)');
    state.setInput(s, 5, 1, '=RANK.EQ(0.5,$A$1:$A$5)');
    expect([0, 1, 2, 4].map((r) => state.value(s, r, 1))).toEqual([2, 1, 2, 1]);
    expect(state.value(s, 5, 1)).toBe('#N/A');
  });
});
