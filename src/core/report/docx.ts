/**
 * The draft as a Word document, by the `docx` package (kept by its authors, pure JavaScript, the same in Node
 * and in the browser, so the command line and the pane write the same file). The look of a court's 公文: the
 * title in 方正小标宋, headings in 黑体, the text in 仿宋 at 三号 (16 pt) with a two-character indent, the table
 * of figures in 宋体 at 五号. A reader without those fonts sees Word's substitutes.
 */
import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { DraftBlock, DraftParagraph, ReportDraft } from './draft';
import { runText } from './draft';

/** fonts and sizes (half-points) of each kind of paragraph, as data */
const LOOK: Record<DraftParagraph['kind'], { font: string; size: number; bold?: boolean; align?: (typeof AlignmentType)[keyof typeof AlignmentType]; indent?: boolean }> = {
  title: { font: '方正小标宋简体', size: 44, align: AlignmentType.CENTER },
  salutation: { font: '仿宋_GB2312', size: 32 },
  heading: { font: '黑体', size: 32, indent: true },
  body: { font: '仿宋_GB2312', size: 32, indent: true },
  caption: { font: '黑体', size: 28, align: AlignmentType.CENTER },
};
const TABLE_LOOK = { font: '宋体', size: 21 };
/** a two-character first-line indent at 16 pt, in twentieths of a point */
const INDENT = 640;

function paragraph(p: DraftParagraph): Paragraph {
  const look = LOOK[p.kind];
  return new Paragraph({
    alignment: look.align ?? AlignmentType.JUSTIFIED,
    ...(look.indent ? { indent: { firstLine: INDENT } } : {}),
    spacing: { line: 560 },
    children: [new TextRun({ text: runText(p.runs), font: look.font, size: look.size, bold: look.bold })],
  });
}

function table(t: Extract<DraftBlock, { kind: 'table' }>): Table {
  const cell = (text: string, bold = false) =>
    new TableCell({
      children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text, font: TABLE_LOOK.font, size: TABLE_LOOK.size, bold })] })],
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: t.header.map((h) => cell(h, true)) }),
      ...t.rows.map((r) => new TableRow({ children: r.map((c) => cell(c === null ? '' : typeof c === 'string' ? c : c.text)) })),
    ],
  });
}

export function draftDocument(d: ReportDraft): Document {
  return new Document({
    creator: '质效助手',
    title: d.title,
    sections: [{ children: d.blocks.map((b) => (b.kind === 'table' ? table(b) : paragraph(b))) }],
  });
}

/** The .docx file's bytes. */
export function draftDocx(d: ReportDraft): Promise<ArrayBuffer> {
  return Packer.toArrayBuffer(draftDocument(d));
}
