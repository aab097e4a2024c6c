/**
 * The 案号 of a case list, parsed once per distinct prefix. A list of 200,000 cases has a few hundred prefixes
 * (`（2023）豫1322民初` …): what the aggregation needs of a number — its type, its court, how many cases it stands
 * for — comes from the prefix alone when the rest is a plain serial number and 号 (`1234号`: ASCII digits, no
 * leading zero, no range, nothing after 号). Such numbers are looked up by prefix; any other spelling (a range,
 * 之一, full-width digits, a failure) goes to the parser itself. The parser stays the one authority: a prefix is
 * remembered only from a number it accepted, as a single case.
 */
import { parseCaseNumber, type CourtInfo } from '../casenumber/parse';
import { DEFAULT_CODE_TABLE, type CaseCodeTable } from '../casenumber/code-table';
import type { CaseTypeDef } from '../casenumber/types-data';

export interface CaseNumberFacts {
  type: CaseTypeDef;
  court: CourtInfo;
  /** how many cases the number stands for (2 for `18775-18776号`) */
  weight: number;
}


const HAO = 0x53f7; // 号
/** a serial number up to this many digits takes the prefix path (the parser reads longer ones exactly) */
const MAX_SERIAL_DIGITS = 9;
/** distinct prefixes remembered (a list has hundreds; the bound only guards against a column of other text) */
const MAX_PREFIXES = 100_000;

export class CaseNumberReader {
  /** remembered prefixes by a hash of their characters (so a lookup cuts no substring), each with its facts */
  private readonly byPrefix = new Map<number, { prefix: string; facts: CaseNumberFacts }[]>();
  private size = 0;

  /** `codes`: the type codes to read the 案号 with (a court's local codes added from its preset) */
  constructor(private readonly codes: CaseCodeTable = DEFAULT_CODE_TABLE) {}

  /** The facts of a 案号, or the parser's reason (a string) why it is not one. */
  read(text: string): CaseNumberFacts | string {
    const end = plainSerialPrefixEnd(text);
    let hash = 0;
    if (end > 0) {
      hash = prefixHash(text, end);
      const bucket = this.byPrefix.get(hash);
      if (bucket) {
        for (const b of bucket) if (b.prefix.length === end && text.startsWith(b.prefix)) return b.facts;
      }
    }
    const parsed = parseCaseNumber(text, this.codes);
    if (!parsed.ok) return parsed.reason;
    const facts: CaseNumberFacts = { type: parsed.value.type, court: parsed.value.court, weight: parsed.value.count };
    if (end > 0 && facts.weight === 1 && parsed.value.sub === null && this.size < MAX_PREFIXES) {
      const bucket = this.byPrefix.get(hash) ?? [];
      bucket.push({ prefix: text.slice(0, end), facts });
      this.byPrefix.set(hash, bucket);
      this.size++;
    }
    return facts;
  }
}

function prefixHash(text: string, end: number): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < end; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
  return h;
}

/** `（2023）豫1322民初1234号` → `（2023）豫1322民初`; null when the number does not end in a plain serial and 号. */
export function plainSerialPrefix(text: string): string | null {
  const end = plainSerialPrefixEnd(text);
  return end > 0 ? text.slice(0, end) : null;
}

/** Where the prefix ends (the serial's first digit), or -1 when the number does not end in a plain serial and 号. */
function plainSerialPrefixEnd(text: string): number {
  const n = text.length;
  if (n < 3 || text.charCodeAt(n - 1) !== HAO) return -1;
  let j = n - 2;
  while (j >= 0 && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j--;
  const digits = n - 2 - j;
  if (digits < 1 || digits > MAX_SERIAL_DIGITS || j < 0 || text.charCodeAt(j + 1) === 48) return -1;
  // a dash before the digits makes a range (`18775-18776号`), whose count depends on both numbers
  if (RANGE_MARKS.has(text[j])) return -1;
  return j + 1;
}

/** every character the parser reads as a range's dash, and the spaces it may stand next to */
const RANGE_MARKS = new Set(['-', '－', '—', '–', '~', '～', '至', ' ', '\u3000']);
