/**
 * A cell's format as the undo keeps it (`CellProps`), to and from Office's cell properties: what to load
 * before an apply changes a cell's look, and what to set to put that look back.
 */
import { BORDER_EDGES, BORDER_KEYS, type CellProps } from './undo';

/** what `getCellProperties` loads for a styled target: all that a plan's styles and copied formats change */
export const PROPS_LOAD: Excel.CellPropertiesLoadOptions = {
  format: {
    fill: { color: true, pattern: true },
    font: { bold: true, italic: true, underline: true, strikethrough: true, color: true, name: true, size: true },
    horizontalAlignment: true,
    verticalAlignment: true,
    wrapText: true,
    borders: { style: true, color: true, weight: true },
  },
};

/** a cell's properties as the undo keeps them: what a plan's styles and copied formats can change */
export function cellProps(c: Excel.CellProperties): CellProps {
  const f = c.format;
  const out: CellProps = {
    fill: f?.fill?.pattern === 'None' || !f?.fill?.color ? null : f.fill.color,
    bold: !!f?.font?.bold,
    align: f?.horizontalAlignment ?? 'General',
  };
  if (f?.font && (f.font.italic !== undefined || f.font.color !== undefined || f.font.name !== undefined || f.font.size !== undefined)) {
    out.font = { italic: f.font.italic, color: f.font.color, name: f.font.name, size: f.font.size };
    if (f.font.underline !== undefined) out.font.underline = f.font.underline;
    if (f.font.strikethrough !== undefined) out.font.strikethrough = f.font.strikethrough;
  }
  if (f?.borders) {
    out.borders = {};
    for (const edge of BORDER_EDGES) {
      const b = f.borders[BORDER_KEYS[edge]];
      if (b) out.borders[edge] = { style: b.style, color: b.color, weight: b.weight };
    }
  }
  if (f?.verticalAlignment !== undefined) out.vAlign = f.verticalAlignment;
  if (f?.wrapText !== undefined) out.wrap = f.wrapText;
  return out;
}

/** the properties that put a cell's format back as the undo recorded it */
export function restoringProps(p: CellProps): Excel.SettableCellProperties {
  const format: NonNullable<Excel.SettableCellProperties['format']> = {
    fill: p.fill ? { color: p.fill } : { pattern: 'None' as const },
    font: { bold: p.bold, ...(p.font ?? {}) } as Excel.CellPropertiesFont,
    horizontalAlignment: p.align as 'General',
  };
  if (p.borders) {
    const borders: NonNullable<typeof format.borders> = {};
    for (const edge of BORDER_EDGES) {
      const b = p.borders[edge];
      if (b) borders[BORDER_KEYS[edge]] = b.style === 'None' ? { style: 'None' } : (b as Excel.CellBorder);
    }
    format.borders = borders;
  }
  if (p.vAlign !== undefined) format.verticalAlignment = p.vAlign as 'Center';
  if (p.wrap !== undefined) format.wrapText = p.wrap;
  return { format };
}
