/**
 * The playground draws what Excel draws: a cell's "cell value" conditional formats (达标 green, 未达标 red),
 * the first matching rule winning as in Excel (the newest rule is first in the host's list). Pure.
 */
import type { ConditionalFormatState } from '../../test/host/workbook';
import { ruleAreas } from '../../test/host/workbook';

/** a rule's comparand as Excel reads it: `="达标"` → 达标, `=TRUE` → true, `=0.9` → 0.9 */
export function comparand(formula: string | undefined): string | number | boolean | null {
  if (formula === undefined) return null;
  const f = formula.replace(/^=/, '').trim();
  if (/^".*"$/.test(f)) return f.slice(1, -1).replace(/""/g, '"');
  if (/^(TRUE|FALSE)$/i.test(f)) return f.toUpperCase() === 'TRUE';
  const n = Number(f);
  return f !== '' && Number.isFinite(n) ? n : null;
}

function compare(value: unknown, operator: string, target: string | number | boolean): boolean {
  if (typeof target === 'number') {
    if (typeof value !== 'number') return operator === 'NotEqualTo';
    switch (operator) {
      case 'EqualTo':
        return value === target;
      case 'NotEqualTo':
        return value !== target;
      case 'GreaterThan':
        return value > target;
      case 'LessThan':
        return value < target;
      case 'GreaterThanOrEqual':
        return value >= target;
      case 'LessThanOrEqual':
        return value <= target;
      default:
        return false;
    }
  }
  // text compares without case in Excel; a boolean only to a boolean
  const same = typeof target === 'string' ? typeof value === 'string' && value.toLowerCase() === target.toLowerCase() : value === target;
  return operator === 'EqualTo' ? same : operator === 'NotEqualTo' ? !same : false;
}

/** the fill and font colour the sheet's rules give a cell, or null when none applies */
export function ruleFormat(
  rules: ConditionalFormatState[],
  row: number,
  col: number,
  value: unknown,
): { fill: string | null; fontColor: string | null } | null {
  for (const f of rules) {
    if (f.type !== 'CellValue' || !f.rule?.operator) continue;
    if (!ruleAreas(f).some((a) => row >= a.top && row <= a.bottom && col >= a.left && col <= a.right)) continue;
    const target = comparand(f.rule.formula1);
    if (target !== null && compare(value, f.rule.operator, target)) return { fill: f.fill, fontColor: f.fontColor };
  }
  return null;
}
