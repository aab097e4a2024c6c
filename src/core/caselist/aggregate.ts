/**
 * Counting a case list by the 统计口径: per unit (承办部门, 承办人, 法院 from the 案号's court code) and in
 * total, for a period and a set of case families.
 *
 * Definitions (a case is counted with the weight of its 案号: a range `18775-18776号` is two cases):
 * - 旧存 = filed before the period and not closed before it; 新收 = filed within it; 受理 = 旧存 + 新收;
 * - 结案 = closed within the period; 未结 = filed by its end and not closed by its end (= 受理 − 结案);
 * - the scope rules (docs/domain/indicators.md note 3): 诉前调确, 诉前调书, 执恢, 执保 are left out of all these counts;
 *   审理天数合计 leaves out enforcement and the two pre-suit types.
 * Each measure is a record: its header is the catalogue field's name where there is one, so the recogniser
 * and the fill engine read the result as an ordinary unit-matrix table.
 */
import type { CaseFamily } from '../casenumber/types-data';
import { FAMILY_NAMES } from '../casenumber/types-data';
import type { CaseFieldName } from '../catalog/case-fields';
import type { CaseRecord } from './read';
import { LISTED_ROWS } from './read';
import { emptyCaseRecord, type CaseStore } from './store';
import type { CourtInfo } from '../casenumber/parse';
import { addMonths } from '../base/case-cells';
import type { ResolvedPeriod } from './period';

export type UnitBy = '承办部门' | '承办人' | '法院';

/** Where a case stands in the period; computed once per case. */
export interface CaseState {
  c: CaseRecord;
  weight: number;
  old: boolean;
  fresh: boolean;
  closedIn: boolean;
  pendingEnd: boolean;
}

export interface MeasureContext {
  period: ResolvedPeriod;
  /** the day before which a case still pending at the end has waited more than 12 months */
  twelveMonthsBeforeEnd: number;
  /** the case list's columns that are present */
  has: (field: CaseFieldName) => boolean;
}

export interface MeasureDef {
  /** the column header: the catalogue field's name where there is one */
  header: string;
  /** whether the header is a catalogue field (src/core/catalog/fields.ts) */
  catalogField: boolean;
  kind: 'count' | 'days' | 'amount';
  /** the case-list columns it needs (any one of them) — without them the measure is left out */
  needsAny?: CaseFieldName[];
  /** shown only when the counted cases include a family (执行完毕 … need enforcement cases) */
  needsFamily?: CaseFamily;
  /** shown only when the counted cases include a family other than this one (诉讼标的额: not enforcement) */
  needsFamilyOtherThan?: CaseFamily;
  /** shown only when some counted case is outside the average-days scope */
  needsAverageDaysExclusions?: boolean;
  /** what it counts, for the note under the table */
  note: string;
  /** the case's contribution (0 when it does not count) */
  value(s: CaseState, ctx: MeasureContext): number;
}

const trialDays = (s: CaseState): number => {
  const c = s.c;
  if (!s.closedIn || c.type.excludedFromAverageDays) return 0;
  return (c.days ?? (c.closed as number) - c.filed) * s.weight;
};

const FAST_PROCEDURES = new Set(['简易', '小额', '速裁']);

/** The five counts every table has (收结存); the note explains them together, the summary prints them. */
export const CORE_MEASURES = ['旧存数', '新收数', '受理数', '结案数', '未结数'];

export const MEASURES: MeasureDef[] = [
  { header: '旧存数', catalogField: true, kind: 'count', note: '统计期开始前立案、期初未结', value: (s) => (s.old ? s.weight : 0) },
  { header: '新收数', catalogField: true, kind: 'count', note: '统计期内立案', value: (s) => (s.fresh ? s.weight : 0) },
  { header: '受理数', catalogField: true, kind: 'count', note: '旧存 + 新收', value: (s) => (s.old || s.fresh ? s.weight : 0) },
  { header: '结案数', catalogField: true, kind: 'count', note: '统计期内结案', value: (s) => (s.closedIn ? s.weight : 0) },
  { header: '未结数', catalogField: true, kind: 'count', note: '统计期末未结（受理 − 结案）', value: (s) => (s.pendingEnd ? s.weight : 0) },
  {
    header: '审限内结案数',
    catalogField: true,
    kind: 'count',
    needsAny: ['审限届满日期', '是否超审限', '审限天数'],
    note: '结案日期不晚于审限届满日期；无届满日期时按“是否超审限”为否，或审理天数减扣除审限天数不超过审限天数；三者皆无的不计入（无从证明在审限内）',
    value: (s) => {
      if (!s.closedIn) return 0;
      const c = s.c;
      let within: boolean;
      if (c.limitDue !== null) within = (c.closed as number) <= c.limitDue;
      else if (c.overdue !== null) within = !c.overdue;
      else if (c.limitDays !== null) within = (c.days ?? (c.closed as number) - c.filed) - (c.deductedDays ?? 0) <= c.limitDays;
      else within = false;
      return within ? s.weight : 0;
    },
  },
  {
    header: '审限内未结数',
    catalogField: true,
    kind: 'count',
    needsAny: ['审限届满日期', '审限天数'],
    note: '期末未结且审限届满日期不早于期末（无届满日期时：期末已用天数减扣除审限天数不超过审限天数）',
    value: (s, ctx) => {
      if (!s.pendingEnd) return 0;
      const c = s.c;
      if (c.limitDue !== null) return c.limitDue >= ctx.period.end ? s.weight : 0;
      if (c.limitDays !== null) return ctx.period.end - c.filed - (c.deductedDays ?? 0) <= c.limitDays ? s.weight : 0;
      return 0;
    },
  },
  {
    header: '延扣审未结数',
    catalogField: true,
    kind: 'count',
    needsAny: ['是否延长审限', '扣除审限天数'],
    note: '期末未结且延长或扣除审限',
    value: (s) => (s.pendingEnd && (s.c.extended || (s.c.deductedDays ?? 0) > 0) ? s.weight : 0),
  },
  {
    header: '审判未结数',
    catalogField: true,
    kind: 'count',
    needsAny: ['是否延长审限', '扣除审限天数'],
    needsFamily: '执',
    needsFamilyOtherThan: '执',
    note: '期末未结的审判案件（不含执行；未结案件延扣审占比的分母，乌兰浩特2022）',
    value: (s) => (s.pendingEnd && s.c.type.family !== '执' ? s.weight : 0),
  },
  {
    header: '超12个月未结数',
    catalogField: true,
    kind: 'count',
    note: '期末未结且立案已超过12个月',
    value: (s, ctx) => (s.pendingEnd && s.c.filed < ctx.twelveMonthsBeforeEnd ? s.weight : 0),
  },
  {
    header: '一审结案数',
    catalogField: true,
    kind: 'count',
    note: '刑事、民事、行政一审结案',
    value: (s) => {
      const t = s.c.type;
      return s.closedIn && t.instance === '一审' && (t.family === '刑' || t.family === '民' || t.family === '行') ? s.weight : 0;
    },
  },
  {
    header: '一审民事结案数',
    catalogField: true,
    kind: 'count',
    needsFamily: '民',
    note: '民初案件结案',
    value: (s) => (s.closedIn && s.c.type.code === '民初' ? s.weight : 0),
  },
  { header: '判决数', catalogField: false, kind: 'count', needsAny: ['结案方式'], note: '以判决结案', value: (s) => (s.closedIn && s.c.method === '判决' ? s.weight : 0) },
  { header: '调解数', catalogField: true, kind: 'count', needsAny: ['结案方式'], note: '以调解结案', value: (s) => (s.closedIn && s.c.method === '调解' ? s.weight : 0) },
  { header: '撤诉数', catalogField: true, kind: 'count', needsAny: ['结案方式'], note: '以撤诉（含撤回起诉、撤回上诉）结案', value: (s) => (s.closedIn && s.c.method === '撤诉' ? s.weight : 0) },
  {
    header: '简易程序结案数',
    catalogField: true,
    kind: 'count',
    needsAny: ['适用程序'],
    needsFamily: '民',
    note: '民事一审（民初）适用简易程序结案，含小额诉讼程序（小额诉讼是简易程序的一种，民事诉讼法第十三章；简易程序适用率的分子，分母为一审民事结案数，故刑事简易程序不计）',
    // 小额诉讼 is a form of 简易程序: 方城2023's 简易程序适用率 93% and 小额程序适用率 35% can both hold only so
    value: (s) => (s.closedIn && s.c.type.code === '民初' && (s.c.procedure === '简易' || s.c.procedure === '小额') ? s.weight : 0),
  },
  {
    header: '小额诉讼结案数',
    catalogField: true,
    kind: 'count',
    needsAny: ['适用程序'],
    needsFamily: '民',
    note: '民事一审（民初）适用小额诉讼程序结案',
    value: (s) => (s.closedIn && s.c.type.code === '民初' && s.c.procedure === '小额' ? s.weight : 0),
  },
  {
    header: '速裁程序件数',
    catalogField: false,
    kind: 'count',
    needsAny: ['适用程序'],
    note: '适用速裁程序结案',
    value: (s) => (s.closedIn && s.c.procedure === '速裁' ? s.weight : 0),
  },
  {
    header: '当庭宣判数',
    catalogField: true,
    kind: 'count',
    needsAny: ['是否当庭宣判'],
    note: '结案中当庭宣判的（有适用程序列时仅计简易、小额、速裁案件）',
    value: (s, ctx) =>
      s.closedIn && s.c.announcedInCourt && (!ctx.has('适用程序') || FAST_PROCEDURES.has(s.c.procedure ?? '')) ? s.weight : 0,
  },
  {
    header: '上诉案件数',
    catalogField: true,
    kind: 'count',
    needsAny: ['是否上诉'],
    note: '一审结案中提起上诉的（上诉率的分子，分母为一审结案数）',
    value: (s) => (s.closedIn && s.c.appealed && s.c.type.instance === '一审' ? s.weight : 0),
  },
  {
    header: '审理天数合计',
    catalogField: true,
    kind: 'days',
    note: '结案案件审理天数之和，不含执行、诉前调确、诉前调书案件；审理天数取明细的审理天数列，缺失时按结案日期 − 立案日期计',
    value: trialDays,
  },
  {
    header: '审理天数所含件数',
    catalogField: false,
    kind: 'count',
    needsAverageDaysExclusions: true,
    note: '审理天数合计所含的结案数（平均审理天数的分母：执行案件不计）',
    value: (s) => (s.closedIn && !s.c.type.excludedFromAverageDays ? s.weight : 0),
  },
  {
    header: '执行完毕数',
    catalogField: true,
    kind: 'count',
    needsAny: ['结案方式'],
    needsFamily: '执',
    note: '执行案件以执行完毕结案',
    value: (s) => (s.closedIn && s.c.type.family === '执' && s.c.method === '执行完毕' ? s.weight : 0),
  },
  {
    header: '终本数',
    catalogField: true,
    kind: 'count',
    needsAny: ['结案方式'],
    needsFamily: '执',
    note: '执行案件以终结本次执行程序结案',
    value: (s) => (s.closedIn && s.c.type.family === '执' && s.c.method === '终本' ? s.weight : 0),
  },
  {
    header: '终结数',
    catalogField: true,
    kind: 'count',
    needsAny: ['结案方式'],
    needsFamily: '执',
    note: '执行案件以终结执行结案',
    value: (s) => (s.closedIn && s.c.type.family === '执' && s.c.method === '终结执行' ? s.weight : 0),
  },
  {
    header: '实际执结数',
    catalogField: true,
    kind: 'count',
    needsAny: ['结案方式'],
    needsFamily: '执',
    note: '执行完毕 + 终结执行 + 销案 + 不予执行 + 驳回申请',
    value: (s) => {
      const m = s.c.method;
      const actual = m === '执行完毕' || m === '终结执行' || m === '销案' || m === '不予执行' || m === '驳回申请';
      return s.closedIn && s.c.type.family === '执' && actual ? s.weight : 0;
    },
  },
  {
    header: '结案用时总天数',
    catalogField: true,
    kind: 'days',
    needsFamily: '执',
    note: '执行案件结案用时之和',
    value: (s) => {
      const c = s.c;
      if (!s.closedIn || c.type.family !== '执') return 0;
      return (c.days ?? (c.closed as number) - c.filed) * s.weight;
    },
  },
  {
    header: '申请标的金额',
    catalogField: true,
    kind: 'amount',
    needsAny: ['标的额'],
    needsFamily: '执',
    note: '受理的执行实施案件（含未结）的申请执行标的额之和，以元计（注明万元的已换算；到位率的分母；审判案件的标的额另列为诉讼标的额）',
    value: (s) => ((s.old || s.fresh) && s.c.type.instance === '执行' ? s.c.claim ?? 0 : 0),
  },
  {
    header: '到位金额',
    catalogField: true,
    kind: 'amount',
    needsAny: ['到位金额'],
    needsFamily: '执',
    note: '受理的执行实施案件（含未结）的实际到位金额之和，以元计',
    value: (s) => ((s.old || s.fresh) && s.c.type.instance === '执行' ? s.c.recovered ?? 0 : 0),
  },
  {
    header: '诉讼标的额',
    catalogField: false,
    kind: 'amount',
    needsAny: ['标的额'],
    needsFamilyOtherThan: '执',
    note: '受理的审判案件（非执行案件，含未结）的标的额之和，以元计',
    value: (s) => ((s.old || s.fresh) && s.c.type.family !== '执' ? s.c.claim ?? 0 : 0),
  },
];

export interface UnitRow {
  /** the unit's name as written in the table */
  label: string;
  /** the key it was grouped by (the court code for 法院) */
  key: string;
  values: number[];
}

export interface ScopeExclusion {
  row: number;
  caseNumber: string;
  typeCode: string;
}

export interface AggregateResult {
  period: ResolvedPeriod;
  by: UnitBy;
  families: CaseFamily[] | null;
  measures: MeasureDef[];
  units: UnitRow[];
  total: number[];
  /** cases of the period left out by the scope rules (诉前调确 …), by row: the first LISTED_ROWS */
  scopeExcluded: ScopeExclusion[];
  scopeExcludedCount: number;
  /** all of them, as indices into the store (for a full list written elsewhere) */
  scopeExcludedCases: Int32Array;
  /** how many cases of other families were not counted */
  otherFamilies: number;
  /**
   * cases of the period whose old type code does not tell their family (旧式代字, family 未): under a family
   * filter they cannot be counted in it nor left out silently, so they are listed (the first LISTED_ROWS)
   */
  unknownFamily: ScopeExclusion[];
  unknownFamilyCount: number;
  /** all of them, as indices into the store (for a full list written elsewhere) */
  unknownFamilyCases: Int32Array;
  /** cases outside the period, not counted: filed after its end, or closed before its start */
  outOfPeriod: { filedAfter: number; closedBefore: number };
  /** cases counted (rows) */
  counted: number;
}

export interface AggregateCasesOptions {
  by: UnitBy;
  period: ResolvedPeriod;
  /** null or empty: every family */
  families?: CaseFamily[] | null;
  /** the case-list columns present */
  columns: Set<CaseFieldName>;
}

const UNFILLED = '（未填写）';

const LEVEL_ORDER: Record<string, number> = { 最高: 0, 高级: 1, 中级: 2, 基层: 3 };

/** The unit each distinct text (承办部门, 承办人) or court of the store stands for: looked up once per value. */
function unitKeys(store: CaseStore, by: UnitBy): { ids: Int32Array | null; keyOf: (id: number) => string } {
  if (by === '法院') return { ids: store.court, keyOf: (id) => store.courts.values[id].code || UNFILLED };
  const ids = by === '承办部门' ? store.department : store.judge;
  return { ids, keyOf: (id) => (id < 0 ? UNFILLED : store.texts.values[id]) };
}

export function aggregateCases(store: CaseStore, options: AggregateCasesOptions): AggregateResult {
  const { period, by } = options;
  const families = options.families && options.families.length ? options.families : null;
  const familySet = families ? new Set<CaseFamily>(families) : null;
  const ctx: MeasureContext = {
    period,
    twelveMonthsBeforeEnd: addMonths(period.end, -12),
    has: (f) => options.columns.has(f),
  };

  // what each distinct type says, once
  const types = store.types.values;
  const typeOther = types.map((t) => !!familySet && !familySet.has(t.family));

  // which cases count, and where each stands in the period
  const n = store.length;
  const counted = new Int32Array(n);
  let countedN = 0;
  const excludedCases = new Int32Array(n);
  let excludedN = 0;
  const scopeExcluded: ScopeExclusion[] = [];
  let otherFamilies = 0;
  const presentFamilies = new Set<CaseFamily>();
  let averageDaysExclusions = false;
  const filedAt = store.filed;
  const closedAt = store.closed;
  const unknownFamily: ScopeExclusion[] = [];
  const unknownCases = new Int32Array(n);
  let unknownFamilyCount = 0;
  const outOfPeriod = { filedAfter: 0, closedBefore: 0 };
  for (let i = 0; i < n; i++) {
    const t = store.type[i];
    const closed = closedAt ? closedAt[i] : -1;
    const inPeriod = filedAt[i] <= period.end && (closed < 0 || closed >= period.start);
    if (typeOther[t]) {
      if (types[t].family === '未' && inPeriod) {
        unknownCases[unknownFamilyCount++] = i;
        if (unknownFamily.length < LISTED_ROWS) unknownFamily.push({ row: store.row[i], caseNumber: store.excludedNumber(i), typeCode: types[t].code });
      } else otherFamilies++;
      continue;
    }
    if (!inPeriod) {
      if (filedAt[i] > period.end) outOfPeriod.filedAfter++;
      else outOfPeriod.closedBefore++;
      continue;
    }
    const type = types[t];
    if (type.excludedFromCounts) {
      excludedCases[excludedN++] = i;
      if (scopeExcluded.length < LISTED_ROWS) scopeExcluded.push({ row: store.row[i], caseNumber: store.excludedNumber(i), typeCode: type.code });
      continue;
    }
    presentFamilies.add(type.family);
    if (type.excludedFromAverageDays) averageDaysExclusions = true;
    counted[countedN++] = i;
  }

  const measures = MEASURES.filter(
    (m) =>
      (!m.needsAny || m.needsAny.some((f) => options.columns.has(f))) &&
      (!m.needsFamily || presentFamilies.has(m.needsFamily) || (familySet?.has(m.needsFamily) ?? false)) &&
      (!m.needsFamilyOtherThan || [...(familySet ?? presentFamilies)].some((f) => f !== m.needsFamilyOtherThan)) &&
      (!m.needsAverageDaysExclusions || averageDaysExclusions),
  );
  const width = measures.length;
  const values = measures.map((m) => m.value);

  // units in the order their first counted case comes (ties of the sort below keep it)
  const byUnit = new Map<string, UnitRow>();
  const unitOfId = new Map<number, UnitRow>();
  const firstCourt = new Map<UnitRow, CourtInfo>();
  const courtNames = new Map<UnitRow, Map<string, number>>();
  const { ids, keyOf } = unitKeys(store, by);
  const total = new Array<number>(width).fill(0);
  // one record and one scratch state, refilled per case: measures read them and keep nothing
  const c = emptyCaseRecord();
  const s: CaseState = { c, weight: 0, old: false, fresh: false, closedIn: false, pendingEnd: false };
  for (let k = 0; k < countedN; k++) {
    const i = counted[k];
    store.load(i, c);
    const closed = closedAt ? closedAt[i] : -1;
    s.weight = store.weight[i];
    s.old = filedAt[i] < period.start;
    s.fresh = !s.old;
    s.closedIn = closed >= 0 && closed <= period.end;
    s.pendingEnd = !s.closedIn;
    const id = ids ? ids[i] : -1;
    let unit = unitOfId.get(id);
    if (!unit) {
      const key = keyOf(id);
      unit = byUnit.get(key);
      if (!unit) {
        unit = { key, label: key, values: new Array<number>(width).fill(0) };
        byUnit.set(key, unit);
        firstCourt.set(unit, c.court);
      }
      unitOfId.set(id, unit);
    }
    const row = unit.values;
    for (let m = 0; m < width; m++) {
      const v = values[m](s, ctx);
      if (v !== 0) {
        row[m] += v;
        total[m] += v;
      }
    }
    if (by === '法院') {
      const name = c.courtName;
      if (name) {
        let names = courtNames.get(unit);
        if (!names) courtNames.set(unit, (names = new Map<string, number>()));
        names.set(name, (names.get(name) ?? 0) + 1);
      }
    }
  }
  // amounts summed in floating point: round to cents so totals read as the user's own sums
  for (let k = 0; k < width; k++) {
    if (measures[k].kind !== 'amount') continue;
    total[k] = roundCents(total[k]);
    for (const u of byUnit.values()) u.values[k] = roundCents(u.values[k]);
  }

  const units = [...byUnit.values()];
  if (by === '法院') {
    for (const u of units) {
      const names = courtNames.get(u);
      if (names) u.label = [...names.entries()].sort((a, b) => b[1] - a[1])[0][0];
    }
    units.sort((a, b) => {
      const ca = firstCourt.get(a)!;
      const cb = firstCourt.get(b)!;
      return (LEVEL_ORDER[ca.level ?? ''] ?? 9) - (LEVEL_ORDER[cb.level ?? ''] ?? 9) || compareText(a.key, b.key);
    });
  } else {
    units.sort((a, b) => (a.key === UNFILLED ? 1 : b.key === UNFILLED ? -1 : compareText(a.key, b.key)));
  }
  return {
    period,
    by,
    families,
    measures,
    units,
    total,
    scopeExcluded,
    scopeExcludedCount: excludedN,
    scopeExcludedCases: excludedCases.slice(0, excludedN),
    otherFamilies,
    unknownFamily,
    unknownFamilyCount,
    unknownFamilyCases: unknownCases.slice(0, unknownFamilyCount),
    outOfPeriod,
    counted: countedN,
  };
}

function roundCents(x: number): number {
  return Math.round(x * 100) / 100;
}

const collator = typeof Intl !== 'undefined' ? new Intl.Collator('zh-CN') : null;
function compareText(a: string, b: string): number {
  return collator ? collator.compare(a, b) : a < b ? -1 : a > b ? 1 : 0;
}

export function familyList(families: CaseFamily[] | null): string {
  return families ? families.map((f) => FAMILY_NAMES[f]).join('、') : '全部';
}
