/**
 * ZX formulas saved as Excel saves them: dynamic arrays.
 *
 * Every ZX function returns a matrix (its parameters are ranges), so Excel 365 saves a cell holding one as a
 * dynamic-array formula. A plain `<f>` opens with implicit intersection, shown as `=@ZX.FWXS_RATE(F5,G5)`.
 * What Excel writes for a dynamic-array formula, and what this adds to a package ExcelJS wrote (ExcelJS knows
 * neither the `cm` attribute nor the metadata part):
 * - the cell: `<c r="F5" cm="1"><f t="array" ref="F5">_xldudf_ZX_FWXS_RATE(D5,E5)</f><v>0.84</v></c>` — `cm`
 *   points at the first cell-metadata record, `ref` is the spill range (one cell: the plan writes one value);
 * - `xl/metadata.xml`: one metadata type, XLDAPR, whose one future-metadata record says "dynamic array"
 *   (`xda:dynamicArrayProperties fDynamic="1"`), and one cell-metadata record pointing at it;
 * - its content type in `[Content_Types].xml` and a `sheetMetadata` relationship from the workbook.
 * Formulas without a ZX function (SUM, CEILING, RANK.EQ …) return one value and stay plain `<f>`; a shared
 * formula is left as it is. LibreOffice (7.4) recalculates array formulas when it opens a file, so there every
 * ZX cell shows #NAME? rather than its cached result: the values file (`--values`) is for such readers.
 */
import JSZip from 'jszip';

export const METADATA_PART = 'xl/metadata.xml';
export const METADATA_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheetMetadata+xml';
export const METADATA_RELATIONSHIP = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/sheetMetadata';

/** the metadata part as Excel writes it when a workbook holds dynamic-array formulas */
export const DYNAMIC_ARRAY_METADATA =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' +
  '<metadata xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:xda="http://schemas.microsoft.com/office/spreadsheetml/2017/dynamicarray">' +
  '<metadataTypes count="1"><metadataType name="XLDAPR" minSupportedVersion="120000" copy="1" pasteAll="1" pasteValues="1" merge="1" splitFirst="1" rowColShift="1" clearFormats="1" clearComments="1" assign="1" coerce="1" cellMeta="1"/></metadataTypes>' +
  '<futureMetadata name="XLDAPR" count="1"><bk><extLst><ext uri="{bdbb8cdc-fa1e-496e-a857-3c3f30c029c3}"><xda:dynamicArrayProperties fDynamic="1" fCollapsed="0"/></ext></extLst></bk></futureMetadata>' +
  '<cellMetadata count="1"><bk><rc t="1" v="0"/></bk></cellMetadata>' +
  '</metadata>';

/** a formula that calls an add-in function of the ZX namespace, in the file's spelling */
const ZX_CALL = /_xldudf_ZX_/;

/** one `<c>` element of sheetData, empty or with content (cells do not nest) */
const CELL = /<c\b([^>]*?)(\/>|>([\s\S]*?)<\/c>)/g;
/** the `<f>` element inside a cell: attributes and text (a formula with text is never self-closing) */
const FORMULA = /<f\b([^>]*)>([\s\S]*?)<\/f>/;

function attribute(attributes: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(attributes)?.[1];
}

function withoutAttribute(attributes: string, name: string): string {
  return attributes.replace(new RegExp(`\\s${name}="[^"]*"`), '');
}

/**
 * One worksheet's XML with every cell whose formula calls a ZX function marked as a dynamic array
 * (`cm="1"`, `<f t="array" ref="…">`); `marked` counts them.
 */
export function markSheet(xml: string): { xml: string; marked: number } {
  const start = xml.indexOf('<sheetData');
  const end = xml.indexOf('</sheetData>');
  if (start < 0 || end < 0) return { xml, marked: 0 };
  let marked = 0;
  const sheetData = xml.slice(start, end).replace(CELL, (whole, cellAttributes: string, _rest: string, content: string | undefined) => {
    if (content === undefined) return whole;
    const f = FORMULA.exec(content);
    if (!f || !ZX_CALL.test(f[2])) return whole;
    const type = attribute(f[1], 't');
    if (type !== undefined && type !== 'array') return whole; // shared (or data-table) formulas keep their form
    const address = attribute(cellAttributes, 'r');
    if (!address) return whole;
    const ref = (type === 'array' && attribute(f[1], 'ref')) || address;
    const formulaAttributes = withoutAttribute(withoutAttribute(f[1], 't'), 'ref');
    const newFormula = `<f t="array" ref="${ref}"${formulaAttributes}>${f[2]}</f>`;
    // cm after r, s and t, the order of CT_Cell's attributes (and of Excel's output)
    const newAttributes = `${withoutAttribute(cellAttributes, 'cm')} cm="1"`;
    marked++;
    return `<c${newAttributes}>${content.replace(FORMULA, () => newFormula)}</c>`;
  });
  return { xml: xml.slice(0, start) + sheetData + xml.slice(end), marked };
}

/** `[Content_Types].xml` with the metadata part's override (once) */
export function withMetadataContentType(xml: string): string {
  if (xml.includes(`PartName="/${METADATA_PART}"`)) return xml;
  return xml.replace('</Types>', `<Override PartName="/${METADATA_PART}" ContentType="${METADATA_CONTENT_TYPE}"/></Types>`);
}

/** `xl/_rels/workbook.xml.rels` with a relationship to metadata.xml (once), under an unused id */
export function withMetadataRelationship(xml: string): string {
  if (xml.includes(`Type="${METADATA_RELATIONSHIP}"`)) return xml;
  const used = new Set(Array.from(xml.matchAll(/\sId="([^"]*)"/g), (m) => m[1]));
  let n = used.size + 1;
  while (used.has(`rId${n}`)) n++;
  return xml.replace('</Relationships>', `<Relationship Id="rId${n}" Type="${METADATA_RELATIONSHIP}" Target="metadata.xml"/></Relationships>`);
}

/**
 * An .xlsx package (as ExcelJS writes it) with its ZX formulas saved as dynamic arrays. A package without
 * ZX formulas comes back unchanged, byte for byte.
 */
export async function saveZxFormulasAsDynamicArrays(xlsx: Buffer | Uint8Array): Promise<{ xlsx: Buffer; marked: number }> {
  const zip = await JSZip.loadAsync(xlsx);
  const sheets = Object.keys(zip.files).filter((name) => /^xl\/worksheets\/[^/]+\.xml$/.test(name));
  let marked = 0;
  for (const name of sheets) {
    const result = markSheet(await zip.file(name)!.async('string'));
    if (!result.marked) continue;
    marked += result.marked;
    zip.file(name, result.xml);
  }
  if (!marked) return { xlsx: Buffer.from(xlsx), marked };
  if (zip.file(METADATA_PART)) throw new Error(`${METADATA_PART} 已存在：不能合并元数据`);
  const types = zip.file('[Content_Types].xml');
  const rels = zip.file('xl/_rels/workbook.xml.rels');
  if (!types || !rels) throw new Error('不是完整的 .xlsx 包：缺少 [Content_Types].xml 或 workbook.xml.rels');
  zip.file('[Content_Types].xml', withMetadataContentType(await types.async('string')));
  zip.file('xl/_rels/workbook.xml.rels', withMetadataRelationship(await rels.async('string')));
  zip.file(METADATA_PART, DYNAMIC_ARRAY_METADATA);
  const out = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
  return { xlsx: out, marked };
}
