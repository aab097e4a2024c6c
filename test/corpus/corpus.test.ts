/**
 * The real-table corpus as a floor: the scoreboard of `npm run corpus` (test/corpus/score.ts) may only go up.
 * The constants are the levels measured when the scoreboard was written; raise them as the recogniser gets
 * better (never lower them to make a change pass).
 */
import { scoreCorpus, summarise, type Summary, type TableScore } from './score';

const TABLES_AT_LEAST = 29;
const FULL_AT_LEAST = 24;
const ROW_ROLE_ACCURACY_AT_LEAST = 0.961;
const COLUMN_ACCURACY_AT_LEAST = 0.953;
const HEADER_ACCURACY_AT_LEAST = 0.931;
const FINDINGS_PRECISION_AT_LEAST = 1;
const FINDINGS_RECALL_AT_LEAST = 1;
/** False findings allowed on tables that must have none: none (each would tell a court its correct table is wrong). */
const KNOWN_FALSE_FINDINGS: Record<string, number> = {};

describe('real-table corpus (test/corpus)', () => {
  let scores: TableScore[];
  let total: Summary;
  beforeAll(async () => {
    scores = await scoreCorpus();
    total = summarise(scores);
  });

  it('scores every table of the corpus', () => {
    expect(total.tables).toBeGreaterThanOrEqual(TABLES_AT_LEAST);
  });

  it('recognises at least as many tables in full as before', () => {
    expect(total.full).toBeGreaterThanOrEqual(FULL_AT_LEAST);
  });

  it('keeps row roles, columns and header rows at least as accurate as before', () => {
    expect(total.rowRoleAccuracy).toBeGreaterThanOrEqual(ROW_ROLE_ACCURACY_AT_LEAST);
    expect(total.columnAccuracy).toBeGreaterThanOrEqual(COLUMN_ACCURACY_AT_LEAST);
    expect(total.headerAccuracy).toBeGreaterThanOrEqual(HEADER_ACCURACY_AT_LEAST);
  });

  it('keeps findings precision and recall at least as high as before', () => {
    expect(total.findingsPrecision).toBeGreaterThanOrEqual(FINDINGS_PRECISION_AT_LEAST);
    expect(total.findingsRecall).toBeGreaterThanOrEqual(FINDINGS_RECALL_AT_LEAST);
  });

  it('reports no false finding on a table that must have none', () => {
    const over = scores
      .filter((s) => s.mustNotFind && s.fp > (KNOWN_FALSE_FINDINGS[s.file] ?? 0))
      .map((s) => `${s.file}: ${s.differences.filter((d) => d.what === 'finding').map((d) => d.where).join(', ')}`);
    expect(over).toEqual([]);
  });
});
