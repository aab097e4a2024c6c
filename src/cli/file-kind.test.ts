import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { biffWorkbook, compoundFile } from '../../test/support/compound-file';
import { sniffFile } from './file-kind';
import { run } from './main';
import { readWorkbook } from './xlsx-read';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'zhixiao-kind-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function write(name: string, bytes: Buffer | string): string {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, bytes);
  return file;
}

async function zip(entries: Record<string, string>, first?: { name: string; text: string }): Promise<Buffer> {
  const z = new JSZip();
  // OpenDocument puts its mimetype first and stored (uncompressed), as every ODF writer does
  if (first) z.file(first.name, first.text, { compression: 'STORE' });
  for (const [name, text] of Object.entries(entries)) z.file(name, text);
  return z.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

async function workbookBytes(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('表').getCell('A1').value = '院别';
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** what readWorkbook says about the file: its one line, or 'read' */
async function said(file: string): Promise<string> {
  try {
    await readWorkbook(file);
    return 'read';
  } catch (e) {
    expect((e as Error).constructor.name).toBe('CliError');
    expect((e as Error).message).not.toMatch(/\n/);
    return (e as Error).message;
  }
}

/** the streams Excel writes around an encrypted .xlsx (the package itself, encrypted, is left out: only the directory is needed) */
const ENCRYPTED_STREAMS = [
  { name: 'EncryptionInfo', data: Buffer.concat([Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0]), Buffer.from('<?xml version="1.0"?><encryption/>')]) },
  { name: 'EncryptedPackage', data: Buffer.alloc(5000, 0xa5) },
  { name: '\u0006DataSpaces', data: Buffer.alloc(16) },
];

describe('a file that is not a readable .xlsx is named by what it is, in one line, before ExcelJS calls it damaged', () => {
  test('an Excel 97-2003 workbook (OLE2 compound file with a Workbook stream) renamed .xlsx', async () => {
    // a workbook stream under 4 KB lives in the mini stream, as small .xls files do; one above it in sectors
    for (const size of [0, 6000]) {
      const file = write(`old-${size}.xlsx`, compoundFile([{ name: 'Workbook', data: biffWorkbook({ size }) }, { name: '\u0005SummaryInformation', data: Buffer.alloc(200) }]));
      expect(await said(file)).toBe(`无法读取「old-${size}.xlsx」：这是 Excel 97-2003 (.xls) 文件，请另存为 .xlsx 后再试`);
    }
    const named = write('old.xls', compoundFile([{ name: 'Workbook', data: biffWorkbook() }]));
    expect(await said(named)).toContain('这是 Excel 97-2003 (.xls) 文件，请另存为 .xlsx');
    const excel5 = write('excel5.xlsx', compoundFile([{ name: 'Book', data: biffWorkbook() }]));
    expect(await said(excel5)).toContain('这是 Excel 97-2003 (.xls) 文件');
  });

  test('an encrypted workbook: a compound file holding EncryptionInfo (a minimal one: its directory is what is read)', async () => {
    const file = write('密码.xlsx', compoundFile(ENCRYPTED_STREAMS));
    expect(await said(file)).toMatch(/^无法读取「密码\.xlsx」：文件已加密，请先取消密码/);
  });

  test('a .xls with a password to open (BOF then FILEPASS), in the mini stream or in sectors', async () => {
    for (const size of [0, 6000]) {
      const file = write(`locked-${size}.xls`, compoundFile([{ name: 'Workbook', data: biffWorkbook({ encrypted: true, size }) }]));
      expect(await said(file)).toMatch(/文件已加密，请先取消密码/);
    }
  });

  test('Word and other Office 97-2003 files are not workbooks', async () => {
    expect(await said(write('memo.xlsx', compoundFile([{ name: 'WordDocument', data: Buffer.alloc(100) }])))).toBe('无法读取「memo.xlsx」：这是 Word 97-2003 文档 (.doc)，不是工作簿');
    expect(await said(write('other.xlsx', compoundFile([{ name: 'Contents', data: Buffer.alloc(100) }])))).toContain('旧版 Office (97-2003) 格式');
    // the signature and then rubbish: an Office 97-2003 file, but nothing more can be said
    expect(await said(write('cut.xlsx', Buffer.concat([compoundFile([]).subarray(0, 8), Buffer.alloc(100, 7)])))).toContain('旧版 Office (97-2003) 格式');
  });

  test('a CSV or text file renamed .xlsx, in UTF-8, GBK or UTF-16 with its byte-order mark', async () => {
    const csv = '院别,结案,受理\r\n甲法院,90,100\r\n';
    const gbk = Buffer.from([0xd4, 0xba, 0xb1, 0xf0, 0x2c, 0xbd, 0xe1, 0xb0, 0xb8, 0x0d, 0x0a]); // 院别,结案 in GBK
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('院别\t结案\r\n', 'utf16le')]);
    for (const [name, bytes] of [
      ['utf8.xlsx', Buffer.from('\uFEFF' + csv)],
      ['gbk.xlsx', gbk],
      ['unicode.xlsx', utf16],
    ] as const) {
      expect(await said(write(name, bytes))).toBe(`无法读取「${name}」：这是文本文件（如 CSV），不是 .xlsx 工作簿：请在 Excel 或 WPS 中打开后另存为 .xlsx 再试`);
    }
    // with its own extension it is asked for as .xlsx, as before
    expect(await said(write('明细.csv', csv))).toBe('「明细.csv」不是 .xlsx 文件：请在 Excel 或 WPS 中另存为 .xlsx 后再试');
  });

  test('an empty file', async () => {
    expect(await said(write('empty.xlsx', ''))).toBe('无法读取「empty.xlsx」：这是一个空文件（0 字节），其中没有工作表');
  });

  test('a zip that is not a workbook: a Word document, an archive; an .xlsb; an OpenDocument spreadsheet', async () => {
    expect(await said(write('report.xlsx', await zip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' })))).toBe('无法读取「report.xlsx」：这是 Word 文档 (.docx)，不是工作簿');
    expect(await said(write('archive.xlsx', await zip({ 'a.txt': 'a', 'b/c.csv': '1,2' })))).toBe(
      '无法读取「archive.xlsx」：这是一个 zip 压缩包，其中没有工作簿（缺少 xl/workbook.xml），不是 .xlsx 文件',
    );
    expect(await said(write('binary.xlsx', await zip({ '[Content_Types].xml': '<Types/>', 'xl/workbook.bin': 'x', 'xl/worksheets/sheet1.bin': 'x' })))).toBe(
      '无法读取「binary.xlsx」：这是 Excel 二进制工作簿 (.xlsb)，请在 Excel 中另存为 .xlsx 后再试',
    );
    const ods = await zip({ 'content.xml': '<office:document-content/>', 'META-INF/manifest.xml': '<manifest/>' }, { name: 'mimetype', text: 'application/vnd.oasis.opendocument.spreadsheet' });
    expect(await said(write('calc.xlsx', ods))).toBe('无法读取「calc.xlsx」：这是 OpenDocument 表格 (.ods)，请在 WPS、LibreOffice 或 Excel 中另存为 .xlsx 后再试');
    expect(await said(write('calc.ods', ods))).toContain('OpenDocument 表格 (.ods)');
  });

  test('a web page saved as .xls (HTML or single-file MHTML) and Excel 2003 XML', async () => {
    const html = '<html xmlns:x="urn:schemas-microsoft-com:office:excel"><head><meta charset="utf-8"></head><body><table><tr><td>院别</td></tr></table></body></html>';
    expect(await said(write('export.xls', html))).toBe('无法读取「export.xls」：这是网页 (HTML) 格式的表格（许多系统导出的 .xls 其实是网页），请在 Excel 中打开后另存为 .xlsx 再试');
    expect(await said(write('export.xlsx', '\uFEFF\r\n<!DOCTYPE html>\n' + html))).toContain('这是网页 (HTML) 格式的表格');
    expect(await said(write('table-only.xls', '<table border=1><tr><td>1</td></tr></table>'))).toContain('这是网页 (HTML) 格式的表格');
    expect(await said(write('page.xls', 'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="----=_NextPart"\r\n\r\n' + html))).toContain('单个文件网页 (.mht)');
    const xml = '<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"></Workbook>';
    expect(await said(write('2003.xls', xml))).toBe('无法读取「2003.xls」：这是 XML 电子表格 (Excel 2003 XML)，请在 Excel 中打开后另存为 .xlsx 再试');
  });

  test('Excel’s lock file (~$…) names the workbook it stands for', async () => {
    const lock = Buffer.concat([Buffer.from([4]), Buffer.from('user'), Buffer.alloc(50, 0x20), Buffer.from([4, 0]), Buffer.from('user', 'utf16le'), Buffer.alloc(40)]);
    expect(await said(write('~$统计.xlsx', lock))).toBe('无法读取「~$统计.xlsx」：这是 Excel 打开工作簿时生成的临时文件，请改用原文件「统计.xlsx」');
  });

  test('a PDF, and bytes that are nothing known, as before: damaged', async () => {
    expect(await said(write('scan.xlsx', '%PDF-1.7\n%\xe2\xe3\xcf\xd3\n'))).toBe('无法读取「scan.xlsx」：这是 PDF 文件，不是工作簿');
    expect(await said(write('noise.xlsx', Buffer.from([1, 2, 3, 0, 255, 254, 9, 8])))).toBe('无法读取「noise.xlsx」：不是有效的 .xlsx 文件或文件已损坏');
    // a zip cut short (a download that stopped): its central directory is gone
    const whole = await workbookBytes();
    expect(await said(write('cut.xlsx', whole.subarray(0, whole.length - 200)))).toBe('无法读取「cut.xlsx」：不是有效的 .xlsx 文件或文件已损坏');
  });

  test('a real workbook is read whatever its extension says (systems export .xlsx content named .xls)', async () => {
    const bytes = await workbookBytes();
    expect(sniffFile(write('real.xlsx', bytes))).toBe('workbook');
    expect(await said(write('named.xls', bytes))).toBe('read');
    expect((await readWorkbook(path.join(tmp, 'named.xls')))[0].values).toEqual([['院别']]);
  });

  test('on the command line: exit 1, the one line after 错误：, no stack trace', async () => {
    const file = write('cli.xlsx', compoundFile(ENCRYPTED_STREAMS));
    for (const verb of ['recognize', 'verify']) {
      const out: string[] = [];
      const err: string[] = [];
      const status = await run([verb, file], { out: (l) => out.push(l), err: (l) => err.push(l) });
      expect(status).toBe(1);
      expect(err).toHaveLength(1);
      expect(err[0]).toMatch(/^错误：无法读取「cli\.xlsx」：文件已加密，请先取消密码/);
      expect(err[0]).not.toMatch(/\bat \S+ \(/);
    }
  });
});
