/**
 * The cases of a list, stored by column: one typed array per field (立案日期 as Int32, 标的额 as Float64 …),
 * texts (承办部门, 承办人 …) and the 案号's type and court as indices into small tables of their distinct values.
 * A million cases take about 60 bytes each instead of a 22-field object each, and the aggregation loads one case
 * at a time into a single reused record. Columns the list does not have are not allocated.
 *
 * Sentinels, since typed arrays hold no null: a date of -1 (Excel serials of case dates are ≥ 18264), a number
 * of NaN (the readers never return NaN for a number they read), a text index of -1.
 */
import type { CaseTypeDef } from '../casenumber/types-data';
import type { CourtInfo } from '../casenumber/parse';
import type { MethodCategory, ProcedureCategory } from '../catalog/case-fields';

const NO_DATE = -1;
const NO_TEXT = -1;

/** Distinct values, each stored once; the store keeps their indices. */
export class Interned<T> {
  readonly values: T[] = [];
  private readonly index = new Map<T, number>();
  of(value: T): number {
    let k = this.index.get(value);
    if (k === undefined) {
      k = this.values.length;
      this.values.push(value);
      this.index.set(value, k);
    }
    return k;
  }
}

/** What the reader sets per case; the fields a list does not have stay as the reader leaves them (null/false). */
export interface CaseInput {
  row: number;
  type: CaseTypeDef;
  court: CourtInfo;
  weight: number;
  filed: number;
  closed: number | null;
  limitDue: number | null;
  method: MethodCategory | null;
  procedure: ProcedureCategory | null;
  department: string | null;
  judge: string | null;
  courtName: string | null;
  days: number | null;
  deductedDays: number | null;
  limitDays: number | null;
  extended: boolean;
  overdue: boolean | null;
  appealed: boolean;
  announcedInCourt: boolean;
  claim: number | null;
  recovered: number | null;
}

/** The columns a store keeps besides the ones every case has (row, 案号, 立案日期). */
export interface StoreColumns {
  closed: boolean;
  limitDue: boolean;
  method: boolean;
  procedure: boolean;
  department: boolean;
  judge: boolean;
  courtName: boolean;
  days: boolean;
  deductedDays: boolean;
  limitDays: boolean;
  flags: boolean;
  claim: boolean;
  recovered: boolean;
}

const EXTENDED = 1;
const OVERDUE_KNOWN = 2;
const OVERDUE = 4;
const APPEALED = 8;
const ANNOUNCED = 16;

type IntArray = Int32Array<ArrayBuffer>;
type FloatArray = Float64Array<ArrayBuffer>;

function growInt(a: IntArray, size: number): IntArray {
  const b = new Int32Array(size);
  b.set(a);
  return b;
}
function growFloat(a: FloatArray, size: number): FloatArray {
  const b = new Float64Array(size);
  b.set(a);
  return b;
}
function growBytes(a: Uint8Array, size: number): Uint8Array {
  const b = new Uint8Array(size);
  b.set(a);
  return b;
}

export class CaseStore {
  length = 0;
  readonly types = new Interned<CaseTypeDef>();
  readonly courts = new Interned<CourtInfo>();
  readonly texts = new Interned<string>();
  /** the 案号 as written, kept only for the cases the scope rules leave out (listed by row in the rejects): by case, ascending */
  private excludedAt = new Int32Array(256);
  private readonly excludedTexts: string[] = [];
  row: IntArray;
  type: Uint16Array;
  court: IntArray;
  weight: FloatArray;
  filed: IntArray;
  closed: IntArray | null;
  limitDue: IntArray | null;
  method: IntArray | null;
  procedure: IntArray | null;
  department: IntArray | null;
  judge: IntArray | null;
  courtName: IntArray | null;
  days: FloatArray | null;
  deductedDays: FloatArray | null;
  limitDays: FloatArray | null;
  flags: Uint8Array | null;
  claim: FloatArray | null;
  recovered: FloatArray | null;
  private capacity: number;

  constructor(readonly has: StoreColumns, capacity = 1024) {
    this.capacity = capacity;
    this.row = new Int32Array(capacity);
    this.type = new Uint16Array(capacity);
    this.court = new Int32Array(capacity);
    this.weight = new Float64Array(capacity);
    this.filed = new Int32Array(capacity);
    const int = (on: boolean) => (on ? new Int32Array(capacity) : null);
    const float = (on: boolean) => (on ? new Float64Array(capacity) : null);
    this.closed = int(has.closed);
    this.limitDue = int(has.limitDue);
    this.method = int(has.method);
    this.procedure = int(has.procedure);
    this.department = int(has.department);
    this.judge = int(has.judge);
    this.courtName = int(has.courtName);
    this.days = float(has.days);
    this.deductedDays = float(has.deductedDays);
    this.limitDays = float(has.limitDays);
    this.flags = has.flags ? new Uint8Array(capacity) : null;
    this.claim = float(has.claim);
    this.recovered = float(has.recovered);
  }

  private grow(): void {
    const size = this.capacity * 2;
    this.capacity = size;
    this.row = growInt(this.row, size);
    const type = new Uint16Array(size);
    type.set(this.type);
    this.type = type;
    this.court = growInt(this.court, size);
    this.weight = growFloat(this.weight, size);
    this.filed = growInt(this.filed, size);
    const int = (a: IntArray | null) => (a ? growInt(a, size) : null);
    const float = (a: FloatArray | null) => (a ? growFloat(a, size) : null);
    this.closed = int(this.closed);
    this.limitDue = int(this.limitDue);
    this.method = int(this.method);
    this.procedure = int(this.procedure);
    this.department = int(this.department);
    this.judge = int(this.judge);
    this.courtName = int(this.courtName);
    this.days = float(this.days);
    this.deductedDays = float(this.deductedDays);
    this.limitDays = float(this.limitDays);
    this.flags = this.flags ? growBytes(this.flags, size) : null;
    this.claim = float(this.claim);
    this.recovered = float(this.recovered);
  }

  private text(v: string | null): number {
    return v === null ? NO_TEXT : this.texts.of(v);
  }

  /** Appends a case; `caseNumber` is kept only when the scope rules leave the case's type out. */
  add(c: CaseInput, caseNumber: string): void {
    if (this.length === this.capacity) this.grow();
    const i = this.length++;
    this.row[i] = c.row;
    this.type[i] = this.types.of(c.type);
    this.court[i] = this.courts.of(c.court);
    this.weight[i] = c.weight;
    this.filed[i] = c.filed;
    if (this.closed) this.closed[i] = c.closed ?? NO_DATE;
    if (this.limitDue) this.limitDue[i] = c.limitDue ?? NO_DATE;
    if (this.method) this.method[i] = this.text(c.method);
    if (this.procedure) this.procedure[i] = this.text(c.procedure);
    if (this.department) this.department[i] = this.text(c.department);
    if (this.judge) this.judge[i] = this.text(c.judge);
    if (this.courtName) this.courtName[i] = this.text(c.courtName);
    if (this.days) this.days[i] = c.days ?? NaN;
    if (this.deductedDays) this.deductedDays[i] = c.deductedDays ?? NaN;
    if (this.limitDays) this.limitDays[i] = c.limitDays ?? NaN;
    if (this.flags) {
      this.flags[i] =
        (c.extended ? EXTENDED : 0) |
        (c.overdue !== null ? OVERDUE_KNOWN | (c.overdue ? OVERDUE : 0) : 0) |
        (c.appealed ? APPEALED : 0) |
        (c.announcedInCourt ? ANNOUNCED : 0);
    }
    if (this.claim) this.claim[i] = c.claim ?? NaN;
    if (this.recovered) this.recovered[i] = c.recovered ?? NaN;
    // the number as written is kept for the cases that may be listed: left out by the scope rules, or of an
    // old type code whose family cannot be told (listed under a family filter)
    if (c.type.excludedFromCounts || c.type.family === '未') {
      const k = this.excludedTexts.length;
      if (k === this.excludedAt.length) this.excludedAt = growInt(this.excludedAt, k * 2) as Int32Array<ArrayBuffer>;
      this.excludedAt[k] = i;
      this.excludedTexts.push(caseNumber);
    }
  }

  /** The 案号 as written of a case the scope rules leave out or of unknown family ('' for other cases: only those are kept). */
  excludedNumber(i: number): string {
    let lo = 0;
    let hi = this.excludedTexts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const at = this.excludedAt[mid];
      if (at === i) return this.excludedTexts[mid];
      if (at < i) lo = mid + 1;
      else hi = mid - 1;
    }
    return '';
  }

  /**
   * Copies case `i` into `into` (a record reused from case to case: the measures then read plain fields, which
   * is several times faster than reading through getters, and allocates nothing).
   */
  load(i: number, into: MutableCaseRecord): void {
    into.row = this.row[i];
    into.type = this.types.values[this.type[i]];
    into.court = this.courts.values[this.court[i]];
    into.weight = this.weight[i];
    into.filed = this.filed[i];
    into.closed = dateAt(this.closed, i);
    into.limitDue = dateAt(this.limitDue, i);
    into.method = this.textAt(this.method, i) as MethodCategory | null;
    into.procedure = this.textAt(this.procedure, i) as ProcedureCategory | null;
    into.department = this.textAt(this.department, i);
    into.judge = this.textAt(this.judge, i);
    into.courtName = this.textAt(this.courtName, i);
    into.days = numberAt(this.days, i);
    into.deductedDays = numberAt(this.deductedDays, i);
    into.limitDays = numberAt(this.limitDays, i);
    const f = this.flags ? this.flags[i] : 0;
    into.extended = (f & EXTENDED) !== 0;
    into.overdue = (f & OVERDUE_KNOWN) !== 0 ? (f & OVERDUE) !== 0 : null;
    into.appealed = (f & APPEALED) !== 0;
    into.announcedInCourt = (f & ANNOUNCED) !== 0;
    into.claim = numberAt(this.claim, i);
    into.recovered = numberAt(this.recovered, i);
    into.caseNumberText = '';
  }

  private textAt(a: IntArray | null, i: number): string | null {
    if (!a) return null;
    const k = a[i];
    return k === NO_TEXT ? null : this.texts.values[k];
  }
}

const dateAt = (a: IntArray | null, i: number): number | null => {
  if (!a) return null;
  const d = a[i];
  return d === NO_DATE ? null : d;
};
const numberAt = (a: FloatArray | null, i: number): number | null => {
  if (!a) return null;
  const v = a[i];
  return v !== v ? null : v;
};

/** A case as the measures read it: what the reader stored, and the 案号 as written where it was kept. */
export type CaseRecord = Readonly<CaseInput> & { readonly caseNumberText: string };
export type MutableCaseRecord = CaseInput & { caseNumberText: string };

/** A record to `load` cases into. */
export function emptyCaseRecord(): MutableCaseRecord {
  return {
    row: 0,
    caseNumberText: '',
    type: null as never,
    court: null as never,
    weight: 0,
    filed: 0,
    closed: null,
    limitDue: null,
    method: null,
    procedure: null,
    department: null,
    judge: null,
    courtName: null,
    days: null,
    deductedDays: null,
    limitDays: null,
    extended: false,
    overdue: null,
    appealed: false,
    announcedInCourt: false,
    claim: null,
    recovered: null,
  };
}
