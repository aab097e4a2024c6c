/**
 * Every confidence recognition reports and every threshold it decides by, in one table: tune a number here
 * and nowhere else. `CONFIDENCE` is what a column or a total row carries in `recognize --json` (0..1: 1 is
 * sure, below `THRESHOLD.accept` the user is asked); `THRESHOLD` is how much evidence decides a reading;
 * `LIMIT` is how much of a table is looked at (for speed on large sheets). Each value's comment says why.
 */

export const CONFIDENCE = {
  /** 序号, 院别, 承办法官 …: a header the vocabulary names exactly leaves nothing to doubt */
  namedByHeader: 1,
  /** a serial column read from 1, 2, 3 … or a unit column from a column of names: sure, but no header said so */
  labelByValues: 0.8,
  /** a second label column (the 庭室 of each 承办法官): named by its header, but which one is the unit is a choice */
  groupLabelColumn: 0.9,
  /** 目标, 得分, 排名, 差距, 备注, 是否达标: a role the vocabulary's header words give, sure of the role, not of what it scores or targets */
  headerWord: 0.9,
  /** 实际值, 完成值: an indicator's figures, but which indicator the rows say */
  actualColumn: 0.8,
  /** a row-total column (`2018年合计`) whose field is not known from its header alone */
  rowTotalColumn: 0.7,
  /** 本期, 上年同期 alone: a figure column whose measure is the row's */
  periodOnlyColumn: 0.8,
  /** a catalogue match found on part of the header path (its last two elements, a group label), not on the whole or the leaf */
  partialPathFactor: 0.95,
  /** nothing in the catalogue matched: the column is unknown and carries guesses */
  unknownColumn: 0,
  /** `增减幅度` after one measure for two periods read as its 同比: by position, not by name */
  changeColumn: 0.8,
  /** a `合计` column named from the fields before it (2018年合计 over 发改指 → 发改指总量): by the vocabulary, not by arithmetic */
  namedTotalColumn: 0.8,
  /** the second spelling of a field that adds up as that field's column total (收案数 = 旧存 + 新收 → 受理数) */
  completedColumnSum: 0.8,
  /** the second spelling of a field that adds up to nothing: unknown, its match confidence halved so it is asked */
  duplicateFieldFactor: 0.5,
  /** a column headed by a court level (中院, 基层) in a table whose rows are measures */
  levelColumn: 0.9,
  /** a total or subtotal whose figures add up in every column checked */
  totalAddsUp: 1,
  /** a total by its label only: no figures to add up (a blank template) */
  totalLabelOnly: 0.7,
  /** a total that adds up in more columns than not: probably a total with a few typing errors */
  totalMostlyAddsUp: 0.6,
  /** a total by its label whose figures mostly do not add up: kept, but verify reports it */
  totalDoesNotAddUp: 0.4,
  /** an unlabelled group row found by arithmetic alone (审判部门 over its 庭): for the user to confirm */
  groupRowByArithmetic: 0.8,
  /** an unlabelled first or last row that is the sum of all the others: arithmetic in two columns or more */
  unlabelledTotal: 0.9,
} as const;

export const THRESHOLD = {
  /** a catalogue match at least this close is taken, else the column is unknown with guesses: a header containing a spelling scores 0.6–0.9, one that is only part of a spelling at most 0.5 */
  accept: 0.6,
  /** a catalogue match at least this close is exact (a name 1, a synonym 0.95; containments score less): no guesses shown */
  exactMatch: 0.9,
  /** the catalogue's confidence for a header that is a field's or indicator's own name (catalog/index.ts) */
  catalogName: 1,
  /** the catalogue's confidence for a header that is a synonym or alias (catalog/index.ts) */
  catalogSynonym: 0.95,
  /** a candidate must beat the best so far by more than rounding to replace it (the first candidate wins a tie) */
  matchTie: 1e-9,
  /** a published figure agrees with a sum within this relative error (floating point, not rounding) */
  sumTolerance: 1e-6,
  /** a half or more of a column's filled cells decide its value kind (dates, percents, numbers) */
  valueKindShare: 0.5,
  /** targets, dashes and text percents in this share of a column's cells make it a target column (some levels are blank or 不考核) */
  targetColumnShare: 0.6,
  /** a leading column with this share of figures is the first data column: the label columns end before it */
  figureColumnShare: 0.5,
  /** a leading column with this share of texts is a column of names: the unit column when no header says so */
  nameColumnShare: 0.6,
  /** 1, 2, 3 … in at least this many rows make a serial column (one number is any figure) */
  serialRowsMin: 2,
  /** a column of list markers: this share of its marks is one and the same (`-` on every row, a footnote's `*`) */
  markerShare: 0.8,
  /** one text merged across this share of the table's width, with no figures, is a section heading */
  sectionSpan: 0.6,
  /** a second spelling of a field adds up as a column total on this share of the unit rows (a few typing errors allowed) */
  columnSumShare: 0.5,
  /** a group row: the sum of its members in at least this many columns, and wrong in none (one column may agree by chance) */
  groupRowAgree: 2,
  /** an unlabelled total: the sum of the other rows in this many columns (or all of them when there are fewer) */
  unlabelledTotalAgree: 2,
  /** an unlabelled total needs this many rows: of two rows either may be the sum of the other */
  unlabelledTotalRows: 3,
  /** this share of the rows sampled name indicators or measures: the rows are measures, not units */
  measureRowShare: 0.5,
  /** a row label matching a catalogue measure at least this closely names it (exact spellings only) */
  measureByName: 0.9,
  /** measures as rows need at least this many period-only columns (本期, 上年同期): one might be any figure */
  periodOnlyColumns: 2,
  /** this share of a column's texts (or a sample's cells) are case numbers: a case list */
  caseNumberShare: 0.5,
  /** case numbers in at least this many cells of a column before its share counts */
  caseNumberCellsMin: 2,
  /** this share of the figure columns holding targets: a target matrix */
  targetMatrixShare: 0.5,

  // cutting a sheet into tables (./blocks.ts)
  /** a title with the unit or period line beside it on one row: this long (a unit line is short) … */
  titleBesideLineChars: 8,
  /** … or merged across this share of the table's width */
  titleBesideLineSpan: 0.4,
  /** a lone cell above the header spanning this share of the width is a title, not a group label */
  titleSpan: 0.6,
  /** a lone text this long above the header is a title (a header cell is a word or two) */
  titleChars: 6,
  /** a note row has at most this many cells (制表, 审核 lines are recognised by their words whatever the count) */
  noteCellsMax: 2,
  /** a lone text this long under the table is a note (a total's label is short) */
  noteChars: 15,
  /** a 栏次 row numbers at least this many columns 1, 2, 3 … (two numbers may be any figures) … */
  columnNumbersMin: 3,
  /** … after at most this many labels (甲, 乙) */
  columnNumberLabelsMax: 2,
  /** a row with this many figures is a body row … */
  bodyRowValues: 2,
  /** … or with figures in this share of its cells … */
  bodyRowValueShare: 0.5,
  /** … or with one figure among at most this many cells (a unit with one figure reported) */
  bodyRowShortCells: 3,
  /** a text-only block of at most this many header rows … */
  titleBlockHeaderRows: 2,
  /** … and this many rows is titles for the table below it */
  titleBlockRows: 3,
  /** titles, notes or more body rows at most this many rows away belong to the table (a blank row or two between) */
  joinGapRows: 3,
  /** notes or body rows below a table belong to it when they share this share of its columns */
  joinOverlap: 0.5,
  /** a table beside another has at most this many text columns before the second unit column (a case list has many) */
  besideTextColumnsMax: 2,
  /** a second unit column: this share of its filled cells name courts, divisions, people or totals */
  unitNameShare: 0.6,
  /** a row of column headings covers this share of the table's columns */
  headerRowCover: 0.6,
  /** a label column left of a blank spacer: names on this share of the rows the figures occupy */
  spacerLabelShare: 0.5,
} as const;

export const LIMIT = {
  /** the leading columns searched for the serial and unit columns (序号 | 庭室 | 承办法官 | …) */
  labelColumns: 4,
  /** at most this many rows decide a column's value kind (spread over the whole body) */
  statsRows: 2000,
  /** texts kept per leading column to count its distinct names (which label column is finer) */
  statsTexts: 50,
  /** catalogue candidates kept per header spelling, and guesses shown per column */
  guesses: 3,
  /** body rows read for case numbers (a column of them makes a case list, which is never split in two) */
  caseNumberRows: 50,
  /** unit rows read to decide whether the rows name measures */
  measureRows: 60,
  /** group rows are searched for in tables of at most this many rows (the search is quadratic) */
  groupSearchRows: 500,
  /** a header kept apart from its body by a blank row: at most this many lines above the gap are taken as header rows */
  headerRowsAboveGap: 3,
} as const;
