/**
 * Charts in a package ExcelJS wrote. ExcelJS (4.4) reads and writes no charts, so the plan's charts
 * (EditPlan.charts: a line or column chart over ranges of one sheet) are added to the saved package as the
 * DrawingML parts Excel itself writes for a chart (ECMA-376 part 1, §21.2 charts, §20.5 spreadsheet drawing):
 * - `xl/charts/chartN.xml`: the chart — its title, one series per ChartSpec series (name as a literal, categories
 *   and values as references to the sheet's cells, so the chart follows the cells), axes and a legend below;
 *   column series in a `barChart`, line series in a `lineChart`, both on the same axes (a combo where mixed);
 * - `xl/drawings/drawingN.xml` (+ its rels): one anchored frame per chart on the sheet;
 * - the sheet's `<drawing r:id>` (before `legacyDrawing`, which ExcelJS writes for notes, as CT_Worksheet
 *   orders them) and its relationship; the parts' content types.
 * JSZip (already how ./dynamic-arrays.ts edits the package) opens and saves the zip; the XML is written as text.
 */
import JSZip from 'jszip';
import type { CellRange } from '../core/base/grid';
import { columnLetter } from '../core/base/grid';
import type { ChartSpec } from '../core/base/plan';

const NS = {
  c: 'http://schemas.openxmlformats.org/drawingml/2006/chart',
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  xdr: 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing',
  rel: 'http://schemas.openxmlformats.org/package/2006/relationships',
};
const TYPES = {
  chart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
  drawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
};
const REL = {
  chart: `${NS.r}/chart`,
  drawing: `${NS.r}/drawing`,
};
/** the frame's size in cells: wide enough for a year of months, tall enough to read */
const FRAME = { cols: 10, rows: 18 };

const escape = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** `'收结案'!$A$4:$A$9` */
function rangeRef(sheet: string, r: CellRange): string {
  const quoted = `'${sheet.replace(/'/g, "''")}'`;
  return `${quoted}!$${columnLetter(r.left)}$${r.top + 1}:$${columnLetter(r.right)}$${r.bottom + 1}`;
}

const AXES = { cat: 500000001, val: 500000002 };

function seriesXml(spec: ChartSpec, s: ChartSpec['series'][number], i: number, kind: 'column' | 'line'): string {
  return (
    `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${escape(s.name)}</c:v></c:tx>` +
    (kind === 'line' ? '<c:marker><c:symbol val="circle"/><c:size val="5"/></c:marker>' : '<c:invertIfNegative val="0"/>') +
    `<c:cat><c:strRef><c:f>${escape(rangeRef(spec.sheet, spec.categories))}</c:f></c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${escape(rangeRef(spec.sheet, s.range))}</c:f></c:numRef></c:val>` +
    (kind === 'line' ? '<c:smooth val="0"/>' : '') +
    '</c:ser>'
  );
}

/** The chart part of one ChartSpec. */
export function chartXml(spec: ChartSpec): string {
  const kindOf = (s: ChartSpec['series'][number]): 'column' | 'line' => s.kind ?? (spec.type === 'line' ? 'line' : 'column');
  const indexed = spec.series.map((s, i) => ({ s, i }));
  const columns = indexed.filter((x) => kindOf(x.s) === 'column');
  const lines = indexed.filter((x) => kindOf(x.s) === 'line');
  const axIds = `<c:axId val="${AXES.cat}"/><c:axId val="${AXES.val}"/>`;
  const bar = columns.length
    ? `<c:barChart><c:barDir val="${spec.type === 'bar' ? 'bar' : 'col'}"/><c:grouping val="clustered"/><c:varyColors val="0"/>${columns.map((x) => seriesXml(spec, x.s, x.i, 'column')).join('')}<c:gapWidth val="150"/>${axIds}</c:barChart>`
    : '';
  const line = lines.length
    ? `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${lines.map((x) => seriesXml(spec, x.s, x.i, 'line')).join('')}<c:marker val="1"/>${axIds}</c:lineChart>`
    : '';
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}"><c:roundedCorners val="0"/><c:chart>` +
    `<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${escape(spec.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
    '<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>' +
    bar +
    line +
    `<c:catAx><c:axId val="${AXES.cat}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="${spec.type === 'bar' ? 'l' : 'b'}"/><c:numFmt formatCode="General" sourceLinked="1"/><c:tickLblPos val="nextTo"/><c:crossAx val="${AXES.val}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/></c:catAx>` +
    `<c:valAx><c:axId val="${AXES.val}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="${spec.type === 'bar' ? 'b' : 'l'}"/><c:majorGridlines/><c:numFmt formatCode="General" sourceLinked="1"/><c:tickLblPos val="nextTo"/><c:crossAx val="${AXES.cat}"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>` +
    '</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>'
  );
}

function drawingXml(anchors: { spec: ChartSpec; rId: string; id: number }[]): string {
  const frames = anchors.map(({ spec, rId, id }) => {
    const { row, col } = spec.anchor;
    return (
      `<xdr:twoCellAnchor editAs="oneCell"><xdr:from><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
      `<xdr:to><xdr:col>${col + FRAME.cols}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row + FRAME.rows}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${id + 1}" name="${escape(spec.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
      '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
      `<a:graphic><a:graphicData uri="${NS.c}"><c:chart xmlns:c="${NS.c}" xmlns:r="${NS.r}" r:id="${rId}"/></a:graphicData></a:graphic>` +
      '</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>'
    );
  });
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}">${frames.join('')}</xdr:wsDr>`;
}

const relsXml = (rels: { id: string; type: string; target: string }[]) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.rel}">${rels.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${r.target}"/>`).join('')}</Relationships>`;

/** sheet name → its part (`xl/worksheets/sheet2.xml`), from the workbook and its relationships */
async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const workbook = await zip.file('xl/workbook.xml')!.async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const targets = new Map([...rels.matchAll(/<Relationship\b[^>]*\bId="([^"]+)"[^>]*\bTarget="([^"]+)"/g)].map((m) => [m[1], m[2]]));
  const out = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet\b[^>]*\bname="([^"]*)"[^>]*\br:id="([^"]+)"/g)) {
    const name = m[1].replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'");
    const target = targets.get(m[2]);
    if (target) out.set(name, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  return out;
}

/** the first free number for a part name pattern (`xl/charts/chart{n}.xml`) */
function freeNumber(zip: JSZip, pattern: (n: number) => string, from = 1): number {
  let n = from;
  while (zip.file(pattern(n))) n++;
  return n;
}

/** Add the plan's charts to a saved package; a chart on a sheet the package lacks is an error. */
export async function addCharts(xlsx: Buffer, charts: ChartSpec[]): Promise<Buffer> {
  if (!charts.length) return xlsx;
  const zip = await JSZip.loadAsync(xlsx);
  const parts = await sheetParts(zip);
  let types = await zip.file('[Content_Types].xml')!.async('string');
  const override = (part: string, type: string) => {
    types = types.replace('</Types>', `<Override PartName="/${part}" ContentType="${type}"/></Types>`);
  };
  const bySheet = new Map<string, ChartSpec[]>();
  for (const c of charts) bySheet.set(c.sheet, [...(bySheet.get(c.sheet) ?? []), c]);
  let chartNo = freeNumber(zip, (n) => `xl/charts/chart${n}.xml`);
  for (const [sheet, specs] of bySheet) {
    const part = parts.get(sheet);
    if (!part) throw new Error(`图表所在的工作表「${sheet}」不在文件中`);
    const drawingNo = freeNumber(zip, (n) => `xl/drawings/drawing${n}.xml`);
    const drawingPart = `xl/drawings/drawing${drawingNo}.xml`;
    const anchors = specs.map((spec, i) => {
      const chartPart = `xl/charts/chart${chartNo}.xml`;
      zip.file(chartPart, chartXml(spec));
      override(chartPart, TYPES.chart);
      return { spec, rId: `rId${i + 1}`, id: i + 1, target: `../charts/chart${chartNo++}.xml` };
    });
    zip.file(drawingPart, drawingXml(anchors));
    zip.file(`xl/drawings/_rels/drawing${drawingNo}.xml.rels`, relsXml(anchors.map((a) => ({ id: a.rId, type: REL.chart, target: a.target }))));
    override(drawingPart, TYPES.drawing);

    // the sheet's relationship to its drawing, beside those ExcelJS wrote (notes' comments and VML)
    const dir = part.slice(0, part.lastIndexOf('/'));
    const file = part.slice(part.lastIndexOf('/') + 1);
    const relsPart = `${dir}/_rels/${file}.rels`;
    const existing = zip.file(relsPart) ? await zip.file(relsPart)!.async('string') : relsXml([]);
    const taken = new Set([...existing.matchAll(/\bId="([^"]+)"/g)].map((m) => m[1]));
    let k = 1;
    while (taken.has(`rIdChart${k}`)) k++;
    const rId = `rIdChart${k}`;
    zip.file(relsPart, existing.replace('</Relationships>', `<Relationship Id="${rId}" Type="${REL.drawing}" Target="../drawings/drawing${drawingNo}.xml"/></Relationships>`));
    let xml = await zip.file(part)!.async('string');
    if (!/xmlns:r=/.test(xml.slice(0, xml.indexOf('>', xml.indexOf('<worksheet'))))) xml = xml.replace('<worksheet', `<worksheet xmlns:r="${NS.r}"`);
    const element = `<drawing r:id="${rId}"/>`;
    // CT_Worksheet: drawing comes before legacyDrawing, legacyDrawingHF, picture, oleObjects, controls, webPublishItems, tableParts, extLst
    const before = /<(legacyDrawing|legacyDrawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b/.exec(xml);
    xml = before ? xml.slice(0, before.index) + element + xml.slice(before.index) : xml.replace('</worksheet>', `${element}</worksheet>`);
    zip.file(part, xml);
  }
  zip.file('[Content_Types].xml', types);
  return Buffer.from(await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
}
