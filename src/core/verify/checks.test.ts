import { gridOf } from '../../../test/recognize/helpers';
import { recognizeGrid } from '../recognize';
import type { LayoutKind } from '../recognize/types';
import { ALL_CHECKS, VERIFY_CHECKS, verifyTables, type CheckId } from '.';

/** a wrong rate (E3), a wrong 合计 (C4) and a wrong 受理 (F2) */
const grid = gridOf(
  [
    ['院别', '旧存', '新收', '结案', '结案率', '受理'],
    ['延吉法院', 10, 100, 99, 0.9, 111],
    ['图们法院', 5, 50, 45, 0.5, 55],
    ['合计', 15, 151, 144, 0.8675, 166],
  ],
  { formats: { E2: '0.00%', E3: '0.00%', E4: '0.00%' } },
);

describe('the table of checks', () => {
  it('has one record per check, each named and described in Chinese', () => {
    expect(VERIFY_CHECKS.map((c) => c.id)).toEqual(['indicators', 'totals', 'breakdowns', 'column-sums', 'yoy', 'targets']);
    expect(ALL_CHECKS).toEqual(VERIFY_CHECKS.map((c) => c.id));
    for (const c of VERIFY_CHECKS) {
      expect(c.name).toMatch(/^[\u4e00-\u9fff]+$/);
      expect(c.description).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});

describe('choosing the checks for a table kind (VerifyOptions.checks)', () => {
  const cells = (checks?: (kind: LayoutKind) => readonly CheckId[]) => verifyTables(grid, recognizeGrid(grid), { checks }).findings.map((f) => f.cell);

  it('runs every check when the caller does not choose', () => {
    expect(cells(() => ALL_CHECKS)).toEqual(cells());
    expect(cells()).toEqual(['E3', 'C4', 'F2']);
  });

  it('runs only the checks chosen, in the table\'s order whatever the order given', () => {
    expect(cells(() => ['totals'])).toEqual(['C4']);
    expect(cells(() => ['column-sums', 'indicators'])).toEqual(['E3', 'F2']);
  });

  it('runs nothing on a kind given no checks', () => {
    expect(verifyTables(grid, recognizeGrid(grid), { checks: () => [] })).toEqual({ checked: 0, findings: [] });
  });
});
