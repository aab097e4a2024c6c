/**
 * How a cell shows (the playground's sheet view, the pane's write preview): Excel's common number formats, enough to read statisticians' tables
 * (percent with decimals, fixed decimals, thousands, dates). Anything else shows the value as it is.
 */
export function formatCell(value: string | number | boolean, format: string): string {
  if (value === '' || value === null) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  const f = format.trim();
  if (f === '' || f === 'General') return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(10)));
  if (f === '@') return String(value);
  const date = /^y{2,4}[-/年]m{1,2}[-/月]d{1,2}日?$/i.exec(f);
  if (date) {
    const d = new Date(Date.UTC(1899, 11, 30) + Math.round(value) * 86_400_000);
    return `${d.getUTCFullYear()}/${d.getUTCMonth() + 1}/${d.getUTCDate()}`;
  }
  const m = /^(#,##)?0(\.(0+))?(%|‰)?$/.exec(f.replace(/;.*$/, ''));
  if (m) {
    const decimals = m[3]?.length ?? 0;
    const scaled = m[4] === '%' ? value * 100 : m[4] === '‰' ? value * 1000 : value;
    // Excel rounds the decimal it shows (15 significant digits), half away from zero: 0.92345 → 92.35%
    const p = 10 ** decimals;
    const rounded = (Math.sign(scaled) * Math.round(Number((Math.abs(scaled) * p).toPrecision(15)))) / p;
    let text = rounded.toFixed(decimals);
    if (m[1]) text = text.replace(/^(-?\d+)/, (n) => n.replace(/\B(?=(\d{3})+$)/g, ','));
    return text + (m[4] ?? '');
  }
  return String(value);
}
