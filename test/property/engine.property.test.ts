/**
 * Property-based tests of the engine (issue 11, item 8), over random workbooks (./arbitraries.ts) and fill
 * options:
 * - the engine never throws: recognizeGrid, verifyTables, fillOptionsFor, planFill;
 * - a plan never overwrites a cell unconfirmed: every write onto a non-empty cell, and every non-empty cell a
 *   merge clears, is in `overwrites` — unless the write leaves the cell as it is (a refresh, keepsCell);
 *   with keepExisting nothing non-empty is written at all;
 * - fill ∘ fill = fill: the plan made on the filled workbook changes nothing, adds no rule, sheet or merge;
 * - apply ∘ undo = identity on the test host.
 *
 * Reproducible: a fixed seed (ZX_PROPERTY_SEED to change it) and a run count (ZX_PROPERTY_RUNS, per property,
 * default 150; the test host runs a fifth of it, being slower): 480 generated cases by default, in about 10 s on
 * two busy cores. The number of generated cases is printed at the end. A failure prints its seed, path and
 * shrunk counterexample: rerun with that seed to reproduce it.
 *
 * fill ∘ fill = fill found: columns added past a neighbouring table joining it when read again, a 是 / 否 column
 * turning a table's first row into a header, a block of added columns filled as a table of its own, and rows of
 * a touching table filled as nameless units (test/fill/rerun.test.ts keeps each case).
 */
import fc from 'fast-check';
import { address, isBlank, type Grid } from '../../src/core/base/grid';
import { keepsCell, type EditPlan } from '../../src/core/base/plan';
import { fillOptionsFor, planFill, verifyTables } from '../../src/core/kinds';
import { recognizeGrid } from '../../src/core/recognize';
import type { RecognizedTable } from '../../src/core/recognize/types';
import { applyPlan, forgetInMemoryUndo, inspectPlan, revertLastApply } from '../../src/excel/adapter';
import { applyToBook } from '../fill/helpers';
import { installHost, workbookFrom } from '../host/index';
import { fillOptions, workbook } from './arbitraries';

const RUNS = Math.max(1, Number(process.env.ZX_PROPERTY_RUNS ?? 150));
const HOST_RUNS = Math.max(1, Math.round(RUNS / 5));
const SEED = Number(process.env.ZX_PROPERTY_SEED ?? 20241111);
const cases: Record<string, number> = {};

function settings(runs: number): fc.Parameters<unknown> {
  return { seed: SEED, numRuns: runs, endOnFailure: false };
}

/** the check, counting its runs under `name` */
function counted<A extends unknown[], R>(name: string, check: (...a: A) => R): (...a: A) => R {
  return (...a: A) => {
    cases[name] = (cases[name] ?? 0) + 1;
    return check(...a);
  };
}

afterAll(() => {
  const total = Object.values(cases).reduce((a, b) => a + b, 0);
  console.log(
    `property tests: ${total} generated cases (${Object.entries(cases)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ')}); seed ${SEED}, ZX_PROPERTY_RUNS=${RUNS}`,
  );
});

function recognizeBook(book: Grid[]): RecognizedTable[] {
  return book.flatMap((g) => recognizeGrid(g));
}

function holds(book: Grid[], sheet: string, row: number, col: number) {
  const g = book.find((x) => x.sheet === sheet);
  const r = row - (g?.origin.row ?? 0);
  const c = col - (g?.origin.col ?? 0);
  return { value: g?.values[r]?.[c] ?? null, formula: g?.formulas?.[r]?.[c] ?? null };
}

const nonEmpty = (h: { value: unknown; formula: string | null }) => !!h.formula || !isBlank(h.value as never);
const at = (sheet: string, row: number, col: number) => `${sheet}!${address(row, col)}`;

/** writes onto non-empty cells, and non-empty cells a merge clears, that the plan does not list as overwrites */
function unconfirmed(book: Grid[], plan: EditPlan): string[] {
  const confirmed = new Set(plan.overwrites.map((o) => at(o.sheet, o.row, o.col)));
  const written = new Set(plan.writes.map((w) => at(w.sheet, w.row, w.col)));
  const out: string[] = [];
  for (const w of plan.writes) {
    const h = holds(book, w.sheet, w.row, w.col);
    if (nonEmpty(h) && !keepsCell(w, h) && !confirmed.has(at(w.sheet, w.row, w.col))) out.push(`${at(w.sheet, w.row, w.col)} ${JSON.stringify(h)} ← ${w.formula ?? JSON.stringify(w.value)}`);
  }
  for (const m of plan.merges) {
    for (let row = m.range.top; row <= m.range.bottom; row++)
      for (let col = m.range.left; col <= m.range.right; col++) {
        const key = at(m.sheet, row, col);
        if (written.has(key) || confirmed.has(key)) continue;
        const h = holds(book, m.sheet, row, col);
        if (nonEmpty(h)) out.push(`${key} ${JSON.stringify(h)} cleared by the merge ${address(m.range.top, m.range.left)}:${address(m.range.bottom, m.range.right)}`);
      }
  }
  return out;
}

/** what a second plan would change on the filled workbook */
function changes(book: Grid[], plan: EditPlan): string[] {
  return plan.writes
    .map((w) => ({ w, h: holds(book, w.sheet, w.row, w.col) }))
    .filter(({ w, h }) => !keepsCell(w, h))
    .map(({ w, h }) => `${at(w.sheet, w.row, w.col)} ${JSON.stringify(h.formula ?? h.value)} → ${w.formula ?? JSON.stringify(w.value)}`);
}

describe('the engine on random workbooks', () => {
  test('never throws: recognise, verify, the fill offer, the plan', () => {
    fc.assert(
      fc.property(
        workbook,
        fillOptions,
        counted('never throws', (book, options) => {
          const tables = recognizeBook(book);
          for (const g of book) verifyTables(g, tables.filter((t) => t.sheet === g.sheet));
          const offer = fillOptionsFor(book, tables);
          planFill(book, tables, { ...options, tables: offer.defaults.tables });
          planFill(book, tables, options);
        }),
      ),
      settings(RUNS),
    );
  });

  test('a plan never writes over a non-empty cell unconfirmed; with keepExisting it writes over none', () => {
    fc.assert(
      fc.property(
        workbook,
        fillOptions,
        counted('never overwrites unconfirmed', (book, options) => {
          const plan = planFill(book, recognizeBook(book), options);
          expect(unconfirmed(book, plan)).toEqual([]);
          if (options.keepExisting) expect(plan.overwrites).toEqual([]);
          // every overwrite names what the cell holds now
          for (const o of plan.overwrites) expect(nonEmpty({ value: o.previous, formula: o.previousFormula ?? null })).toBe(true);
        }),
      ),
      settings(RUNS),
    );
  });

  test('fill ∘ fill = fill: on its own output the plan changes nothing, adds no rule, merge or sheet — whether or not the reader gives the rules', () => {
    fc.assert(
      fc.property(
        workbook,
        fillOptions,
        fc.boolean(),
        counted('fill ∘ fill = fill', (book, options, readsRules) => {
          const first = planFill(book, recognizeBook(book), options);
          let filled = applyToBook(book, first);
          if (!readsRules) filled = filled.map(({ conditionalFormats: _rules, ...g }) => g);
          const second = planFill(filled, recognizeBook(filled), options);
          expect(changes(filled, second)).toEqual([]);
          expect(second.overwrites).toEqual([]);
          const skippedBefore = new Set((first.skipped ?? []).map((s) => at(s.sheet, s.row, s.col)));
          expect((second.skipped ?? []).map((s) => at(s.sheet, s.row, s.col)).filter((k) => !skippedBefore.has(k))).toEqual([]);
          expect(second.conditionalFormats).toEqual([]);
          expect(second.merges).toEqual([]);
          expect(second.newSheets).toEqual([]);
        }),
      ),
      settings(RUNS),
    );
  });
});

describe('the engine and the adapter on the test host', () => {
  beforeEach(() => forgetInMemoryUndo());

  test('apply ∘ undo = identity: every sheet as it was, no sheet added', async () => {
    await fc.assert(
      fc.asyncProperty(
        workbook,
        fillOptions,
        counted('apply ∘ undo = identity', async (book, options) => {
          const plan = planFill(book, recognizeBook(book), options);
          const state = workbookFrom(book);
          const { uninstall } = installHost(state);
          try {
            const names = state.sheets.map((s) => s.name);
            const before = names.map((s) => state.snapshot(s));
            const { nonEmpty: confirm } = await inspectPlan(plan);
            await applyPlan(plan, confirm);
            await revertLastApply();
            expect(state.sheets.map((s) => s.name)).toEqual(names);
            expect(names.map((s) => state.snapshot(s))).toEqual(before);
          } finally {
            uninstall();
            forgetInMemoryUndo();
          }
        }),
      ),
      settings(HOST_RUNS),
    );
  });
});
