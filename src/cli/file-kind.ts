/**
 * What a file really is, from its bytes, before ExcelJS is asked to read it: so that a real file that is not a
 * .xlsx workbook — an old .xls, an encrypted workbook, a CSV or a web page renamed .xlsx, an empty file — is
 * named in one Chinese line that says what to do, instead of "damaged".
 *
 * Signatures:
 * - OLE2 compound file `D0 CF 11 E0 A1 B1 1A E1` (Office 97-2003): its directory entries (128 bytes each,
 *   UTF-16LE names) tell an encrypted OOXML workbook (`EncryptionInfo` + `EncryptedPackage`: what Excel saves
 *   when a .xlsx has a password to open) from a .xls (`Workbook`, or `Book` for Excel 5), whose first records
 *   say whether it is encrypted too (BOF then FILEPASS), and from Word or PowerPoint files;
 * - zip `PK`: the central directory's names: `xl/workbook.xml` is a workbook, `xl/workbook.bin` an .xlsb,
 *   an OpenDocument spreadsheet (.ods) names its mimetype first; `word/`, `ppt/` are not workbooks;
 * - text: HTML (what many systems export as .xls), MHTML, Excel 2003 XML, CSV or other plain text; PDF.
 */
import * as fs from 'fs';
import * as path from 'path';

export type FileKind =
  | 'empty'
  | 'workbook'
  | 'xlsb'
  | 'ods'
  | 'docx'
  | 'pptx'
  | 'opendocument'
  | 'zip'
  | 'damaged-zip'
  | 'xls'
  | 'encrypted'
  | 'doc'
  | 'ppt'
  | 'ole'
  | 'html'
  | 'mhtml'
  | 'xml-spreadsheet'
  | 'pdf'
  | 'text'
  | 'unknown';

const OLE_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** how much of the start of a file is read to tell text, HTML and the rest */
const HEAD_BYTES = 64 * 1024;
/** a compound file larger than this is named .xls / encrypted from its first part only */
const OLE_READ_LIMIT = 256 * 1024 * 1024;

function readRange(fd: number, position: number, length: number): Buffer {
  const buf = Buffer.alloc(length);
  let done = 0;
  while (done < length) {
    const n = fs.readSync(fd, buf, done, length - done, position + done);
    if (n === 0) break;
    done += n;
  }
  return buf.subarray(0, done);
}

/** What the file at `file` is, by its content (the caller has checked that it exists and is not a folder). */
export function sniffFile(file: string): FileKind {
  const fd = fs.openSync(file, 'r');
  try {
    const size = fs.fstatSync(fd).size;
    if (size === 0) return 'empty';
    const head = readRange(fd, 0, Math.min(size, HEAD_BYTES));
    if (head.length >= 8 && head.subarray(0, 8).equals(OLE_SIGNATURE)) {
      return compoundFileKind(size <= HEAD_BYTES ? head : readRange(fd, 0, Math.min(size, OLE_READ_LIMIT)));
    }
    if (head[0] === 0x50 && head[1] === 0x4b) return zipKind(fd, size, head);
    return textKind(head);
  } finally {
    fs.closeSync(fd);
  }
}

// ------------------------------------------------------------------------------------- compound files
interface DirectoryEntry {
  name: string;
  /** 1 storage, 2 stream, 5 root */
  type: number;
  start: number;
  size: number;
}

const END_OF_CHAIN = 0xfffffffe;
const FREE_SECTOR = 0xffffffff;

/**
 * The few parts of an OLE2 compound file ([MS-CFB]) needed here: the directory, and the first bytes of a
 * stream, following the FAT (or, for a stream under the cutoff, the mini FAT inside the root's stream).
 * Every read is bounds-checked and every chain is cut at the number of sectors the file can hold, so a
 * damaged file gives null rather than an exception or a loop.
 */
class CompoundFile {
  private readonly sectorSize: number;
  private readonly miniSectorSize: number;
  private readonly cutoff: number;
  private readonly fat: number[];
  readonly entries: DirectoryEntry[];

  constructor(private readonly buf: Buffer) {
    this.sectorSize = 1 << buf.readUInt16LE(0x1e);
    this.miniSectorSize = 1 << buf.readUInt16LE(0x20);
    if (this.sectorSize !== 512 && this.sectorSize !== 4096) throw new Error('sector size');
    this.cutoff = buf.readUInt32LE(0x38);
    // the FAT's own sectors: 109 listed in the header, the rest in the DIFAT chain
    const fatSectors: number[] = [];
    for (let i = 0; i < 109; i++) fatSectors.push(buf.readUInt32LE(0x4c + 4 * i));
    let difat = buf.readUInt32LE(0x44);
    const perSector = this.sectorSize / 4;
    for (let guard = 0; difat < END_OF_CHAIN - 4 && guard < this.maxSectors; guard++) {
      const at = this.offset(difat);
      for (let i = 0; i < perSector - 1; i++) fatSectors.push(buf.readUInt32LE(at + 4 * i));
      difat = buf.readUInt32LE(at + 4 * (perSector - 1));
    }
    this.fat = [];
    for (const sid of fatSectors) {
      if (sid >= END_OF_CHAIN - 4) continue;
      const at = this.offset(sid);
      for (let i = 0; i < perSector; i++) this.fat.push(buf.readUInt32LE(at + 4 * i));
    }
    const directory = this.readChain(buf.readUInt32LE(0x30), this.fat, (sid) => this.offset(sid), this.sectorSize);
    this.entries = [];
    for (let at = 0; at + 128 <= directory.length; at += 128) {
      const nameBytes = directory.readUInt16LE(at + 64);
      const type = directory[at + 66];
      if (type === 0 || nameBytes < 2 || nameBytes > 64) continue;
      this.entries.push({
        name: directory.toString('utf16le', at, at + nameBytes - 2),
        type,
        start: directory.readUInt32LE(at + 116),
        size: directory.readUInt32LE(at + 120),
      });
    }
  }

  private get maxSectors(): number {
    return Math.ceil(this.buf.length / this.sectorSize);
  }

  private offset(sid: number): number {
    const at = (sid + 1) * this.sectorSize;
    if (at + this.sectorSize > this.buf.length) throw new Error('sector beyond the file');
    return at;
  }

  private readChain(start: number, fat: number[], offset: (sid: number) => number, size: number, limit = Infinity): Buffer {
    const parts: Buffer[] = [];
    let total = 0;
    for (let sid = start, guard = 0; sid !== END_OF_CHAIN && sid !== FREE_SECTOR && total < limit; guard++) {
      if (guard > this.maxSectors * (this.sectorSize / size) || sid >= fat.length) throw new Error('broken chain');
      const at = offset(sid);
      parts.push(this.buf.subarray(at, at + size));
      total += size;
      sid = fat[sid];
    }
    return Buffer.concat(parts);
  }

  /** the first `length` bytes of a stream */
  streamStart(entry: DirectoryEntry, length: number): Buffer {
    const limit = Math.min(length, entry.size);
    if (entry.size >= this.cutoff) return this.readChain(entry.start, this.fat, (sid) => this.offset(sid), this.sectorSize, limit).subarray(0, limit);
    const root = this.entries.find((e) => e.type === 5);
    if (!root) throw new Error('no root');
    const mini = this.readChain(root.start, this.fat, (sid) => this.offset(sid), this.sectorSize);
    const miniFat: number[] = [];
    const miniFatBytes = this.readChain(this.buf.readUInt32LE(0x3c), this.fat, (sid) => this.offset(sid), this.sectorSize);
    for (let i = 0; i + 4 <= miniFatBytes.length; i += 4) miniFat.push(miniFatBytes.readUInt32LE(i));
    const miniOffset = (sid: number) => {
      const at = sid * this.miniSectorSize;
      if (at + this.miniSectorSize > mini.length) throw new Error('mini sector beyond the mini stream');
      return at;
    };
    const parts: Buffer[] = [];
    let total = 0;
    for (let sid = entry.start, guard = 0; sid !== END_OF_CHAIN && total < limit; guard++) {
      if (guard > miniFat.length || sid >= miniFat.length) throw new Error('broken mini chain');
      const at = miniOffset(sid);
      parts.push(mini.subarray(at, at + this.miniSectorSize));
      total += this.miniSectorSize;
      sid = miniFat[sid];
    }
    return Buffer.concat(parts).subarray(0, limit);
  }
}

/** BIFF record types: the first record of a workbook stream, and the one that says it has a password to open */
const BIFF_BOF = [0x0809, 0x0409, 0x0209, 0x0009];
const BIFF_FILEPASS = 0x002f;

function compoundFileKind(buf: Buffer): FileKind {
  let file: CompoundFile;
  try {
    file = new CompoundFile(buf);
  } catch {
    return 'ole';
  }
  const streams = new Map(file.entries.filter((e) => e.type === 2).map((e) => [e.name, e]));
  // what Excel saves for a .xlsx with a password to open: the zip, encrypted, in a compound file
  if (streams.has('EncryptionInfo') || streams.has('EncryptedPackage')) return 'encrypted';
  const book = streams.get('Workbook') ?? streams.get('Book');
  if (book) {
    // a .xls with a password to open: the workbook stream starts BOF, FILEPASS
    try {
      const start = file.streamStart(book, 4096);
      if (start.length >= 8 && BIFF_BOF.includes(start.readUInt16LE(0))) {
        const next = 4 + start.readUInt16LE(2);
        if (next + 2 <= start.length && start.readUInt16LE(next) === BIFF_FILEPASS) return 'encrypted';
      }
    } catch {
      // an unreadable stream: still a .xls by its directory
    }
    return 'xls';
  }
  if (streams.has('WordDocument')) return 'doc';
  if (streams.has('PowerPoint Document')) return 'ppt';
  return 'ole';
}

// ------------------------------------------------------------------------------------------------- zip
const EOCD = 0x06054b50;
const CENTRAL_ENTRY = 0x02014b50;

/** The names in a zip's central directory; null when it has none that can be read (a truncated or damaged zip). */
function zipNames(fd: number, size: number): string[] | null {
  const tailLength = Math.min(size, 22 + 0xffff);
  const tail = readRange(fd, size - tailLength, tailLength);
  let eocd = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = tail.readUInt16LE(eocd + 10);
  const cdSize = tail.readUInt32LE(eocd + 12);
  const cdOffset = tail.readUInt32LE(eocd + 16);
  // a zip64 archive keeps the real values elsewhere; a workbook that large is left to ExcelJS
  if (cdOffset === 0xffffffff || cdSize === 0xffffffff) return [];
  if (cdOffset + cdSize > size) return null;
  const cd = readRange(fd, cdOffset, cdSize);
  const names: string[] = [];
  let at = 0;
  for (let i = 0; i < count && at + 46 <= cd.length; i++) {
    if (cd.readUInt32LE(at) !== CENTRAL_ENTRY) return names.length ? names : null;
    const nameLength = cd.readUInt16LE(at + 28);
    const extraLength = cd.readUInt16LE(at + 30);
    const commentLength = cd.readUInt16LE(at + 32);
    names.push(cd.toString('utf8', at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

function zipKind(fd: number, size: number, head: Buffer): FileKind {
  const names = zipNames(fd, size);
  if (names === null) return 'damaged-zip';
  if (!names.length) return 'workbook'; // zip64: too large to look into here
  const lower = names.map((n) => n.toLowerCase().replace(/^\//, ''));
  if (lower.some((n) => /(^|\/)workbook\d*\.xml$/.test(n))) return 'workbook';
  if (lower.some((n) => /(^|\/)workbook\d*\.bin$/.test(n))) return 'xlsb';
  // OpenDocument: the first entry, stored uncompressed, is `mimetype` with the document's type
  const mimetype = /mimetypeapplication\/vnd\.oasis\.opendocument\.([a-z-]+)/.exec(head.subarray(0, 256).toString('latin1'));
  if (mimetype) return mimetype[1] === 'spreadsheet' ? 'ods' : 'opendocument';
  if (lower.includes('word/document.xml')) return 'docx';
  if (lower.includes('ppt/presentation.xml')) return 'pptx';
  return 'zip';
}

// ------------------------------------------------------------------------------------------------ text
function textKind(head: Buffer): FileKind {
  let text: string;
  if (head[0] === 0xff && head[1] === 0xfe) text = head.subarray(2).toString('utf16le');
  else if (head[0] === 0xfe && head[1] === 0xff) text = Buffer.from(head.subarray(2)).swap16().toString('utf16le');
  else {
    if (head.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
    // binary: NUL bytes, or many control characters (a text file has none but tab, line ends, form feed, ^Z)
    let control = 0;
    for (const b of head) {
      if (b === 0) return 'unknown';
      if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1a) control++;
    }
    if (control > head.length / 100) return 'unknown';
    text = head.toString('utf8');
  }
  const start = text.replace(/^\uFEFF/, '').trimStart().slice(0, 4096).toLowerCase();
  if (/^mime-version:/.test(start) || /^(from:|subject:|date:)[^\n]*\n[\s\S]*mime-version:/.test(start)) return 'mhtml';
  if (start.startsWith('<?xml') && start.includes('urn:schemas-microsoft-com:office:spreadsheet')) return 'xml-spreadsheet';
  if (start.startsWith('<') && /<(!doctype html|html|table|body|head|meta)[\s>]/.test(start)) return 'html';
  return 'text';
}

// -------------------------------------------------------------------------------------------- in words
/** the extensions whose text content is expected (their own message asks for .xlsx without naming the content) */
const NOT_XLSX_EXTENSIONS = ['.xls', '.et', '.csv', '.txt', '.tsv'];

/**
 * Why a file of this kind cannot be read as a workbook, in one Chinese line that says what to do; null for a
 * workbook (ExcelJS reads it, whatever its extension says).
 */
export function fileKindProblem(kind: FileKind, file: string): string | null {
  const name = path.basename(file);
  const ext = path.extname(file).toLowerCase();
  const cannot = (why: string) => `无法读取「${name}」：${why}`;
  // Excel's lock file beside an open workbook (`~$表.xlsx`, a few hundred bytes): the user picked the wrong one
  if (kind !== 'workbook' && name.startsWith('~$')) return cannot(`这是 Excel 打开工作簿时生成的临时文件，请改用原文件「${name.slice(2)}」`);
  switch (kind) {
    case 'workbook':
      return null;
    case 'empty':
      return cannot('这是一个空文件（0 字节），其中没有工作表');
    case 'encrypted':
      return cannot('文件已加密，请先取消密码（在 Excel 中：文件 › 信息 › 保护工作簿 › 用密码进行加密，清空密码后保存）再试');
    case 'xls':
      return ext === '.et' ? cannot('这是 WPS 表格 (.et) 文件，请另存为 .xlsx 后再试') : cannot('这是 Excel 97-2003 (.xls) 文件，请另存为 .xlsx 后再试');
    case 'doc':
      return cannot('这是 Word 97-2003 文档 (.doc)，不是工作簿');
    case 'ppt':
      return cannot('这是 PowerPoint 97-2003 演示文稿 (.ppt)，不是工作簿');
    case 'ole':
      return cannot('这是旧版 Office (97-2003) 格式的文件，不是 .xlsx 工作簿');
    case 'xlsb':
      return cannot('这是 Excel 二进制工作簿 (.xlsb)，请在 Excel 中另存为 .xlsx 后再试');
    case 'ods':
      return cannot('这是 OpenDocument 表格 (.ods)，请在 WPS、LibreOffice 或 Excel 中另存为 .xlsx 后再试');
    case 'opendocument':
      return cannot('这是 OpenDocument 文档（不是表格），不是工作簿');
    case 'docx':
      return cannot('这是 Word 文档 (.docx)，不是工作簿');
    case 'pptx':
      return cannot('这是 PowerPoint 演示文稿 (.pptx)，不是工作簿');
    case 'zip':
      return cannot('这是一个 zip 压缩包，其中没有工作簿（缺少 xl/workbook.xml），不是 .xlsx 文件');
    case 'html':
      return cannot('这是网页 (HTML) 格式的表格（许多系统导出的 .xls 其实是网页），请在 Excel 中打开后另存为 .xlsx 再试');
    case 'mhtml':
      return cannot('这是单个文件网页 (.mht) 格式的表格，请在 Excel 中打开后另存为 .xlsx 再试');
    case 'xml-spreadsheet':
      return cannot('这是 XML 电子表格 (Excel 2003 XML)，请在 Excel 中打开后另存为 .xlsx 再试');
    case 'pdf':
      return cannot('这是 PDF 文件，不是工作簿');
    case 'text':
      return NOT_XLSX_EXTENSIONS.includes(ext)
        ? `「${name}」不是 .xlsx 文件：请在 Excel 或 WPS 中另存为 .xlsx 后再试`
        : cannot('这是文本文件（如 CSV），不是 .xlsx 工作簿：请在 Excel 或 WPS 中打开后另存为 .xlsx 再试');
    case 'damaged-zip':
    case 'unknown':
      return NOT_XLSX_EXTENSIONS.includes(ext) ? `「${name}」不是 .xlsx 文件：请在 Excel 或 WPS 中另存为 .xlsx 后再试` : cannot('不是有效的 .xlsx 文件或文件已损坏');
  }
}
