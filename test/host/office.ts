/**
 * A stateful fake of exactly the Office.js subset the add-in uses, with Office.js's rules:
 * - every property read, method call and property write is QUEUED and runs at `context.sync()`, in order;
 * - reading a property that was not loaded (or before the sync) throws PropertyNotLoaded, as Excel does;
 * - `*OrNullObject` methods give an object whose `isNullObject` is known after the sync;
 * - a request or response over Excel on the web's ~5 MB limit is refused with Excel's error code;
 * - an operation that fails stops the batch (earlier operations stay applied, as in Excel).
 * It counts syncs, queued operations and payload bytes per sync (`WorkbookState.syncs`).
 *
 * The classes are checked against @types/office-js member by member (`OfficeShape` below), so a name or a
 * parameter list that drifts from Office.js fails the typecheck.
 */
import type { CellRange } from '../../src/core/base/grid';
import { address, parseRange, rangeAddress } from '../../src/core/base/grid';
import {
  BORDER_KEYS,
  DEFAULT_BORDER,
  DEFAULT_COLUMN_WIDTH,
  DEFAULT_FONT,
  DEFAULT_VERTICAL_ALIGNMENT,
  hostError,
  ruleAreas,
  type CellState,
  type ChartSeriesState,
  type ChartState,
  type ConditionalFormatState,
  type Entry,
  type SheetState,
  type WorkbookState,
  type XmlPartState,
} from './workbook';

/** per queued operation: what Office.js sends besides the payload (object path, action id) */
const OP_OVERHEAD_BYTES = 40;
/** Excel fails getMergedAreasOrNullObject above this many areas */
export const MAX_MERGED_AREAS = 512;

const encoder = new TextEncoder();
function jsonBytes(v: unknown): number {
  if (v === undefined) return 0;
  const text = JSON.stringify(v) ?? '';
  // Node has a fast byte count; the browser build (playground, end-to-end) encodes
  return typeof Buffer !== 'undefined' ? Buffer.byteLength(text, 'utf8') : encoder.encode(text).length;
}

/** As Excel: a method of a newer ExcelApi than the host has fails (the host's `apiVersion`). */
function requireApi(state: WorkbookState, version: string, method: string): void {
  const [a1, a2] = state.apiVersion.split('.').map(Number);
  const [b1, b2] = version.split('.').map(Number);
  if (a1 < b1 || (a1 === b1 && a2 < b2)) throw hostError('ApiNotFound', `${method} needs ExcelApi ${version}`);
}

function notLoaded(prop: string): Error {
  const e = hostError(
    'PropertyNotLoaded',
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
  return e;
}

type LoadArg = string | string[] | OfficeExtension.LoadOption | undefined;

function loadPaths(arg: LoadArg): string[] | null {
  if (arg === undefined) return null; // everything scalar
  const select = typeof arg === 'string' || Array.isArray(arg) ? arg : arg.select ?? '';
  const text = Array.isArray(select) ? select.join(',') : select;
  return text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

interface Staged {
  commit(): void;
  bytes: number;
}

export class FakeRequestContext {
  readonly workbook: FakeWorkbook;
  private ops: { run: () => void; bytes: number }[] = [];
  private staged: Staged[] = [];
  constructor(readonly state: WorkbookState) {
    this.workbook = new FakeWorkbook(this);
  }

  /** queue an operation; `payload` is what the request carries for it (values set, arguments) */
  queue(run: () => void, payload?: unknown): void {
    this.ops.push({ run, bytes: OP_OVERHEAD_BYTES + jsonBytes(payload) });
  }

  /** a loaded value travels back in the response and is visible only after the sync succeeds */
  stage(commit: () => void, payload: unknown): void {
    this.staged.push({ commit, bytes: jsonBytes(payload) });
  }

  get pending(): number {
    return this.ops.length;
  }

  async sync(): Promise<void> {
    const ops = this.ops;
    this.ops = [];
    this.staged = [];
    const record = { ops: ops.length, requestBytes: ops.reduce((n, o) => n + o.bytes, 0), responseBytes: 0 };
    this.state.syncs.push(record);
    if (record.requestBytes > this.state.payloadLimitBytes) {
      throw hostError('RequestPayloadSizeLimitExceeded', `The request payload size has exceeded the limit (${record.requestBytes} bytes).`);
    }
    for (const op of ops) op.run();
    const staged = this.staged;
    this.staged = [];
    record.responseBytes = staged.reduce((n, s) => n + s.bytes, 0);
    if (record.responseBytes > this.state.payloadLimitBytes) {
      throw hostError('ResponsePayloadSizeLimitExceeded', `The response payload size has exceeded the limit (${record.responseBytes} bytes).`);
    }
    for (const s of staged) s.commit();
    this.state.changed();
  }
}

/**
 * The base of every proxy: a target located when its creating operation runs, loaded properties staged
 * into `loaded` by the sync, and the not-loaded rule on every read.
 */
abstract class FakeClientObject<T> {
  protected loaded = new Map<string, unknown>();
  private nullObject: boolean | undefined;
  private locatedTarget: { value: T | null } | null = null;

  constructor(
    protected readonly ctx: FakeRequestContext,
    private readonly locate: () => T | null,
    options: { orNull?: boolean; queueResolve?: boolean } = {},
  ) {
    if (options.queueResolve !== false) {
      // the method call that created this object is itself an operation
      ctx.queue(() => {
        const t = this.resolveNow();
        if (options.orNull) {
          ctx.stage(() => (this.nullObject = t === null), true);
        } else if (t === null) throw hostError('ItemNotFound', `${this.constructor.name.replace('Fake', '')} 不存在`);
      });
    }
    if (!options.orNull) this.nullObject = false;
  }

  get context(): FakeRequestContext {
    return this.ctx;
  }

  get isNullObject(): boolean {
    if (this.nullObject === undefined) throw notLoaded('isNullObject');
    return this.nullObject;
  }

  /** the target, located once (at the first operation that needs it) */
  protected resolveNow(): T | null {
    if (!this.locatedTarget) this.locatedTarget = { value: this.locate() };
    return this.locatedTarget.value;
  }

  protected target(): T {
    const t = this.resolveNow();
    if (t === null) throw hostError('ItemNotFound', `${this.constructor.name.replace('Fake', '')} 不存在`);
    return t;
  }

  /** the scalar properties a bare `load()` loads */
  protected abstract scalarProps: string[];
  protected abstract read(prop: string, target: T): unknown;
  /** a navigation property, for load paths like `format/columnWidth` */
  protected navigate(_name: string): FakeClientObject<unknown> | null {
    return null;
  }

  load(arg?: LoadArg): this {
    const paths = loadPaths(arg) ?? this.scalarProps;
    const scalars: string[] = [];
    const nested = new Map<string, string[]>();
    for (const p of paths) {
      const [head, ...rest] = p.split('/');
      if (rest.length) nested.set(head, [...(nested.get(head) ?? []), rest.join('/')]);
      else if (this.navigate(head)) nested.set(head, nested.get(head) ?? []);
      else scalars.push(head);
    }
    for (const [head, rest] of nested) {
      const nav = this.navigate(head);
      if (!nav) throw hostError('InvalidArgument', `Cannot load '${head}'`);
      nav.load(rest.length ? rest : undefined);
    }
    if (scalars.length) {
      for (const s of scalars) if (!this.scalarProps.includes(s)) throw hostError('InvalidArgument', `Property '${s}' does not exist on ${this.constructor.name}`);
      this.ctx.queue(() => {
        const t = this.resolveNow();
        for (const s of scalars) {
          const v = t === null ? null : this.read(s, t);
          this.ctx.stage(() => this.loaded.set(s, v), v);
        }
      });
    }
    return this;
  }

  protected get<V>(prop: string): V {
    if (!this.loaded.has(prop)) throw notLoaded(prop);
    return this.loaded.get(prop) as V;
  }

  /** queue a property write */
  protected put(prop: string, value: unknown, apply: (target: T) => void): void {
    this.loaded.delete(prop); // Office.js does not reflect a set value until it is loaded again
    this.ctx.queue(() => apply(this.target()), value);
  }
}

export class FakeClientResult<V> {
  private has = false;
  private v: V | undefined;
  constructor(ctx: FakeRequestContext, compute: () => V) {
    ctx.queue(() => {
      const value = compute();
      ctx.stage(() => {
        this.v = value;
        this.has = true;
      }, value);
    });
  }
  get value(): V {
    if (!this.has) throw notLoaded('value');
    return this.v as V;
  }
}

// ------------------------------------------------------------------------------------------ workbook
export class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly customXmlParts: FakeCustomXmlPartCollection;
  constructor(private readonly ctx: FakeRequestContext) {
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.customXmlParts = new FakeCustomXmlPartCollection(ctx);
  }
  /**
   * ExcelApi 1.13: a workbook's sheets added at the end, renamed as Excel renames a taken name (`收结案 (2)`);
   * returns their ids. The workbook must have been offered (WorkbookState.offeredFiles).
   */
  insertWorksheetsFromBase64(base64: string, _options?: unknown): FakeClientResult<string[]> {
    const state = this.ctx.state;
    let ids: string[] = [];
    this.ctx.queue(() => {
      const grids = state.offeredFiles.get(base64);
      if (!grids) throw hostError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.');
      ids = grids.map((g) => {
        let name = g.sheet;
        for (let i = 2; state.sheetByName(name); i++) name = `${g.sheet} (${i})`;
        return state.seedGrid({ ...g, sheet: name }).id;
      });
    }, base64.length);
    return new FakeClientResult(this.ctx, () => ids);
  }

  getSelectedRange(): FakeRange {
    const state = this.ctx.state;
    return new FakeRange(this.ctx, () => {
      // no cell selection: a chart or a shape is selected
      if (!state.selection) throw hostError('InvalidSelection', 'The current selection is invalid for this operation.');
      return { sheet: state.sheetById(state.selection.sheetId), rect: { ...state.selection.range } };
    });
  }
}

export class FakeWorksheetCollection extends FakeClientObject<WorkbookState> {
  protected scalarProps: string[] = [];
  private itemList: FakeWorksheet[] | null = null;
  constructor(ctx: FakeRequestContext) {
    super(ctx, () => ctx.state, { queueResolve: false });
  }
  protected read(): unknown {
    return null;
  }
  get items(): FakeWorksheet[] {
    if (!this.itemList) throw notLoaded('items');
    return this.itemList;
  }
  override load(arg?: LoadArg): this {
    const paths = (loadPaths(arg) ?? ['items']).map((p) => p.replace(/^items\/?/, '')).filter(Boolean);
    this.ctx.queue(() => {
      const list = this.ctx.state.sheets.map((s) => {
        const ws = new FakeWorksheet(this.ctx, () => s, false);
        ws.stageProps(paths.length ? paths : ['name', 'id', 'visibility', 'position'], s);
        return ws;
      });
      this.ctx.stage(() => (this.itemList = list), list.length);
    });
    return this;
  }
  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.state.sheetByName(key) ?? this.ctx.state.sheets.find((s) => s.id === key) ?? null);
  }
  getItemOrNullObject(key: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.state.sheetByName(key) ?? null, true, true);
  }
  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => (this.ctx.state.activeSheetId ? this.ctx.state.sheetById(this.ctx.state.activeSheetId) : null));
  }
  add(name?: string): FakeWorksheet {
    let created: SheetState | null = null;
    const ws = new FakeWorksheet(this.ctx, () => created, false);
    this.ctx.queue(() => {
      created = this.ctx.state.addSheet(name ?? `Sheet${this.ctx.state.sheets.length + 1}`);
    }, name);
    return ws;
  }
  getCount(): FakeClientResult<number> {
    return new FakeClientResult(this.ctx, () => this.ctx.state.sheets.length);
  }
}

export class FakeWorksheet extends FakeClientObject<SheetState> {
  protected scalarProps = ['name', 'id', 'visibility', 'position'];
  readonly charts: FakeChartCollection;
  constructor(ctx: FakeRequestContext, locate: () => SheetState | null, queueResolve = true, orNull = false) {
    super(ctx, locate, { queueResolve, orNull });
    this.charts = new FakeChartCollection(ctx, () => this.target());
  }
  /** used by collections: the item's properties arrive with the collection */
  stageProps(props: string[], sheet: SheetState): void {
    for (const p of props) {
      const v = this.read(p, sheet);
      this.ctx.stage(() => this.loaded.set(p, v), v);
    }
  }
  protected read(prop: string, s: SheetState): unknown {
    switch (prop) {
      case 'name':
        return s.name;
      case 'id':
        return s.id;
      case 'visibility':
        return s.visibility;
      case 'position':
        return this.ctx.state.sheets.indexOf(s);
      default:
        throw hostError('InvalidArgument', prop);
    }
  }
  get name(): string {
    return this.get('name');
  }
  set name(v: string) {
    this.put('name', v, (s) => (s.name = v));
  }
  get id(): string {
    return this.get('id');
  }
  get position(): number {
    return this.get('position');
  }
  get visibility(): Excel.SheetVisibility | 'Visible' | 'Hidden' | 'VeryHidden' {
    return this.get('visibility');
  }
  set visibility(v: Excel.SheetVisibility | 'Visible' | 'Hidden' | 'VeryHidden') {
    this.put('visibility', v, (s) => (s.visibility = v as SheetState['visibility']));
  }
  getRange(addressText?: string): FakeRange {
    return new FakeRange(this.ctx, () => {
      const sheet = this.target();
      if (!addressText) return { sheet, rect: { top: 0, left: 0, bottom: 1_048_575, right: 16_383 } };
      const text = addressText.includes('!') ? addressText.split('!').pop()! : addressText;
      const whole = /^\$?([A-Z]{1,3}):\$?([A-Z]{1,3})$/i.exec(text);
      const rect = whole ? parseRange(`${whole[1]}1:${whole[2]}1048576`) : parseRange(text);
      if (!rect) throw hostError('InvalidArgument', `无效的地址 ${addressText}`);
      return { sheet, rect };
    });
  }
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    return new FakeRange(this.ctx, () => {
      if (rowCount < 1 || columnCount < 1) throw hostError('InvalidArgument', 'rowCount and columnCount must be positive');
      return { sheet: this.target(), rect: { top: startRow, left: startColumn, bottom: startRow + rowCount - 1, right: startColumn + columnCount - 1 } };
    });
  }
  /** several areas of the sheet, `A1:B2,D1:D5` (ExcelApi 1.9) */
  getRanges(address?: string): FakeRangeAreas {
    return new FakeRangeAreas(this.ctx, () => {
      requireApi(this.ctx.state, '1.9', 'Worksheet.getRanges');
      const sheet = this.target();
      const rects = (address ?? '').split(',').map((a) => {
        const text = a.trim().includes('!') ? a.trim().split('!').pop()! : a.trim();
        const rect = parseRange(text.replace(/\$/g, ''));
        if (!rect) throw hostError('InvalidArgument', `无效的地址 ${address}`);
        return rect;
      });
      return { sheet, rects };
    });
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return new FakeRange(
      this.ctx,
      () => {
        const sheet = this.target();
        const rect = this.ctx.state.usedRange(sheet, !!valuesOnly);
        return rect ? { sheet, rect } : null;
      },
      true,
    );
  }
  activate(): void {
    this.ctx.queue(() => {
      const s = this.target();
      const state = this.ctx.state;
      if (state.activeSheetId !== s.id) {
        state.activeSheetId = s.id;
        state.selection = { sheetId: s.id, range: { top: 0, left: 0, bottom: 0, right: 0 } };
      }
    });
  }
  delete(): void {
    this.ctx.queue(() => this.ctx.state.deleteSheet(this.target().id));
  }
}

// ---------------------------------------------------------------------------------------------- range
/** Office.js's own type for values/formulas/numberFormat arrays */
type OfficeGrid = Excel.Range['values'];

interface RangeTarget {
  sheet: SheetState;
  rect: CellRange;
}

/** a sheet name as Excel writes it in an address: quoted when it holds anything but letters, digits, _ and CJK */
function sheetRef(name: string): string {
  return /^[\p{L}\p{N}_]+$/u.test(name) && !/^\d/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function cellsRef(r: CellRange): string {
  return r.top === r.bottom && r.left === r.right ? address(r.top, r.left) : rangeAddress(r);
}

function rowsOf(r: CellRange): number {
  return r.bottom - r.top + 1;
}
function colsOf(r: CellRange): number {
  return r.right - r.left + 1;
}

function grid2<V>(t: RangeTarget, f: (row: number, col: number) => V): V[][] {
  const out: V[][] = [];
  for (let r = t.rect.top; r <= t.rect.bottom; r++) {
    const line: V[] = [];
    for (let c = t.rect.left; c <= t.rect.right; c++) line.push(f(r, c));
    out.push(line);
  }
  return out;
}

/** the cell a 2-D value array addresses, checking its dimensions as Excel does (a bare scalar fills all) */
function eachCell<V>(t: RangeTarget, data: V[][] | V, f: (row: number, col: number, v: V) => void): void {
  if (!Array.isArray(data)) {
    for (let r = t.rect.top; r <= t.rect.bottom; r++) for (let c = t.rect.left; c <= t.rect.right; c++) f(r, c, data);
    return;
  }
  if (data.length !== rowsOf(t.rect) || data.some((row) => !Array.isArray(row) || row.length !== colsOf(t.rect))) {
    throw hostError('InvalidArgument', `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rangeAddress(t.rect)}).`);
  }
  data.forEach((row, i) => row.forEach((v, j) => f(t.rect.top + i, t.rect.left + j, v)));
}

const ERRORS = new Set(['#DIV/0!', '#VALUE!', '#N/A', '#NUM!', '#REF!', '#NAME?', '#NULL!', '#SPILL!', '#CALC!']);

/** What Excel makes of an entry typed or written through `values` / `formulas`. */
export function parseEntry(v: unknown): { input: Entry | null; error?: string; format?: string } {
  if (v === null || v === undefined || v === '') return { input: null };
  if (typeof v === 'number' || typeof v === 'boolean') return { input: v };
  const s = String(v);
  if (s.startsWith("'")) return { input: s.slice(1) };
  if (s.startsWith('=')) return { input: s };
  if (ERRORS.has(s.trim())) return { input: s.trim(), error: s.trim() };
  if (/^(true|false)$/i.test(s.trim())) return { input: s.trim().toUpperCase() === 'TRUE' };
  const num = /^\s*([-+]?(\d[\d,]*\.?\d*|\.\d+)(e[-+]?\d+)?)\s*(%?)\s*$/i.exec(s);
  if (num && !/,\d{1,2}(\D|$)/.test(num[1])) {
    const n = Number(num[1].replace(/,/g, ''));
    if (!Number.isNaN(n)) return num[4] ? { input: n / 100, format: '0%' } : { input: n };
  }
  const date = /^\s*(\d{4})[-/](\d{1,2})[-/](\d{1,2})\s*$/.exec(s);
  if (date) {
    const serial = Math.round((Date.UTC(+date[1], +date[2] - 1, +date[3]) - Date.UTC(1899, 11, 30)) / 86_400_000);
    return { input: serial, format: 'yyyy/m/d' };
  }
  return { input: s };
}

/** every format of a cell, as a format copy takes it (copies, not shared objects) */
function copiedLook(from: CellState | undefined): Partial<CellState> {
  return {
    numberFormat: from?.numberFormat ?? 'General',
    fill: from?.fill ?? null,
    bold: from?.bold ?? false,
    align: from?.align ?? 'General',
    font: { ...(from?.font ?? {}) },
    borders: Object.fromEntries(Object.entries(from?.borders ?? {}).map(([k, b]) => [k, { ...b }])),
    vAlign: from?.vAlign,
    wrap: from?.wrap,
  };
}

export class FakeRange extends FakeClientObject<RangeTarget> {
  protected scalarProps = ['address', 'rowIndex', 'columnIndex', 'rowCount', 'columnCount', 'values', 'formulas', 'numberFormat', 'text', 'cellCount'];
  readonly format: FakeRangeFormat;
  readonly conditionalFormats: FakeConditionalFormatCollection;
  constructor(ctx: FakeRequestContext, locate: () => RangeTarget | null, orNull = false, queueResolve = true) {
    super(ctx, locate, { orNull, queueResolve });
    this.format = new FakeRangeFormat(ctx, () => this.target());
    this.conditionalFormats = new FakeConditionalFormatCollection(ctx, () => {
      const t = this.target();
      return { sheet: t.sheet, rects: [t.rect] };
    });
  }
  protected override navigate(name: string): FakeClientObject<unknown> | null {
    return name === 'format' ? (this.format as FakeClientObject<unknown>) : null;
  }
  /** for collections: the item's properties arrive with the collection */
  stageProps(props: string[], t: RangeTarget): void {
    for (const p of props) {
      const v = this.read(p, t);
      this.ctx.stage(() => this.loaded.set(p, v), v);
    }
  }
  protected read(prop: string, t: RangeTarget): unknown {
    const wb = this.ctx.state;
    switch (prop) {
      case 'address':
        return `${sheetRef(t.sheet.name)}!${cellsRef(t.rect)}`;
      case 'rowIndex':
        return t.rect.top;
      case 'columnIndex':
        return t.rect.left;
      case 'rowCount':
        return rowsOf(t.rect);
      case 'columnCount':
        return colsOf(t.rect);
      case 'cellCount':
        return rowsOf(t.rect) * colsOf(t.rect);
      case 'values':
        return grid2(t, (r, c) => wb.value(t.sheet, r, c));
      case 'formulas':
        return grid2(t, (r, c) => wb.formula(t.sheet, r, c));
      case 'numberFormat':
        return grid2(t, (r, c) => wb.numberFormat(t.sheet, r, c));
      case 'text':
        return grid2(t, (r, c) => String(wb.value(t.sheet, r, c)));
      default:
        throw hostError('InvalidArgument', prop);
    }
  }
  get address(): string {
    return this.get('address');
  }
  get rowIndex(): number {
    return this.get('rowIndex');
  }
  get columnIndex(): number {
    return this.get('columnIndex');
  }
  get rowCount(): number {
    return this.get('rowCount');
  }
  get columnCount(): number {
    return this.get('columnCount');
  }
  get cellCount(): number {
    return this.get('cellCount');
  }
  get text(): string[][] {
    return this.get('text');
  }
  get values(): OfficeGrid {
    return this.get('values');
  }
  set values(data: OfficeGrid) {
    this.put('values', data, (t) => this.writeEntries(t, data));
  }
  get formulas(): OfficeGrid {
    return this.get('formulas');
  }
  set formulas(data: OfficeGrid) {
    this.put('formulas', data, (t) => this.writeEntries(t, data));
  }
  get numberFormat(): OfficeGrid {
    return this.get('numberFormat');
  }
  set numberFormat(data: OfficeGrid) {
    this.put('numberFormat', data, (t) => eachCell(t, data, (r, c, v) => this.ctx.state.setStyle(t.sheet, r, c, { numberFormat: String(v) })));
  }
  private writeEntries(t: RangeTarget, data: unknown[][]): void {
    eachCell(t, data, (r, c, v) => {
      const parsed = parseEntry(v);
      this.ctx.state.setInput(t.sheet, r, c, parsed.input, parsed.error);
      if (parsed.format && this.ctx.state.numberFormat(t.sheet, r, c) === 'General') this.ctx.state.setStyle(t.sheet, r, c, { numberFormat: parsed.format });
    });
  }
  getCellProperties(options: Excel.CellPropertiesLoadOptions): FakeClientResult<Excel.CellProperties[][]> {
    return new FakeClientResult(this.ctx, () => {
      const t = this.target();
      return grid2(t, (r, c) => {
        const cell = this.ctx.state.cell(t.sheet, r, c);
        const out: Excel.CellProperties = {};
        const f = options.format;
        if (f) {
          out.format = {};
          if (f.fill) {
            out.format.fill = {};
            if (f.fill.color) out.format.fill.color = cell?.fill ?? '#FFFFFF';
            if (f.fill.pattern) out.format.fill.pattern = cell?.fill ? 'Solid' : 'None';
          }
          if (f.font) {
            const font: Excel.CellPropertiesFont = {};
            if (f.font.bold) font.bold = !!cell?.bold;
            for (const k of ['italic', 'underline', 'strikethrough', 'color', 'name', 'size'] as const) {
              if (f.font[k]) (font as Record<string, unknown>)[k] = cell?.font?.[k] ?? DEFAULT_FONT[k];
            }
            out.format.font = font;
          }
          if (f.horizontalAlignment) out.format.horizontalAlignment = (cell?.align ?? 'General') as Excel.HorizontalAlignment;
          if (f.verticalAlignment) out.format.verticalAlignment = (cell?.vAlign ?? DEFAULT_VERTICAL_ALIGNMENT) as Excel.VerticalAlignment;
          if (f.wrapText) out.format.wrapText = !!cell?.wrap;
          if (f.borders) {
            const want = f.borders;
            const borders: Excel.CellBorderCollection = {};
            for (const k of BORDER_KEYS) {
              const b = { ...DEFAULT_BORDER, ...(cell?.borders?.[k] ?? {}) };
              const edge: Excel.CellBorder = {};
              if (want.style) edge.style = b.style as Excel.BorderLineStyle;
              if (want.color) edge.color = b.color;
              if (want.weight) edge.weight = b.weight as Excel.BorderWeight;
              borders[k] = edge;
            }
            out.format.borders = borders;
          }
        }
        if (options.address) out.address = `${t.sheet.name}!${address(r, c)}`;
        return out;
      });
    });
  }
  setCellProperties(data: Excel.SettableCellProperties[][]): void {
    this.ctx.queue(() => {
      const t = this.target();
      eachCell(t, data, (r, c, p) => {
        const f = p?.format;
        if (!f) return;
        if (f.fill) {
          if (f.fill.pattern === 'None') this.ctx.state.setStyle(t.sheet, r, c, { fill: null });
          else if (f.fill.color) this.ctx.state.setStyle(t.sheet, r, c, { fill: f.fill.color.toUpperCase() });
        }
        const state = this.ctx.state;
        const cell = () => state.cell(t.sheet, r, c);
        if (f.font && f.font.bold !== undefined) state.setStyle(t.sheet, r, c, { bold: f.font.bold });
        if (f.font) {
          const font = { ...(cell()?.font ?? {}) };
          for (const k of ['italic', 'underline', 'strikethrough', 'color', 'name', 'size'] as const) {
            const v = f.font[k];
            if (v !== undefined && v !== null) (font as Record<string, unknown>)[k] = k === 'color' ? String(v).toUpperCase() : v;
          }
          state.setStyle(t.sheet, r, c, { font });
        }
        if (f.horizontalAlignment !== undefined) state.setStyle(t.sheet, r, c, { align: f.horizontalAlignment });
        if (f.verticalAlignment !== undefined) state.setStyle(t.sheet, r, c, { vAlign: f.verticalAlignment });
        if (f.wrapText !== undefined) state.setStyle(t.sheet, r, c, { wrap: f.wrapText });
        if (f.borders) {
          const borders = { ...(cell()?.borders ?? {}) };
          for (const k of BORDER_KEYS) {
            const b = f.borders[k];
            if (!b) continue;
            // as Excel: an edge set to no line loses its colour and weight
            borders[k] = b.style === 'None' ? { style: 'None' } : { ...(borders[k] ?? DEFAULT_BORDER), ...(b.style ? { style: b.style } : {}), ...(b.color ? { color: b.color.toUpperCase() } : {}), ...(b.weight ? { weight: b.weight } : {}) };
          }
          state.setStyle(t.sheet, r, c, { borders });
        }
      });
    }, data);
  }
  /**
   * As Excel for `Formats`: the target takes the source's formats (all the host models: number format, fill,
   * font, borders, alignment, wrapping), the source repeated when it is smaller, as Excel pastes a cell over a
   * range.
   */
  copyFrom(sourceRange: Excel.Range | Excel.RangeAreas | string, copyType?: Excel.RangeCopyType | 'All' | 'Formulas' | 'Values' | 'Formats' | 'Link'): void {
    this.ctx.queue(() => {
      if (copyType !== 'Formats') throw hostError('InvalidArgument', 'the test host copies formats only');
      const t = this.target();
      const source = sourceRange as unknown as FakeRange | string;
      const s = typeof source === 'string' ? { sheet: t.sheet, rect: parseRange(source)! } : source.target();
      const rows = rowsOf(s.rect);
      const cols = s.rect.right - s.rect.left + 1;
      for (let r = t.rect.top; r <= t.rect.bottom; r++) {
        for (let c = t.rect.left; c <= t.rect.right; c++) {
          const from = this.ctx.state.cell(s.sheet, s.rect.top + ((r - t.rect.top) % rows), s.rect.left + ((c - t.rect.left) % cols));
          this.ctx.state.setStyle(t.sheet, r, c, copiedLook(from));
        }
      }
      // as Excel: the source's conditional formats come along, onto the matching part of the target (a source
      // smaller than the target is repeated, so its rule then spans the whole target in that direction)
      for (const [f, area] of s.sheet.conditionalFormats.flatMap((x) => ruleAreas(x).filter((a) => overlaps(a, s.rect)).map((a) => [x, a] as const))) {
        const top = Math.max(area.top, s.rect.top);
        const bottom = Math.min(area.bottom, s.rect.bottom);
        const left = Math.max(area.left, s.rect.left);
        const right = Math.min(area.right, s.rect.right);
        const tallSource = rows < rowsOf(t.rect);
        const wideSource = cols < t.rect.right - t.rect.left + 1;
        const range = {
          top: tallSource ? t.rect.top : t.rect.top + (top - s.rect.top),
          bottom: tallSource ? t.rect.bottom : t.rect.top + (bottom - s.rect.top),
          left: wideSource ? t.rect.left : t.rect.left + (left - s.rect.left),
          right: wideSource ? t.rect.right : t.rect.left + (right - s.rect.left),
        };
        t.sheet.conditionalFormats.push({ ...f, id: this.ctx.state.newId('{CF-'), range, areas: undefined, rule: f.rule && { ...f.rule } });
      }
    }, null);
  }
  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.ctx, () => {
      requireApi(this.ctx.state, '1.13', 'Range.getMergedAreasOrNullObject');
      const t = this.target();
      const hits = t.sheet.merges.filter((m) => !(m.bottom < t.rect.top || m.top > t.rect.bottom || m.right < t.rect.left || m.left > t.rect.right));
      if (hits.length > MAX_MERGED_AREAS) throw hostError('GeneralException', 'There was an internal error while processing the request.');
      return hits.length ? { sheet: t.sheet, rects: hits.map((m) => ({ ...m })) } : null;
    }, true);
  }
  getIntersectionOrNullObject(anotherRange: Excel.Range | string): FakeRange {
    const another = anotherRange as unknown as FakeRange | string;
    return new FakeRange(this.ctx, () => {
      const t = this.target();
      const o = typeof another === 'string' ? { sheet: t.sheet, rect: parseRange(another)! } : another.target();
      if (o.sheet !== t.sheet) throw hostError('InvalidArgument', '区域不在同一工作表');
      const r = { top: Math.max(t.rect.top, o.rect.top), left: Math.max(t.rect.left, o.rect.left), bottom: Math.min(t.rect.bottom, o.rect.bottom), right: Math.min(t.rect.right, o.rect.right) };
      return r.top <= r.bottom && r.left <= r.right ? { sheet: t.sheet, rect: r } : null;
    }, true);
  }
  merge(across?: boolean): void {
    this.ctx.queue(() => {
      const t = this.target();
      const rects = across ? Array.from({ length: rowsOf(t.rect) }, (_, i) => ({ ...t.rect, top: t.rect.top + i, bottom: t.rect.top + i })) : [t.rect];
      for (const rect of rects) {
        t.sheet.merges = t.sheet.merges.filter((m) => m.bottom < rect.top || m.top > rect.bottom || m.right < rect.left || m.left > rect.right);
        t.sheet.merges.push({ ...rect });
        // as Excel: the merged area keeps the top-left cell's value, the others are cleared
        for (let r = rect.top; r <= rect.bottom; r++) {
          for (let c = rect.left; c <= rect.right; c++) {
            if ((r !== rect.top || c !== rect.left) && (t.sheet.rows[r]?.[c]?.input ?? null) !== null) this.ctx.state.setInput(t.sheet, r, c, null);
          }
        }
      }
    }, across);
  }
  unmerge(): void {
    this.ctx.queue(() => {
      const t = this.target();
      t.sheet.merges = t.sheet.merges.filter((m) => m.bottom < t.rect.top || m.top > t.rect.bottom || m.right < t.rect.left || m.left > t.rect.right);
    });
  }
  select(): void {
    this.ctx.queue(() => {
      const t = this.target();
      if (this.ctx.state.activeSheetId !== t.sheet.id) throw hostError('InvalidSelection', '只能选中活动工作表上的区域');
      this.ctx.state.selection = { sheetId: t.sheet.id, range: { ...t.rect } };
    });
  }
  get worksheet(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.target().sheet);
  }
  /** test access: the located target after a sync */
  located(): RangeTarget {
    return this.target();
  }
}

export class FakeRangeFormat extends FakeClientObject<RangeTarget> {
  protected scalarProps = ['columnWidth', 'horizontalAlignment'];
  readonly fill: FakeRangeFill;
  readonly font: FakeRangeFont;
  constructor(ctx: FakeRequestContext, locate: () => RangeTarget) {
    super(ctx, locate, { queueResolve: false });
    this.fill = new FakeRangeFill(ctx, locate);
    this.font = new FakeRangeFont(ctx, locate);
  }
  protected override navigate(name: string): FakeClientObject<unknown> | null {
    return name === 'fill' ? (this.fill as FakeClientObject<unknown>) : name === 'font' ? (this.font as FakeClientObject<unknown>) : null;
  }
  protected read(prop: string, t: RangeTarget): unknown {
    if (prop === 'columnWidth') {
      const widths = new Set<number>();
      for (let c = t.rect.left; c <= t.rect.right; c++) widths.add(t.sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH);
      return widths.size === 1 ? [...widths][0] : null;
    }
    const aligns = new Set(grid2(t, (r, c) => this.ctx.state.cell(t.sheet, r, c)?.align ?? 'General').flat());
    return aligns.size === 1 ? [...aligns][0] : null;
  }
  get columnWidth(): number {
    return this.get('columnWidth');
  }
  set columnWidth(v: number) {
    this.put('columnWidth', v, (t) => {
      for (let c = t.rect.left; c <= t.rect.right; c++) t.sheet.columnWidths.set(c, v);
    });
  }
  get horizontalAlignment(): Excel.HorizontalAlignment | 'General' | 'Left' | 'Center' | 'Right' | 'Fill' | 'Justify' | 'CenterAcrossSelection' | 'Distributed' {
    return this.get('horizontalAlignment');
  }
  set horizontalAlignment(v: Excel.HorizontalAlignment | 'General' | 'Left' | 'Center' | 'Right' | 'Fill' | 'Justify' | 'CenterAcrossSelection' | 'Distributed') {
    this.put('horizontalAlignment', v, (t) => grid2(t, (r, c) => this.ctx.state.setStyle(t.sheet, r, c, { align: v })));
  }
}

export class FakeRangeFill extends FakeClientObject<RangeTarget> {
  protected scalarProps = ['color'];
  constructor(ctx: FakeRequestContext, locate: () => RangeTarget) {
    super(ctx, locate, { queueResolve: false });
  }
  protected read(_prop: string, t: RangeTarget): unknown {
    const fills = new Set(grid2(t, (r, c) => this.ctx.state.cell(t.sheet, r, c)?.fill ?? '#FFFFFF').flat());
    return fills.size === 1 ? [...fills][0] : null;
  }
  get color(): string {
    return this.get('color');
  }
  set color(v: string) {
    this.put('color', v, (t) => grid2(t, (r, c) => this.ctx.state.setStyle(t.sheet, r, c, { fill: v.toUpperCase() })));
  }
  clear(): void {
    this.ctx.queue(() => {
      const t = this.target();
      grid2(t, (r, c) => this.ctx.state.setStyle(t.sheet, r, c, { fill: null }));
    });
  }
}

export class FakeRangeFont extends FakeClientObject<RangeTarget> {
  protected scalarProps = ['bold'];
  constructor(ctx: FakeRequestContext, locate: () => RangeTarget) {
    super(ctx, locate, { queueResolve: false });
  }
  protected read(_prop: string, t: RangeTarget): unknown {
    const bolds = new Set(grid2(t, (r, c) => !!this.ctx.state.cell(t.sheet, r, c)?.bold).flat());
    return bolds.size === 1 ? [...bolds][0] : null;
  }
  get bold(): boolean {
    return this.get('bold');
  }
  set bold(v: boolean) {
    this.put('bold', v, (t) => grid2(t, (r, c) => this.ctx.state.setStyle(t.sheet, r, c, { bold: v })));
  }
}

interface AreasTarget {
  sheet: SheetState;
  rects: CellRange[];
}

export class FakeRangeAreas extends FakeClientObject<AreasTarget> {
  protected scalarProps = ['address', 'areaCount'];
  readonly areas: FakeRangeCollection;
  readonly conditionalFormats: FakeConditionalFormatCollection;
  constructor(ctx: FakeRequestContext, locate: () => AreasTarget | null, orNull = false) {
    super(ctx, locate, { orNull });
    this.areas = new FakeRangeCollection(ctx, () => this.resolveNow());
    this.conditionalFormats = new FakeConditionalFormatCollection(ctx, () => this.target());
  }
  protected override navigate(name: string): FakeClientObject<unknown> | null {
    return name === 'areas' ? (this.areas as FakeClientObject<unknown>) : null;
  }
  protected read(prop: string, t: AreasTarget): unknown {
    return prop === 'areaCount' ? t.rects.length : t.rects.map((r) => `${sheetRef(t.sheet.name)}!${cellsRef(r)}`).join(',');
  }
  get address(): string {
    return this.get('address');
  }
  get areaCount(): number {
    return this.get('areaCount');
  }
}

export class FakeRangeCollection extends FakeClientObject<AreasTarget | null> {
  protected scalarProps: string[] = [];
  private itemList: FakeRange[] | null = null;
  constructor(ctx: FakeRequestContext, locate: () => AreasTarget | null) {
    super(ctx, locate as () => AreasTarget | null | null, { queueResolve: false });
  }
  protected read(): unknown {
    return null;
  }
  get items(): FakeRange[] {
    if (!this.itemList) throw notLoaded('items');
    return this.itemList;
  }
  override load(arg?: LoadArg): this {
    const paths = (loadPaths(arg) ?? ['items']).map((p) => p.replace(/^items\/?/, '')).filter(Boolean);
    this.ctx.queue(() => {
      const t = this.resolveNow();
      const list = (t?.rects ?? []).map((rect) => {
        const target = { sheet: t!.sheet, rect };
        const r = new FakeRange(this.ctx, () => target, false, false);
        r.stageProps(paths.length ? paths : ['address', 'rowIndex', 'columnIndex', 'rowCount', 'columnCount'], target);
        return r;
      });
      this.ctx.stage(() => (this.itemList = list), list.length);
    });
    return this;
  }
}

// -------------------------------------------------------------------------------- conditional formats
function overlaps(a: CellRange, b: CellRange): boolean {
  return !(a.bottom < b.top || a.top > b.bottom || a.right < b.left || a.left > b.right);
}

function inside(a: CellRange, b: CellRange): boolean {
  return a.top >= b.top && a.bottom <= b.bottom && a.left >= b.left && a.right <= b.right;
}

/** What of `r` lies outside `cut`, as rectangles: the rows above and below it, then the columns left and right. */
export function subtractRect(r: CellRange, cut: CellRange): CellRange[] {
  if (!overlaps(r, cut)) return [{ ...r }];
  const out: CellRange[] = [];
  if (r.top < cut.top) out.push({ ...r, bottom: cut.top - 1 });
  if (r.bottom > cut.bottom) out.push({ ...r, top: cut.bottom + 1 });
  const top = Math.max(r.top, cut.top);
  const bottom = Math.min(r.bottom, cut.bottom);
  if (r.left < cut.left) out.push({ top, bottom, left: r.left, right: cut.left - 1 });
  if (r.right > cut.right) out.push({ top, bottom, left: cut.right + 1, right: r.right });
  return out;
}

/** the areas a conditional-format collection belongs to: a range's one, or a RangeAreas' several */
interface RulesTarget {
  sheet: SheetState;
  rects: CellRange[];
}

const touches = (f: ConditionalFormatState, t: RulesTarget) => ruleAreas(f).some((a) => t.rects.some((r) => overlaps(a, r)));

/** the sub-object of a rule that holds its properties, by rule type (Office.js's names) */
const RULE_PARTS: Record<string, string> = {
  CellValue: 'cellValue',
  Custom: 'custom',
  DataBar: 'dataBar',
  ColorScale: 'colorScale',
  IconSet: 'iconSet',
  TopBottom: 'topBottom',
  PresetCriteria: 'preset',
  ContainsText: 'textComparison',
};

/** A rule's properties as Office.js reports them under its part (`cellValue`: its rule and its format …). */
function partJson(cf: ConditionalFormatState): Record<string, unknown> {
  if (cf.type !== 'CellValue' && cf.type !== 'Custom') return JSON.parse(JSON.stringify(cf.details ?? {}));
  const font: Record<string, unknown> = { color: cf.fontColor, bold: cf.font?.bold ?? false, italic: cf.font?.italic ?? false, underline: cf.font?.underline ?? 'None', strikethrough: cf.font?.strikethrough ?? false };
  const format = { fill: { color: cf.fill }, font };
  return cf.type === 'Custom' ? { rule: { formula: cf.rule?.formula1 ?? null }, format } : { rule: { ...(cf.rule ?? {}) }, format };
}

/** Set a rule's properties from what `partJson` gives (a part's `set`). */
function setPart(cf: ConditionalFormatState, json: Record<string, unknown>): void {
  if (cf.type !== 'CellValue' && cf.type !== 'Custom') {
    cf.details = deepMerge(cf.details ?? {}, json);
    return;
  }
  const rule = json.rule as Record<string, string> | undefined;
  if (rule) cf.rule = cf.type === 'Custom' ? { formula1: rule.formula } : { ...rule };
  const format = json.format as { fill?: { color?: string | null }; font?: Record<string, unknown> } | undefined;
  if (format?.fill && 'color' in format.fill) cf.fill = format.fill.color ?? null;
  if (format?.font) {
    const { color, ...rest } = format.font;
    if (color !== undefined) cf.fontColor = (color as string | null) ?? null;
    cf.font = { ...(cf.font ?? {}), ...(rest as ConditionalFormatState['font']) };
  }
}

function deepMerge(a: Record<string, unknown>, b: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...a };
  for (const [k, v] of Object.entries(b)) {
    const old = out[k];
    out[k] = v && typeof v === 'object' && !Array.isArray(v) && old && typeof old === 'object' && !Array.isArray(old) ? deepMerge(old as Record<string, unknown>, v as Record<string, unknown>) : JSON.parse(JSON.stringify(v));
  }
  return out;
}

/** The parts of `json` that `paths` ('rule', 'format/fill/color' …) name, as Office.js loads them. */
function pick(json: Record<string, unknown>, paths: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const p of paths) {
    const keys = p.split('/');
    let from: unknown = json;
    for (const k of keys) from = from && typeof from === 'object' ? (from as Record<string, unknown>)[k] : undefined;
    if (from === undefined) continue;
    let to = out;
    for (const k of keys.slice(0, -1)) to = (to[k] ??= {}) as Record<string, unknown>;
    to[keys[keys.length - 1]] = JSON.parse(JSON.stringify(from));
  }
  return out;
}

export class FakeConditionalFormatCollection extends FakeClientObject<RulesTarget> {
  protected scalarProps: string[] = [];
  private itemList: FakeConditionalFormat[] | null = null;
  constructor(ctx: FakeRequestContext, locate: () => RulesTarget) {
    super(ctx, locate, { queueResolve: false });
  }
  protected read(): unknown {
    return null;
  }
  private overlapping(t: RulesTarget): ConditionalFormatState[] {
    return t.sheet.conditionalFormats.filter((f) => touches(f, t));
  }
  get items(): FakeConditionalFormat[] {
    if (!this.itemList) throw notLoaded('items');
    return this.itemList;
  }
  override load(arg?: LoadArg): this {
    const paths = (loadPaths(arg) ?? ['items']).map((p) => p.replace(/^items\/?/, '')).filter(Boolean);
    this.ctx.queue(() => {
      const t = this.target();
      const list = this.overlapping(t).map((f) => {
        const cf = new FakeConditionalFormat(this.ctx, () => ({ sheet: t.sheet, cf: f }), false);
        cf.stageProps(paths.length ? paths : ['id', 'type', 'priority', 'stopIfTrue'], { sheet: t.sheet, cf: f });
        return cf;
      });
      this.ctx.stage(() => (this.itemList = list), list.length);
    });
    return this;
  }
  /** As Excel: the new rule applies to the collection's areas and comes first (the top priority). */
  add(type: Excel.ConditionalFormatType | 'CellValue' | 'Custom' | 'DataBar' | 'ColorScale' | 'IconSet' | 'TopBottom' | 'PresetCriteria' | 'ContainsText'): FakeConditionalFormat {
    let created: { sheet: SheetState; cf: ConditionalFormatState } | null = null;
    const cf = new FakeConditionalFormat(this.ctx, () => created, false);
    this.ctx.queue(() => {
      const t = this.target();
      const state: ConditionalFormatState = { id: this.ctx.state.newId('{CF-'), range: { ...t.rects[0] }, type: String(type), rule: null, fill: null, fontColor: null };
      if (t.rects.length > 1) state.areas = t.rects.map((r) => ({ ...r }));
      t.sheet.conditionalFormats.unshift(state);
      created = { sheet: t.sheet, cf: state };
    }, type);
    return cf;
  }
  getItem(id: string): FakeConditionalFormat {
    return new FakeConditionalFormat(this.ctx, () => {
      const t = this.target();
      const f = this.overlapping(t).find((x) => x.id === id);
      return f ? { sheet: t.sheet, cf: f } : null;
    });
  }
  getCount(): FakeClientResult<number> {
    return new FakeClientResult(this.ctx, () => this.overlapping(this.target()).length);
  }
  /** As Excel: the rules leave the range's cells only; a rule reaching beyond them keeps the cells outside, in as many areas as that takes. */
  clearAll(): void {
    this.ctx.queue(() => {
      const t = this.target();
      const kept: ConditionalFormatState[] = [];
      for (const f of t.sheet.conditionalFormats) {
        if (!touches(f, t)) {
          kept.push(f);
          continue;
        }
        let areas = ruleAreas(f);
        for (const cut of t.rects) areas = areas.flatMap((a) => (inside(a, cut) ? [] : subtractRect(a, cut)));
        if (!areas.length) continue;
        // the same rule (the same id), on what is left of it
        f.range = areas[0];
        f.areas = areas.length > 1 ? areas : undefined;
        kept.push(f);
      }
      t.sheet.conditionalFormats = kept;
    });
  }
}

interface CfTarget {
  sheet: SheetState;
  cf: ConditionalFormatState;
}

export class FakeConditionalFormat extends FakeClientObject<CfTarget> {
  protected scalarProps = ['id', 'type', 'priority', 'stopIfTrue'];
  readonly cellValue: FakeCellValueConditionalFormat;
  readonly custom: FakeConditionalPart;
  readonly dataBar: FakeConditionalPart;
  readonly colorScale: FakeConditionalPart;
  readonly iconSet: FakeConditionalPart;
  readonly topBottom: FakeConditionalPart;
  readonly preset: FakeConditionalPart;
  readonly textComparison: FakeConditionalPart;
  constructor(ctx: FakeRequestContext, locate: () => CfTarget | null, queueResolve = true) {
    super(ctx, locate, { queueResolve });
    const target = () => this.target();
    this.cellValue = new FakeCellValueConditionalFormat(ctx, target);
    this.custom = new FakeConditionalPart(ctx, target, 'custom');
    this.dataBar = new FakeConditionalPart(ctx, target, 'dataBar');
    this.colorScale = new FakeConditionalPart(ctx, target, 'colorScale');
    this.iconSet = new FakeConditionalPart(ctx, target, 'iconSet');
    this.topBottom = new FakeConditionalPart(ctx, target, 'topBottom');
    this.preset = new FakeConditionalPart(ctx, target, 'preset');
    this.textComparison = new FakeConditionalPart(ctx, target, 'textComparison');
  }
  stageProps(props: string[], t: CfTarget): void {
    for (const p of props) {
      const v = this.read(p, t);
      this.ctx.stage(() => this.loaded.set(p, v), v);
    }
  }
  protected read(prop: string, t: CfTarget): unknown {
    if (prop === 'id') return t.cf.id;
    if (prop === 'type') return t.cf.type;
    if (prop === 'stopIfTrue') return !!t.cf.stopIfTrue;
    return t.sheet.conditionalFormats.indexOf(t.cf);
  }
  get id(): string {
    return this.get('id');
  }
  get type(): Excel.ConditionalFormatType | 'CellValue' | 'Custom' | 'DataBar' | 'ColorScale' | 'IconSet' | 'TopBottom' | 'PresetCriteria' | 'ContainsText' {
    return this.get('type');
  }
  /** the rule's place in the sheet's order, 0 first; setting it moves the rule there */
  get priority(): number {
    return this.get('priority');
  }
  set priority(v: number) {
    this.put('priority', v, (t) => {
      const list = t.sheet.conditionalFormats.filter((f) => f !== t.cf);
      list.splice(Math.max(0, Math.min(v, list.length)), 0, t.cf);
      t.sheet.conditionalFormats = list;
    });
  }
  get stopIfTrue(): boolean {
    return this.get('stopIfTrue');
  }
  set stopIfTrue(v: boolean) {
    this.put('stopIfTrue', v, (t) => (t.cf.stopIfTrue = v || undefined));
  }
  /** the areas the rule applies to (ExcelApi 1.9) */
  getRanges(): FakeRangeAreas {
    return new FakeRangeAreas(this.ctx, () => {
      requireApi(this.ctx.state, '1.9', 'ConditionalFormat.getRanges');
      const t = this.target();
      return { sheet: t.sheet, rects: ruleAreas(t.cf).map((r) => ({ ...r })) };
    });
  }
  delete(): void {
    this.ctx.queue(() => {
      const t = this.target();
      t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter((f) => f !== t.cf);
    });
  }
}

/**
 * The properties of a rule of one type (`custom`, `dataBar` …): loaded by path ('rule', 'format/fill/color'),
 * read back whole with toJSON, set with `set` — the way a rule is copied in Office.js. Using the part of
 * another type than the rule's fails, as in Excel.
 */
export class FakeConditionalPart extends FakeClientObject<CfTarget> {
  protected scalarProps: string[] = [];
  private data: Record<string, unknown> | null = null;
  constructor(
    ctx: FakeRequestContext,
    locate: () => CfTarget,
    private readonly part: string,
  ) {
    super(ctx, locate, { queueResolve: false });
  }
  protected read(): unknown {
    return null;
  }
  private ofType(): CfTarget {
    const t = this.target();
    if (RULE_PARTS[t.cf.type] !== this.part) throw hostError('InvalidOperation', `a ${t.cf.type} rule has no ${this.part}`);
    return t;
  }
  override load(arg?: LoadArg): this {
    const paths = loadPaths(arg) ?? [];
    this.ctx.queue(() => {
      const json = partJson(this.ofType().cf);
      const value = paths.length ? pick(json, paths) : json;
      this.ctx.stage(() => (this.data = value), value);
    });
    return this;
  }
  toJSON(): Record<string, unknown> {
    if (!this.data) throw notLoaded(this.part);
    return JSON.parse(JSON.stringify(this.data));
  }
  set(properties: Record<string, unknown>): void {
    this.ctx.queue(() => setPart(this.ofType().cf, properties), properties);
  }
}

export class FakeCellValueConditionalFormat extends FakeConditionalPart {
  readonly format: { fill: { color: string }; font: { color: string } };
  constructor(ctx: FakeRequestContext, locate: () => CfTarget) {
    super(ctx, locate, 'cellValue');
    const target = () => this.target();
    this.format = {
      fill: {
        get color(): string {
          throw notLoaded('color');
        },
        set color(v: string) {
          ctx.queue(() => (target().cf.fill = v), v);
        },
      },
      font: {
        get color(): string {
          throw notLoaded('color');
        },
        set color(v: string) {
          ctx.queue(() => (target().cf.fontColor = v), v);
        },
      },
    };
  }
  get rule(): Excel.ConditionalCellValueRule {
    return this.toJSON().rule as Excel.ConditionalCellValueRule;
  }
  set rule(v: Excel.ConditionalCellValueRule) {
    this.ctx.queue(() => {
      const t = this.target();
      if (t.cf.type !== 'CellValue') throw hostError('InvalidOperation', 'not a cell value rule');
      t.cf.rule = { ...v };
    }, v);
  }
}

// ------------------------------------------------------------------------------------------------ charts
export class FakeChartCollection extends FakeClientObject<SheetState> {
  protected scalarProps = ['count'];
  private itemList: FakeChart[] | null = null;
  constructor(ctx: FakeRequestContext, locate: () => SheetState) {
    super(ctx, locate, { queueResolve: false });
  }
  protected read(_prop: string, s: SheetState): unknown {
    return s.charts.length;
  }
  get count(): number {
    return this.get('count');
  }
  get items(): FakeChart[] {
    if (!this.itemList) throw notLoaded('items');
    return this.itemList;
  }
  override load(arg?: LoadArg): this {
    const paths = loadPaths(arg) ?? ['items'];
    if (paths.includes('count')) super.load('count');
    const itemPaths = paths.filter((p) => p.startsWith('items')).map((p) => p.replace(/^items\/?/, '')).filter(Boolean);
    if (paths.some((p) => p.startsWith('items')) || !paths.length) {
      this.ctx.queue(() => {
        const s = this.target();
        const list = s.charts.map((c) => {
          const ch = new FakeChart(this.ctx, () => ({ sheet: s, chart: c }), false);
          ch.stageProps(itemPaths.length ? itemPaths : ['name', 'id', 'chartType'], { sheet: s, chart: c });
          return ch;
        });
        this.ctx.stage(() => (this.itemList = list), list.length);
      });
    }
    return this;
  }
  add(type: Excel.ChartType | string, sourceData: FakeRange | Excel.Range, seriesBy?: Excel.ChartSeriesBy | 'Auto' | 'Columns' | 'Rows'): FakeChart {
    let created: { sheet: SheetState; chart: ChartState } | null = null;
    const chart = new FakeChart(this.ctx, () => created, false);
    const source = sourceData as unknown as FakeRange;
    this.ctx.queue(() => {
      const s = this.target();
      const src = source.located();
      const byRows = seriesBy === 'Rows';
      const n = byRows ? rowsOf(src.rect) : colsOf(src.rect);
      const series: ChartSeriesState[] = Array.from({ length: n }, (_, i) => ({
        name: `系列${i + 1}`,
        values: {
          sheet: src.sheet.name,
          range: byRows ? { ...src.rect, top: src.rect.top + i, bottom: src.rect.top + i } : { ...src.rect, left: src.rect.left + i, right: src.rect.left + i },
        },
        categories: null,
        chartType: null,
      }));
      const state: ChartState = { id: this.ctx.state.newId('{CHART-'), name: `图表 ${s.charts.length + 1}`, type: String(type), title: '', series, position: null };
      s.charts.push(state);
      created = { sheet: s, chart: state };
    }, [type, seriesBy]);
    return chart;
  }
  getItem(name: string): FakeChart {
    return new FakeChart(this.ctx, () => {
      const s = this.target();
      const c = s.charts.find((x) => x.name === name || x.id === name);
      return c ? { sheet: s, chart: c } : null;
    });
  }
  getCount(): FakeClientResult<number> {
    return new FakeClientResult(this.ctx, () => this.target().charts.length);
  }
}

interface ChartTarget {
  sheet: SheetState;
  chart: ChartState;
}

export class FakeChart extends FakeClientObject<ChartTarget> {
  protected scalarProps = ['name', 'id', 'chartType'];
  readonly title: FakeChartTitle;
  readonly series: FakeChartSeriesCollection;
  constructor(ctx: FakeRequestContext, locate: () => ChartTarget | null, queueResolve = true) {
    super(ctx, locate, { queueResolve });
    this.title = new FakeChartTitle(ctx, () => this.target());
    this.series = new FakeChartSeriesCollection(ctx, () => this.target());
  }
  stageProps(props: string[], t: ChartTarget): void {
    for (const p of props) {
      const v = this.read(p, t);
      this.ctx.stage(() => this.loaded.set(p, v), v);
    }
  }
  protected read(prop: string, t: ChartTarget): unknown {
    return prop === 'name' ? t.chart.name : prop === 'id' ? t.chart.id : t.chart.type;
  }
  get name(): string {
    return this.get('name');
  }
  set name(v: string) {
    this.put('name', v, (t) => (t.chart.name = v));
  }
  get id(): string {
    return this.get('id');
  }
  get chartType(): string {
    return this.get('chartType');
  }
  setPosition(startCell: Excel.Range | string, endCell?: Excel.Range | string): void {
    this.ctx.queue(() => {
      this.target().chart.position = typeof startCell === 'string' ? startCell : 'range';
    }, [startCell, endCell ?? null]);
  }
  delete(): void {
    this.ctx.queue(() => {
      const t = this.target();
      t.sheet.charts = t.sheet.charts.filter((c) => c !== t.chart);
    });
  }
}

export class FakeChartTitle extends FakeClientObject<ChartTarget> {
  protected scalarProps = ['text'];
  constructor(ctx: FakeRequestContext, locate: () => ChartTarget) {
    super(ctx, locate, { queueResolve: false });
  }
  protected read(_p: string, t: ChartTarget): unknown {
    return t.chart.title;
  }
  get text(): string {
    return this.get('text');
  }
  set text(v: string) {
    this.put('text', v, (t) => (t.chart.title = v));
  }
}

export class FakeChartSeriesCollection extends FakeClientObject<ChartTarget> {
  protected scalarProps = ['count'];
  constructor(ctx: FakeRequestContext, locate: () => ChartTarget) {
    super(ctx, locate, { queueResolve: false });
  }
  protected read(_p: string, t: ChartTarget): unknown {
    return t.chart.series.length;
  }
  get count(): number {
    return this.get('count');
  }
  getItemAt(index: number): FakeChartSeries {
    return new FakeChartSeries(this.ctx, () => {
      const t = this.target();
      const s = t.chart.series[index];
      return s ? { chart: t, series: s } : null;
    });
  }
  add(name?: string, index?: number): FakeChartSeries {
    let created: { chart: ChartTarget; series: ChartSeriesState } | null = null;
    const s = new FakeChartSeries(this.ctx, () => created, false);
    this.ctx.queue(() => {
      const t = this.target();
      const series: ChartSeriesState = { name: name ?? `系列${t.chart.series.length + 1}`, values: null, categories: null, chartType: null };
      t.chart.series.splice(index ?? t.chart.series.length, 0, series);
      created = { chart: t, series };
    }, name);
    return s;
  }
}

export class FakeChartSeries extends FakeClientObject<{ chart: ChartTarget; series: ChartSeriesState }> {
  protected scalarProps = ['name', 'chartType'];
  constructor(ctx: FakeRequestContext, locate: () => { chart: ChartTarget; series: ChartSeriesState } | null, queueResolve = true) {
    super(ctx, locate, { queueResolve });
  }
  protected read(p: string, t: { series: ChartSeriesState }): unknown {
    return p === 'name' ? t.series.name : t.series.chartType;
  }
  get name(): string {
    return this.get('name');
  }
  set name(v: string) {
    this.put('name', v, (t) => (t.series.name = v));
  }
  get chartType(): string {
    return this.get('chartType');
  }
  set chartType(v: string) {
    this.put('chartType', v, (t) => (t.series.chartType = v));
  }
  setValues(sourceData: Excel.Range | FakeRange): void {
    const src = sourceData as unknown as FakeRange;
    this.ctx.queue(() => {
      const r = src.located();
      this.target().series.values = { sheet: r.sheet.name, range: { ...r.rect } };
    });
  }
  setXAxisValues(sourceData: Excel.Range | FakeRange): void {
    const src = sourceData as unknown as FakeRange;
    this.ctx.queue(() => {
      const r = src.located();
      this.target().series.categories = { sheet: r.sheet.name, range: { ...r.rect } };
    });
  }
}

// ------------------------------------------------------------------------------------- custom XML parts
function namespaceOf(xml: string): string {
  return /<[A-Za-z_][\w.-]*(?::[\w.-]+)?\s[^>]*?xmlns(?::\w+)?="([^"]*)"/.exec(xml.replace(/<\?xml[^>]*\?>/, ''))?.[1] ?? '';
}

export class FakeCustomXmlPartCollection extends FakeClientObject<WorkbookState> {
  protected scalarProps: string[] = [];
  private itemList: FakeCustomXmlPart[] | null = null;
  constructor(ctx: FakeRequestContext, private readonly filter: ((p: XmlPartState) => boolean) | null = null) {
    super(ctx, () => ctx.state, { queueResolve: false });
  }
  protected read(): unknown {
    return null;
  }
  get items(): FakeCustomXmlPart[] {
    if (!this.itemList) throw notLoaded('items');
    return this.itemList;
  }
  private matching(): XmlPartState[] {
    return this.ctx.state.xmlParts.filter((p) => !this.filter || this.filter(p));
  }
  override load(arg?: LoadArg): this {
    const paths = (loadPaths(arg) ?? ['items']).map((p) => p.replace(/^items\/?/, '')).filter(Boolean);
    this.ctx.queue(() => {
      const list = this.matching().map((p) => {
        const part = new FakeCustomXmlPart(this.ctx, () => p, false);
        part.stageProps(paths.length ? paths : ['id', 'namespaceUri'], p);
        return part;
      });
      this.ctx.stage(() => (this.itemList = list), list.length);
    });
    return this;
  }
  add(xml: string): FakeCustomXmlPart {
    let created: XmlPartState | null = null;
    const part = new FakeCustomXmlPart(this.ctx, () => created, false);
    this.ctx.queue(() => {
      if (!/^\s*(<\?xml[^>]*\?>)?\s*<[A-Za-z_]/.test(xml)) throw hostError('InvalidArgument', 'The XML is not well formed.');
      created = { id: this.ctx.state.newId('{XML-'), namespaceUri: namespaceOf(xml), xml };
      this.ctx.state.xmlParts.push(created);
    }, xml);
    return part;
  }
  getByNamespace(namespaceUri: string): FakeCustomXmlPartCollection {
    return new FakeCustomXmlPartCollection(this.ctx, (p) => p.namespaceUri === namespaceUri);
  }
  getItem(id: string): FakeCustomXmlPart {
    return new FakeCustomXmlPart(this.ctx, () => this.ctx.state.xmlParts.find((p) => p.id === id) ?? null);
  }
  getOnlyItemOrNullObject(): FakeCustomXmlPart {
    return new FakeCustomXmlPart(this.ctx, () => {
      const m = this.matching();
      return m.length === 1 ? m[0] : null;
    }, true, true);
  }
  getCount(): FakeClientResult<number> {
    return new FakeClientResult(this.ctx, () => this.matching().length);
  }
}

export class FakeCustomXmlPart extends FakeClientObject<XmlPartState> {
  protected scalarProps = ['id', 'namespaceUri'];
  constructor(ctx: FakeRequestContext, locate: () => XmlPartState | null, queueResolve = true, orNull = false) {
    super(ctx, locate, { queueResolve, orNull });
  }
  stageProps(props: string[], p: XmlPartState): void {
    for (const prop of props) {
      const v = this.read(prop, p);
      this.ctx.stage(() => this.loaded.set(prop, v), v);
    }
  }
  protected read(prop: string, p: XmlPartState): unknown {
    return prop === 'id' ? p.id : p.namespaceUri;
  }
  get id(): string {
    return this.get('id');
  }
  get namespaceUri(): string {
    return this.get('namespaceUri');
  }
  getXml(): FakeClientResult<string> {
    return new FakeClientResult(this.ctx, () => this.target().xml);
  }
  setXml(xml: string): void {
    this.ctx.queue(() => {
      const p = this.target();
      p.xml = xml;
      p.namespaceUri = namespaceOf(xml);
    }, xml);
  }
  delete(): void {
    this.ctx.queue(() => {
      const p = this.target();
      this.ctx.state.xmlParts = this.ctx.state.xmlParts.filter((x) => x !== p);
    });
  }
}

// ------------------------------------------------------------------------------- drift check (types only)
/**
 * The members the fake implements, checked against @types/office-js: same names, parameter lists that accept
 * Office.js's, property types that match. (Return types are the fakes themselves, so they are not compared.)
 */
type OfficeShape<T, K extends keyof T> = {
  [P in K]: T[P] extends (...args: infer A) => unknown
    ? (...args: A) => unknown
    : T[P] extends OfficeExtension.ClientObject
      ? unknown
      : T[P] extends OfficeExtension.ClientObject[]
        ? unknown[]
        : T[P];
};
type Implements<Fake extends Shape, Shape> = Fake;
export type DriftCheck = [
  Implements<FakeRange, OfficeShape<Excel.Range, 'address' | 'rowIndex' | 'columnIndex' | 'rowCount' | 'columnCount' | 'cellCount' | 'values' | 'formulas' | 'numberFormat' | 'text' | 'isNullObject' | 'load' | 'getCellProperties' | 'setCellProperties' | 'copyFrom' | 'getMergedAreasOrNullObject' | 'getIntersectionOrNullObject' | 'merge' | 'unmerge' | 'select' | 'format' | 'conditionalFormats' | 'worksheet'>>,
  Implements<FakeRangeFormat, OfficeShape<Excel.RangeFormat, 'columnWidth' | 'horizontalAlignment' | 'fill' | 'font' | 'load'>>,
  Implements<FakeRangeFill, OfficeShape<Excel.RangeFill, 'color' | 'clear' | 'load'>>,
  Implements<FakeRangeFont, OfficeShape<Excel.RangeFont, 'bold' | 'load'>>,
  Implements<FakeRangeAreas, OfficeShape<Excel.RangeAreas, 'address' | 'areaCount' | 'areas' | 'conditionalFormats' | 'isNullObject' | 'load'>>,
  Implements<FakeRangeCollection, OfficeShape<Excel.RangeCollection, 'items' | 'load'>>,
  Implements<FakeWorksheet, OfficeShape<Excel.Worksheet, 'name' | 'id' | 'position' | 'visibility' | 'charts' | 'getRange' | 'getRangeByIndexes' | 'getRanges' | 'getUsedRangeOrNullObject' | 'activate' | 'delete' | 'load' | 'isNullObject'>>,
  Implements<FakeWorksheetCollection, OfficeShape<Excel.WorksheetCollection, 'items' | 'getItem' | 'getItemOrNullObject' | 'getActiveWorksheet' | 'add' | 'getCount' | 'load'>>,
  Implements<FakeWorkbook, OfficeShape<Excel.Workbook, 'worksheets' | 'customXmlParts' | 'getSelectedRange'>>,
  Implements<FakeConditionalFormatCollection, OfficeShape<Excel.ConditionalFormatCollection, 'items' | 'add' | 'getItem' | 'getCount' | 'clearAll' | 'load'>>,
  Implements<FakeConditionalFormat, OfficeShape<Excel.ConditionalFormat, 'id' | 'type' | 'priority' | 'stopIfTrue' | 'cellValue' | 'custom' | 'dataBar' | 'colorScale' | 'iconSet' | 'topBottom' | 'preset' | 'textComparison' | 'getRanges' | 'delete' | 'load'>>,
  Implements<FakeCellValueConditionalFormat, OfficeShape<Excel.CellValueConditionalFormat, 'rule' | 'load'>>,
  Implements<FakeConditionalPart, OfficeShape<Excel.CustomConditionalFormat, 'load'>>,
  Implements<FakeChartCollection, OfficeShape<Excel.ChartCollection, 'items' | 'add' | 'getItem' | 'getCount' | 'count' | 'load'>>,
  Implements<FakeChart, OfficeShape<Excel.Chart, 'name' | 'id' | 'title' | 'series' | 'setPosition' | 'delete' | 'load'>>,
  Implements<FakeChartTitle, OfficeShape<Excel.ChartTitle, 'text' | 'load'>>,
  Implements<FakeChartSeriesCollection, OfficeShape<Excel.ChartSeriesCollection, 'getItemAt' | 'add' | 'count' | 'load'>>,
  Implements<FakeChartSeries, OfficeShape<Excel.ChartSeries, 'name' | 'setValues' | 'setXAxisValues' | 'load'>>,
  Implements<FakeCustomXmlPartCollection, OfficeShape<Excel.CustomXmlPartCollection, 'items' | 'add' | 'getByNamespace' | 'getItem' | 'getCount' | 'load'>>,
  Implements<FakeCustomXmlPartCollection, OfficeShape<Excel.CustomXmlPartScopedCollection, 'items' | 'getOnlyItemOrNullObject' | 'getItem' | 'getCount' | 'load'>>,
  Implements<FakeCustomXmlPart, OfficeShape<Excel.CustomXmlPart, 'id' | 'namespaceUri' | 'getXml' | 'setXml' | 'delete' | 'load'>>,
  Implements<FakeRequestContext, OfficeShape<Excel.RequestContext, 'sync' | 'workbook'>>,
];
