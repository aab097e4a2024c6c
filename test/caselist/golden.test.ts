/**
 * The aggregation gives, byte for byte, what it gave before the reader became columnar (./golden.ts recorded it
 * with the row-object reader): the same rows read, rejected and left out, the same counts per unit, the same
 * choices for the pane, the same EditPlan. Re-recorded once with the row-object reader on the 案号 parser of
 * issue 18 (old-style codes, local codes, the note's wording), when the two pieces of work were merged.
 */
import * as fs from 'fs';
import { caseLists, GOLDEN, OPTION_SETS, recordChoices, recordRun } from './golden';

const golden = JSON.parse(fs.readFileSync(GOLDEN, 'utf8')) as Record<string, { choices: string; runs: Record<string, unknown>[] }>;

let lists: Awaited<ReturnType<typeof caseLists>>;
beforeAll(async () => {
  lists = await caseLists();
}, 120_000);

test('the same case lists are found as when the results were recorded', () => {
  expect(lists.map((l) => l.name)).toEqual(Object.keys(golden));
});

test.each(Object.keys(golden))('%s: every run and the choices as recorded', (name) => {
  const { grid } = lists.find((l) => l.name === name)!;
  expect(recordChoices(grid)).toBe(golden[name].choices);
  OPTION_SETS.forEach((o, k) => expect([k, recordRun(grid, { ...o, source: 'golden.xlsx' })]).toEqual([k, golden[name].runs[k]]));
});
