/**
 * The user's own conditional-format rules on the cells an apply clears of rules (a column that takes the
 * table's look by a format copy loses every rule on its cells: Excel's copy brings the source's, and
 * `conditionalFormats.clearAll()` takes those away with the user's), and the merged areas a merge of the plan
 * replaces: read before the apply, kept in the undo record, put back by the revert.
 *
 * A rule is kept as Office.js copies one: its type, its areas, its priority and stopIfTrue, and the properties
 * of its part (`cellValue`, `custom`, `dataBar` …) loaded by path and read with `toJSON()`, to be given back to
 * `set()` on a new rule of the same type. A rule of a type not listed here is put back without its properties.
 */
import type { CellRange } from '../core/base/grid';
import { rangeAddress } from '../core/base/grid';
import { areaRanges } from './read';
import type { RuleRecord } from './undo';

/** the properties a rule's format has, under its part */
const FORMAT_PATHS = ['format/fill/color', 'format/font/color', 'format/font/bold', 'format/font/italic', 'format/font/underline', 'format/font/strikethrough', 'format/numberFormat'];

type PartName = 'cellValue' | 'custom' | 'dataBar' | 'colorScale' | 'iconSet' | 'topBottom' | 'preset' | 'textComparison';

/** by rule type: the part holding its properties, and what of it to load */
export const RULE_PARTS: Record<string, { part: PartName; paths: string[] }> = {
  CellValue: { part: 'cellValue', paths: ['rule', ...FORMAT_PATHS] },
  Custom: { part: 'custom', paths: ['rule/formula', ...FORMAT_PATHS] },
  ContainsText: { part: 'textComparison', paths: ['rule', ...FORMAT_PATHS] },
  TopBottom: { part: 'topBottom', paths: ['rule', ...FORMAT_PATHS] },
  PresetCriteria: { part: 'preset', paths: ['rule', ...FORMAT_PATHS] },
  DataBar: {
    part: 'dataBar',
    paths: [
      'axisColor',
      'axisFormat',
      'barDirection',
      'lowerBoundRule',
      'upperBoundRule',
      'showDataBarOnly',
      'positiveFormat/fillColor',
      'positiveFormat/gradientFill',
      'positiveFormat/borderColor',
      'negativeFormat/fillColor',
      'negativeFormat/borderColor',
      'negativeFormat/matchPositiveFillColor',
      'negativeFormat/matchPositiveBorderColor',
    ],
  },
  ColorScale: { part: 'colorScale', paths: ['criteria'] },
  IconSet: { part: 'iconSet', paths: ['style', 'reverseIconOrder', 'showIconOnly', 'criteria'] },
};

interface Part {
  load(paths: string[]): unknown;
  toJSON(): Record<string, unknown>;
  set(properties: Record<string, unknown>): void;
}

function partOf(rule: Excel.ConditionalFormat, type: string): Part | null {
  const known = RULE_PARTS[type];
  return known ? (rule[known.part] as unknown as Part) : null;
}

export interface RuleList {
  sheet: string;
  rect: CellRange;
  list: Excel.ConditionalFormatCollection;
}

function ruleList(context: Excel.RequestContext, sheet: string, rect: CellRange): Excel.ConditionalFormatCollection {
  const list = context.workbook.worksheets.getItem(sheet).getRangeByIndexes(rect.top, rect.left, rect.bottom - rect.top + 1, rect.right - rect.left + 1).conditionalFormats;
  list.load('items/id,items/type,items/priority,items/stopIfTrue');
  return list;
}

/** The rule collections of the areas whose rules an apply will clear, queued for loading with the targets. */
export function queueRuleLists(context: Excel.RequestContext, areas: { sheet: string; rect: CellRange }[]): RuleList[] {
  return areas.map(({ sheet, rect }) => ({ sheet, rect, list: ruleList(context, sheet, rect) }));
}

/** Whether the host can list a rule's areas (ExcelApi 1.9); the versions are literal so the requirement-set check sees them. */
export function rulesSupported(): boolean {
  try {
    return Office.context.requirements.isSetSupported('ExcelApi', '1.9');
  } catch {
    return false;
  }
}

/** Whether the host can list merged areas (ExcelApi 1.13). */
export function mergesSupported(): boolean {
  try {
    return Office.context.requirements.isSetSupported('ExcelApi', '1.13');
  } catch {
    return false;
  }
}

function isLoaded(read: () => unknown): boolean {
  try {
    read();
    return true;
  } catch {
    return false;
  }
}

/**
 * Loads queued with the targets go out in their first request; when Excel refused that one as too large (the
 * targets are then read again in halves) they were lost with it: ask again (new proxies), in one sync.
 */
async function reloadLost<T>(context: Excel.RequestContext, items: T[], loaded: (x: T) => boolean, requeue: (x: T) => void): Promise<void> {
  const lost = items.filter((x) => !loaded(x));
  if (!lost.length) return;
  lost.forEach(requeue);
  await context.sync();
}

/** The rules those lists hold (each once), with their areas and properties: one more sync, only when there are any. */
export async function readRules(context: Excel.RequestContext, lists: RuleList[]): Promise<RuleRecord[]> {
  await reloadLost(
    context,
    lists,
    (l) => isLoaded(() => l.list.items),
    (l) => (l.list = ruleList(context, l.sheet, l.rect)),
  );
  const seen = new Set<string>();
  const reads: { sheet: string; rule: Excel.ConditionalFormat; areas: Excel.RangeAreas; part: Part | null }[] = [];
  for (const { sheet, list } of lists) {
    for (const rule of list.items) {
      const key = `${sheet}\u0000${rule.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const areas = rule.getRanges();
      areas.load('address');
      const part = partOf(rule, rule.type);
      part?.load(RULE_PARTS[rule.type].paths);
      reads.push({ sheet, rule, areas, part });
    }
  }
  if (!reads.length) return [];
  await context.sync();
  return reads.map(({ sheet, rule, areas, part }) => ({
    sheet,
    id: rule.id,
    type: rule.type,
    areas: areaRanges(areas.address).map(rangeAddress),
    priority: rule.priority,
    stopIfTrue: rule.stopIfTrue,
    props: part ? part.toJSON() : null,
  }));
}

/**
 * Put the recorded rules back as they were (queued, after one sync to find what the apply left of each): what
 * is left of a rule is deleted, the rule is added again on all its areas with its properties, and the rules
 * are moved to their old priorities — last first, so that each move leaves the ones already placed in place.
 */
export async function restoreRules(context: Excel.RequestContext, rules: RuleRecord[]): Promise<void> {
  if (!rules.length) return;
  const ws = (sheet: string) => context.workbook.worksheets.getItem(sheet);
  const lists = rules.map((r) => {
    const list = ws(r.sheet).getRanges(r.areas.join(',')).conditionalFormats;
    list.load('items/id');
    return { rule: r, list };
  });
  await context.sync();
  const recorded = new Set(rules.map((r) => `${r.sheet}\u0000${r.id}`));
  const deleted = new Set<string>();
  for (const { rule, list } of lists) {
    for (const left of list.items) {
      const key = `${rule.sheet}\u0000${left.id}`;
      if (!recorded.has(key) || deleted.has(key)) continue;
      deleted.add(key);
      left.delete();
    }
  }
  const order = [...rules].sort((a, b) => b.priority - a.priority);
  const added = order.map((r) => {
    const rule = ws(r.sheet).getRanges(r.areas.join(',')).conditionalFormats.add(r.type as Excel.ConditionalFormatType);
    const part = partOf(rule, r.type);
    if (part && r.props) part.set(r.props);
    if (r.stopIfTrue) rule.stopIfTrue = true;
    return { r, rule };
  });
  for (const { r, rule } of added) rule.priority = r.priority;
}

export interface MergeList {
  sheet: string;
  range: CellRange;
  /** null on a host without ExcelApi 1.13 */
  areas: Excel.RangeAreas | null;
}

function mergeList(context: Excel.RequestContext, sheet: string, range: CellRange): Excel.RangeAreas | null {
  if (!mergesSupported()) return null;
  const areas = context.workbook.worksheets
    .getItem(sheet)
    .getRangeByIndexes(range.top, range.left, range.bottom - range.top + 1, range.right - range.left + 1)
    .getMergedAreasOrNullObject();
  areas.load('address');
  return areas;
}

/** The merged areas that meet the plan's merges, queued for loading with the targets (null where Excel cannot say). */
export function queueMergeLists(context: Excel.RequestContext, merges: { sheet: string; range: CellRange }[]): MergeList[] {
  return merges.map((m) => ({ sheet: m.sheet, range: m.range, areas: mergeList(context, m.sheet, m.range) }));
}

/** What those loads found, each area once. */
export async function readMergedAreas(context: Excel.RequestContext, lists: MergeList[]): Promise<{ sheet: string; range: string }[]> {
  await reloadLost(
    context,
    lists,
    (l) => l.areas === null || isLoaded(() => l.areas!.isNullObject),
    (l) => (l.areas = mergeList(context, l.sheet, l.range)),
  );
  const out = new Map<string, { sheet: string; range: string }>();
  for (const { sheet, areas } of lists) {
    if (!areas || areas.isNullObject) continue;
    for (const r of areaRanges(areas.address)) out.set(`${sheet}\u0000${rangeAddress(r)}`, { sheet, range: rangeAddress(r) });
  }
  return [...out.values()];
}
