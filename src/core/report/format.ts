/**
 * Numbers as a reader of the workbook sees them: a figure is written the way its cell's number format shows
 * it (`0.00%` → `90.84%`), so the draft says what the table says; counts of courts in Chinese numerals.
 */

/** decimals a number format shows: `0.00%` 2, `0` 0, `#,##0.0` 1; null for General or a format it cannot read */
function decimalsOf(format: string): number | null {
  const m = /0(?:\.(0+))?(?![^"]*")/.exec(format.split(';')[0]);
  return m ? (m[1]?.length ?? 0) : null;
}

/**
 * The text a cell shows for a number: percent and permille formats scaled, decimals as the format says; General
 * as a whole number or at most two decimals, as a statistician would copy it.
 */
export function displayNumber(value: number, format: string | null | undefined): string {
  const f = (format ?? '').trim();
  const general = !f || /^general$/i.test(f) || f === '@';
  const decimals = general ? (Number.isInteger(value) ? 0 : 2) : (decimalsOf(f) ?? 2);
  const body = f.split(';')[0];
  if (!general && /%/.test(body.replace(/"[^"]*"/g, ''))) return `${(value * 100).toFixed(decimals)}%`;
  if (!general && /‰/.test(body)) return `${(value * 1000).toFixed(decimals)}‰`;
  const text = value.toFixed(decimals);
  return general && !Number.isInteger(value) ? text.replace(/\.?0+$/, '') : text;
}

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 0–999 in Chinese numerals (一、十二、一百零五): how a 通报 counts courts */
export function chineseCount(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 999) return String(n);
  if (n < 10) return DIGITS[n];
  if (n < 20) return `十${n % 10 ? DIGITS[n % 10] : ''}`;
  if (n < 100) return `${DIGITS[Math.floor(n / 10)]}十${n % 10 ? DIGITS[n % 10] : ''}`;
  const rest = n % 100;
  return `${DIGITS[Math.floor(n / 100)]}百${rest === 0 ? '' : rest < 10 ? `零${DIGITS[rest]}` : rest < 20 ? `一${chineseCount(rest)}` : chineseCount(rest)}`;
}
