/**
 * The committed fixture files are what build-fixtures.ts builds: same sheets, values, formats and merges,
 * and the same planted findings. (Rebuild with `node scripts/run-ts.js test/fixtures/build-fixtures.ts`.)
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { workbookToGrids } from '../../src/cli/xlsx-read';
import { buildAll, FIXTURE_ERRORS } from '../fixtures/build-fixtures';
import { T1_ROWS, T1_TOTAL, T2_ROWS, T2_TOTAL, T3_INDICATORS } from '../fixtures/seed-tables';
import { FIXTURES, loadFixture } from './helpers';

const built = buildAll();

describe.each(Object.keys(built))('%s', (name) => {
  it('is committed as built from the seed tables', async () => {
    const fresh = new ExcelJS.Workbook();
    await fresh.xlsx.load((await built[name].xlsx.writeBuffer()) as ArrayBuffer);
    const expected = workbookToGrids(fresh);
    const committed = await loadFixture(name);
    expect(committed).toEqual(expected);
  });
});

it('records the same planted findings as the committed expected-findings.json', () => {
  const committed = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'expected-findings.json'), 'utf8'));
  expect(committed).toEqual(JSON.parse(JSON.stringify(FIXTURE_ERRORS)));
});

describe('the seed tables are self-consistent (the fixtures rely on it)', () => {
  it('T1: each 2018年合计 is the sum of its five counts, and the 总计 row sums the courts', () => {
    for (const r of T1_ROWS) expect(r[5]).toBe(r[0] + r[1] + r[2] + r[3] + r[4]);
    T1_TOTAL.forEach((t, j) => expect(t).toBe(T1_ROWS.reduce((s, r) => s + r[j], 0)));
  });

  it('T1: 目标 = −CEILING(合计 × 10%) and 上限 = 合计 + 目标', () => {
    for (const r of T1_ROWS) {
      expect(r[6]).toBe(-Math.ceil(Number((r[5] * 0.1).toPrecision(12))));
      expect(r[7]).toBe(r[5] + r[6]);
    }
  });

  it('T2: the 总计 row sums the courts', () => {
    T2_TOTAL.forEach((t, j) => expect(t).toBe(T2_ROWS.reduce((s, r) => s + r[j], 0)));
  });

  it('T3: twenty indicators, each with a target for 中院, 基层法院 and 全市法院', () => {
    expect(T3_INDICATORS).toHaveLength(20);
    expect(T3_INDICATORS.filter((x) => x.targets.some((t) => t !== '-'))).toHaveLength(20);
  });
});
