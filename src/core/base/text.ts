/**
 * Text normalisation, in one place. Court tables spell one thing many ways: full-width digits and brackets
 * (`（件）`, `９２％`), stray spaces (`结 案 率`, the ideographic space U+3000), several dashes and minus signs,
 * and punctuation that comes and goes between spellings of one name (`改判、发回重审` / `改判发回重审`).
 *
 * Each rule below is named and does one thing; the keys the rest of the engine compares texts by are built
 * from them, so every caller folds text the same way:
 * - `cellText`   — a cell as the vocabulary reads it (width folded, no spaces);
 * - `numberText` — a cell as the value parser reads it (also one minus sign);
 * - `labelKey`   — a label as the vocabulary matches it (also traditional characters folded);
 * - `nameKey`    — a catalogue name or function id as a lookup key (also no name punctuation, folded, upper case);
 * - `headerMatchKey` — a header as the catalogue matcher compares it (also no bracketed unit);
 * - `caseHeaderKey`  — a case-list header, its bracketed unit split off.
 */
import { isErrorValue, type CellValue } from './grid';
import { SIMPLIFIED, TRADITIONAL } from './traditional-data';

// --- the rules ------------------------------------------------------------------------------------------

/** Full-width forms and compatibility characters to their plain forms (`（` → `(`, `９` → `9`, U+3000 → space). */
export function foldWidth(text: string): string {
  return text.normalize('NFKC');
}

const TRADITIONAL_CHAR = new RegExp(`[${TRADITIONAL}]`, 'g');
const SIMPLIFIED_OF = new Map([...TRADITIONAL].map((c, i) => [c, SIMPLIFIED[i]]));
/** one flag per UTF-16 unit: is it a traditional character? (a lookup per character, before the regex) */
const IS_TRADITIONAL = new Uint8Array(0x10000);
for (const c of TRADITIONAL) IS_TRADITIONAL[c.charCodeAt(0)] = 1;

/**
 * Traditional characters to simplified ones (`結案數` → `结案数`, `合計` → `合计`): the courts of Hong Kong and
 * Macao and older yearbooks write them. One character at a time from OpenCC's table (./traditional-data.ts);
 * for matching only — a name the user wrote is shown as written.
 */
export function foldTraditional(text: string): string {
  // most labels have no traditional character: one table lookup per character tells, without the regex
  let i = 0;
  while (i < text.length && IS_TRADITIONAL[text.charCodeAt(i)] === 0) i++;
  if (i === text.length) return text;
  return text.replace(TRADITIONAL_CHAR, (c) => SIMPLIFIED_OF.get(c) ?? c);
}

/** Every whitespace character removed: tables pad names with spaces (`合  计`) that mean nothing. */
export function dropSpaces(text: string): string {
  return text.replace(/\s+/g, '');
}

/** The minus signs Office and Chinese input methods produce (− ﹣ －) as the ASCII `-`. */
export function unifyMinus(text: string): string {
  return text.replace(/[\u2212\uFE63\uFF0D]/g, '-');
}

/**
 * Punctuation that comes and goes between spellings of one name: list and clause separators, dashes, quotes
 * and title marks, brackets, middle dots, slashes and full stops. Spaces too.
 */
export const NAME_PUNCTUATION = /[\s"'“”‘’「」『』《》()（）【】[\]、,，;；\-－—–·・/／:：.。]/g;

/** Name punctuation removed (`改判、发回重审` → `改判发回重审`). */
export function dropNamePunctuation(text: string): string {
  return text.replace(NAME_PUNCTUATION, '');
}

/** The units a header carries in brackets at its end: `（件）`, `(%)`, `（天/件）`, `（个百分点）`. */
export const BRACKETED_UNIT = /\((天|件|%|‰|个|人|元|万元|日|次|个百分点|百分点|千分比|比例)\)/g;

/** Bracketed units removed, after width folding (`结案率(%)` → `结案率`). */
export function dropBracketedUnits(text: string): string {
  return text.replace(BRACKETED_UNIT, '');
}

/** The namespace a formula or a user may put before a function id: `ZX.FWXS_RATE`, `=ZX.FWXS_RATE`. */
export function dropNamespace(text: string): string {
  return text.replace(/^=?\s*ZX\./i, '');
}

/** A trailing bracketed part split off: `立案日期（年月日）` → key `立案日期`, unit `年月日`. */
export function splitTrailingBracket(text: string): { text: string; bracket: string | null } {
  const m = /[（(]([^（）()]*)[）)]$/.exec(text);
  return m ? { text: text.slice(0, m.index), bracket: m[1] || null } : { text, bracket: null };
}

/**
 * At most `max` characters of a text for a message, with `…` when cut: an argument can hold 100,000
 * characters, and a message that echoes it in full is unreadable (and heavy to pass to Excel).
 */
export function excerpt(text: string, max = 20): string {
  if (text.length <= max) return text; // no more UTF-16 units than allowed: no more characters either
  const chars = Array.from(text);
  return chars.length > max ? chars.slice(0, max).join('') + '…' : text;
}

/**
 * A text every fold leaves as it is: printable ASCII but the space, and the CJK unified ideographs (U+4E00–U+9FFF),
 * which NFKC keeps and which hold no space or minus sign. Most cells of a large table are such texts (court
 * names, headers), so testing the characters first spares them the normalisations (a test checks the ranges).
 */
export function isPlainText(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if ((ch > 0x20 && ch < 0x7f) || (ch >= 0x4e00 && ch <= 0x9fff)) continue;
    return false;
  }
  return true;
}

// --- the keys built from them ---------------------------------------------------------------------------

/** A cell as the vocabulary matches it: width folded, no whitespace at all; an error cell as its code. */
export function cellText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object') return isErrorValue(v) ? v.error : '';
  const text = String(v);
  return isPlainText(text) ? text : dropSpaces(foldWidth(text));
}

/** A cell's text as the value parser reads it (`－９２．５％` → `-92.5%`). */
export function numberText(text: string): string {
  if (isPlainText(text)) return text;
  return dropSpaces(unifyMinus(foldWidth(text)));
}

/** A name or function id as a lookup key: `ZX.fwxs_rate`, `一审服判息诉率`, `一審服判息訴率`, `改判、发回重审率` compare by it. */
export function nameKey(text: string): string {
  return foldTraditional(dropNamePunctuation(dropNamespace(foldWidth(text)))).toUpperCase();
}

/** A row or column label as the vocabulary matches it (total words, levels, benchmarks): `合計` reads as `合计`. */
export function labelKey(v: CellValue | undefined): string {
  return foldTraditional(cellText(v));
}

/** A header as the catalogue matcher compares it: no spaces, no bracketed unit, no name punctuation, simplified. */
export function headerMatchKey(text: string): string {
  return foldTraditional(dropNamePunctuation(dropBracketedUnits(dropSpaces(foldWidth(text)))));
}

/** A case-list header: spaces and the asterisks of required columns removed, the bracketed unit split off. */
export function caseHeaderKey(text: string): { key: string; unit: string | null } {
  const { text: key, bracket } = splitTrailingBracket(text.replace(/[\s\u3000*＊]/g, ''));
  return { key, unit: bracket };
}
