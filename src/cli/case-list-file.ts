/**
 * A case list read from its file as a stream, in constant memory whatever its length: a .csv (UTF-8 or
 * GB18030/GBK, as the case systems export; detected, or named by --encoding) through ./csv-records.ts, or an .xlsx through
 * ExcelJS's streaming WorkbookReader. The first rows are gathered into a small grid and recognised as a case list
 * (which row is the header, which column is 案号 …); every row after them goes straight to the engine's
 * CaseReader, which keeps the cases by column. No sheet is ever held as cells.
 */
import * as fs from 'fs';
import * as path from 'path';
import { TextDecoder } from 'util';
import { CsvRecords } from './csv-records';
import type { CellValue, Grid } from '../core/base/grid';
import { columnLetter, parseRange } from '../core/base/grid';
import type { RecognizedTable } from '../core/recognize/types';
import type { CaseFieldName } from '../core/catalog/case-fields';
import type { CaseCodeTable } from '../core/casenumber/code-table';
import { CaseReader, caseListLayout, recognizeCaseList, type ReadResult, type RejectedRow } from '../core/caselist';
import { fileKindProblem, sniffFile } from './file-kind';
import { CliError } from './types';

/** rows gathered for recognition before the rest is streamed (recognition samples at most 300 body rows) */
export const HEAD_ROWS = 2000;

export type CsvEncoding = 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';

/** `--encoding` spellings: the GB family is read as GB18030, which contains GBK and GB2312. */
const ENCODING_NAMES: Record<string, CsvEncoding> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  gb18030: 'gb18030',
  gbk: 'gb18030',
  gb2312: 'gb18030',
  cp936: 'gb18030',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
};

export function parseEncoding(text: string): CsvEncoding {
  const hit = ENCODING_NAMES[text.trim().toLowerCase()];
  if (!hit) throw new CliError(`--encoding 应为 utf-8 或 gb18030（gbk、gb2312 亦可），此处为「${text}」`);
  return hit;
}

export interface CaseListFileOptions {
  /** the sheet of an .xlsx to read (default: the first holding a case list) */
  sheet?: string;
  /** a CSV's encoding (default: detected) */
  encoding?: CsvEncoding;
  onRejected?: (r: RejectedRow) => void;
  /** the type codes to read the 案号 with (a court's local codes added from its preset) */
  codes?: CaseCodeTable;
  /** how far the file has been read (0–1) and the rows so far; called often, throttling is the caller's */
  progress?: (fraction: number, rows: number) => void;
}

export interface CaseListFile {
  kind: 'csv' | 'xlsx';
  /** the list's sheet (a CSV: its file name without the extension) */
  sheet: string;
  /** the workbook's sheets (a CSV: none) */
  sheetNames: string[];
  table: RecognizedTable;
  columns: Set<CaseFieldName>;
  read: ReadResult;
  /** a CSV's encoding, and whether it was detected rather than named */
  encoding?: { name: CsvEncoding; detected: boolean };
}

/** Whether a file is read as CSV: by its bytes (plain text), whatever its extension. */
export function isCsvFile(file: string): boolean {
  return sniffFile(file) === 'text';
}

export async function readCaseListFile(file: string, options: CaseListFileOptions = {}): Promise<CaseListFile> {
  if (!fs.existsSync(file)) throw new CliError(`找不到文件「${file}」`);
  if (fs.statSync(file).isDirectory()) throw new CliError(`「${file}」是一个文件夹，不是 .xlsx 或 .csv 文件`);
  const kind = sniffFile(file);
  if (kind === 'text') {
    if (options.sheet !== undefined) throw new CliError(`「${path.basename(file)}」是 CSV 文本文件，没有工作表：--sheet 只用于 .xlsx 工作簿`);
    return readCsv(file, options);
  }
  const problem = fileKindProblem(kind, file);
  if (problem) throw new CliError(problem);
  return readXlsx(file, options);
}

/**
 * The first HEAD_ROWS rows of a sheet, recognised; then every row to the CaseReader. Rows are 1-based sheet rows;
 * rows missing from a stream (blank rows an .xlsx does not store) are blank.
 */
class ListFeeder {
  private head: CellValue[][] = [];
  private formats: (string | null)[][] = [];
  private reader: CaseReader | null = null;
  table: RecognizedTable | null = null;
  columns = new Set<CaseFieldName>();
  private lastRow = 0;
  rows = 0;
  /** true once the head was looked at and is no case list */
  notAList = false;

  constructor(
    readonly sheet: string,
    private readonly onRejected?: (r: RejectedRow) => void,
    private readonly codes?: CaseCodeTable,
  ) {}

  push(row: CellValue[], rowNumber: number, formats?: (string | null)[]): void {
    this.rows = rowNumber;
    if (!isBlank(row)) this.lastRow = rowNumber;
    if (this.reader) {
      this.reader.add(row, rowNumber);
      return;
    }
    while (this.head.length < rowNumber - 1) {
      this.head.push([]);
      this.formats.push([]);
    }
    this.head.push(row);
    this.formats.push(formats ?? []);
    if (this.head.length >= HEAD_ROWS) this.recognise();
  }

  /** Recognises the head; false when it is no case list. */
  private recognise(): boolean {
    if (this.reader) return true;
    if (this.notAList) return false;
    const width = this.head.reduce((w, r) => Math.max(w, r.length), 0);
    const pad = <T>(rows: T[][], fill: T): T[][] => rows.map((r) => (r.length === width ? r : [...r, ...new Array<T>(width - r.length).fill(fill)]));
    const grid: Grid = { sheet: this.sheet, origin: { row: 0, col: 0 }, values: pad(this.head, null as CellValue), numberFormats: pad(this.formats, null as string | null) };
    const table = width ? recognizeCaseList(grid) : null;
    if (!table) {
      this.notAList = true;
      this.head = [];
      this.formats = [];
      return false;
    }
    const layout = caseListLayout(grid, table);
    this.table = table;
    this.columns = new Set(layout.columns.keys());
    this.reader = new CaseReader(layout, { onRejected: this.onRejected, codes: this.codes });
    for (let r = layout.firstRow; r < this.head.length; r++) this.reader.add(this.head[r], r + 1);
    this.head = [];
    this.formats = [];
    return true;
  }

  /** The list read, or null when the sheet holds none. */
  finish(): ListRead | null {
    if (!this.recognise()) return null;
    const table = this.table!;
    // the range as far as the list goes, not only the rows recognition looked at
    const range = parseRange(table.range)!;
    const bottom = Math.max(range.bottom + 1, this.lastRow);
    return { table: { ...table, range: `${columnLetter(range.left)}${range.top + 1}:${columnLetter(range.right)}${bottom}` }, columns: this.columns, read: this.reader!.result() };
  }
}

interface ListRead {
  table: RecognizedTable;
  columns: Set<CaseFieldName>;
  read: ReadResult;
}

function isBlank(row: CellValue[]): boolean {
  for (const v of row) if (v !== null && v !== undefined && !(typeof v === 'string' && v.trim() === '')) return false;
  return true;
}

const NOT_FOUND = (sheet: string | undefined, where: string) =>
  sheet
    ? `工作表「${sheet}」中没有识别出案件明细（需要一列案号，如（2023）豫1322民初1234号）`
    : `${where}中没有识别出案件明细（需要一列案号，如（2023）豫1322民初1234号）${where === '工作簿' ? '；可用 --sheet 指定工作表' : ''}`;

// ---------------------------------------------------------------- CSV

/** The encoding of a CSV from its first bytes: a BOM says it; else UTF-8 if they decode as UTF-8, else GB18030. */
export function detectEncoding(first: Uint8Array): CsvEncoding {
  if (first[0] === 0xef && first[1] === 0xbb && first[2] === 0xbf) return 'utf-8';
  if (first[0] === 0xff && first[1] === 0xfe) return 'utf-16le';
  if (first[0] === 0xfe && first[1] === 0xff) return 'utf-16be';
  try {
    // stream: a character cut at the chunk's end is not an error
    new TextDecoder('utf-8', { fatal: true }).decode(first, { stream: true });
    return 'utf-8';
  } catch {
    return 'gb18030';
  }
}

/** The delimiter of a CSV from its first line: a tab when it has more tabs than commas (a .txt/.tsv export). */
function delimiterOf(firstText: string): string {
  const line = firstText.slice(0, Math.max(0, firstText.indexOf('\n')) || firstText.length);
  const tabs = line.split('\t').length;
  const commas = line.split(',').length;
  return tabs > commas ? '\t' : ',';
}

async function readCsv(file: string, options: CaseListFileOptions): Promise<CaseListFile> {
  const size = fs.statSync(file).size;
  const name = path.basename(file);
  const sheet = name.replace(/\.[^.]*$/, '') || '案件明细';
  const feeder = new ListFeeder(sheet, options.onRejected, options.codes);
  let encoding: CsvEncoding | undefined = options.encoding;
  const detected = !encoding;
  let decoder: TextDecoder | null = null;
  let bytes = 0;
  let records: CsvRecords | null = null;
  let count = 0;
  let pending = '';

  // each record is handed to the feeder as it is complete, and dropped: nothing is buffered
  const onRecord = (fields: string[]): void => {
    count++;
    // the record becomes the row in place (an empty field is a blank cell)
    const row = fields as CellValue[];
    for (let c = 0; c < row.length; c++) if (row[c] === '') row[c] = null;
    feeder.push(row, count);
    if ((count & 8191) === 0) options.progress?.(size ? bytes / size : 1, count);
  };
  const badEncoding = () =>
    new CliError(
      `「${name}」在第 ${bytes} 字节附近不是有效的 ${encoding === 'gb18030' ? 'GB18030/GBK' : encoding!.toUpperCase()} 编码${detected ? '（按开头自动判断）' : ''}：` +
        `请用 --encoding ${encoding === 'utf-8' ? 'gb18030' : 'utf-8'} 指定编码`,
    );

  const source = fs.createReadStream(file, { highWaterMark: 1 << 20 });
  try {
    for await (const chunk of source as AsyncIterable<Buffer>) {
      if (!decoder) {
        encoding ??= detectEncoding(chunk);
        decoder = new TextDecoder(encoding, { fatal: true });
      }
      let text: string;
      try {
        text = decoder.decode(chunk, { stream: true });
      } catch {
        throw badEncoding();
      }
      bytes += chunk.length;
      if (!records) {
        // the first line chooses the delimiter
        pending += text;
        if (!pending.includes('\n') && pending.length < 65536) continue;
        text = pending;
        pending = '';
        records = new CsvRecords(delimiterOf(text), onRecord);
      }
      records.push(text);
    }
    let rest: string;
    try {
      rest = decoder ? decoder.decode() : '';
    } catch {
      throw badEncoding();
    }
    records ??= new CsvRecords(delimiterOf(pending), onRecord);
    records.push(pending + rest);
    records.end();
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError(`无法读取「${name}」：${e instanceof Error ? e.message : String(e)}`);
  } finally {
    source.destroy();
  }
  options.progress?.(1, count);
  const list = feeder.finish();
  if (!list) throw new CliError(NOT_FOUND(undefined, `「${name}」`));
  return { kind: 'csv', sheet, sheetNames: [], ...list, encoding: { name: encoding ?? 'utf-8', detected } };
}

// ---------------------------------------------------------------- .xlsx

/** The parts of ExcelJS's WorkbookReader that read a zip entry as XML (exceljs/lib/stream/xlsx/workbook-reader.js). */
interface EntryParsers {
  _parseWorkbook(entry: NodeJS.ReadableStream): unknown;
  _parseSharedStrings(entry: NodeJS.ReadableStream): unknown;
  _parseStyles(entry: NodeJS.ReadableStream): unknown;
  _parseWorksheet(iterator: AsyncIterable<Buffer | string>, sheetNo: number): unknown;
}

/**
 * ExcelJS's streaming reader decodes each chunk of an entry as UTF-8 on its own (utils/parse-sax.js), so a Chinese
 * character cut by a chunk boundary becomes two U+FFFD (a 案号 `…刑初4号` read as `…刑初4��`, then rejected).
 * The entries are handed to it already decoded as a stream (a string chunk passes through untouched).
 */
function utf8SafeReader<T extends object>(reader: T): T {
  const r = reader as unknown as EntryParsers;
  const proto = Object.getPrototypeOf(reader) as EntryParsers;
  for (const name of ['_parseWorkbook', '_parseSharedStrings', '_parseStyles'] as const) {
    r[name] = (entry: NodeJS.ReadableStream) => {
      entry.setEncoding('utf8');
      return proto[name].call(r, entry);
    };
  }
  r._parseWorksheet = (iterator, sheetNo) => proto._parseWorksheet.call(r, decodeUtf8(iterator), sheetNo);
  return reader;
}

async function* decodeUtf8(chunks: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of chunks) yield typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
  const rest = decoder.decode();
  if (rest) yield rest;
}

async function readXlsx(file: string, options: CaseListFileOptions): Promise<CaseListFile> {
  // ExcelJS is loaded only here: the verbs that never read a workbook start without it
  const ExcelJS = (await import('exceljs')).default;
  const { normaliseValue } = await import('./xlsx-read');
  const size = fs.statSync(file).size;
  let bytes = 0;
  const input = fs.createReadStream(file, { highWaterMark: 1 << 20 });
  input.on('data', (chunk) => {
    bytes += chunk.length;
  });
  const reader = utf8SafeReader(new ExcelJS.stream.xlsx.WorkbookReader(input, { sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit', entries: 'ignore' }));
  const sheetNames: string[] = [];
  let found: (ListRead & { sheet: string }) | null = null;
  try {
    for await (const ws of reader) {
      const name = (ws as unknown as { name: string }).name;
      sheetNames.push(name);
      const wanted: boolean = !found && (options.sheet === undefined || options.sheet === name);
      const feeder: ListFeeder | null = wanted ? new ListFeeder(name, options.onRejected, options.codes) : null;
      for await (const row of ws as unknown as AsyncIterable<import('exceljs').Row>) {
        if (!feeder || feeder.notAList) continue; // the rest of a sheet that is not read is skipped, not held
        const values = row.values as unknown[];
        const cells: CellValue[] = new Array<CellValue>(Math.max(0, values.length - 1)).fill(null);
        let formats: (string | null)[] | undefined;
        const inHead = row.number <= HEAD_ROWS;
        if (inHead) formats = new Array<string | null>(cells.length).fill(null);
        for (let c = 1; c < values.length; c++) {
          const v = values[c];
          if (v === undefined || v === null) continue;
          cells[c - 1] = normaliseValue(v);
          if (formats) formats[c - 1] = row.getCell(c).numFmt ?? null;
        }
        feeder.push(cells, row.number, formats);
        if ((row.number & 4095) === 0) options.progress?.(size ? bytes / size : 1, row.number);
      }
      if (feeder) {
        const list: ListRead | null = feeder.finish();
        if (list) found = { ...list, sheet: name };
      }
    }
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError(`无法读取「${path.basename(file)}」：不是有效的 .xlsx 文件或文件已损坏`);
  } finally {
    input.destroy();
  }
  options.progress?.(1, 0);
  if (!sheetNames.length) throw new CliError(`无法读取「${path.basename(file)}」：其中没有工作表，不是有效的 .xlsx 文件`);
  if (options.sheet !== undefined && !sheetNames.includes(options.sheet)) {
    throw new CliError(`工作表「${options.sheet}」不存在。工作簿中的工作表：${sheetNames.join('、')}`);
  }
  if (!found) throw new CliError(NOT_FOUND(options.sheet, '工作簿'));
  return { kind: 'xlsx', sheet: found.sheet, sheetNames, table: found.table, columns: found.columns, read: found.read };
}
