/**
 * Presets: the built-in records, lookup by name, and the checks a user-edited preset must pass before the
 * engine uses it (Chinese messages naming the place at fault).
 */
import { findIndicator } from '../catalog';
import { parseTarget } from '../targets';
import { SCORING_PRESET_LIST } from './scoring';
import { TARGET_PRESET_LIST } from './targets';
import type { Measure, Preset, ScoringPreset, TargetPreset } from './types';
import { TARGET_LEVELS } from './types';
import { pushAll } from '../base/arrays';
import { localCaseCodeProblems } from '../casenumber/code-table';

export * from './types';
export { 焦作2021, 方城2023, 乌兰浩特2022, 延边2019 } from './targets';
export { 延边2019Scoring, FGZ_FIELDS } from './scoring';

export const TARGET_PRESETS: Record<string, TargetPreset> = Object.fromEntries(TARGET_PRESET_LIST.map((p) => [p.id, p]));
export const SCORING_PRESETS: Record<string, ScoringPreset> = Object.fromEntries(SCORING_PRESET_LIST.map((p) => [p.id, p]));

/** A deep copy a user can edit without touching the built-in record. */
export function copyPreset<T extends Preset>(preset: T, newId?: string): T {
  const copy = JSON.parse(JSON.stringify(preset)) as T;
  if (newId) copy.id = newId;
  return copy;
}

/** Read a preset stored as JSON (in the workbook or a file); throws with the Chinese reasons when it is not valid. */
export function presetFromJson(json: string): Preset {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    throw new Error(`预设不是有效的 JSON：${e instanceof Error ? e.message : String(e)}`);
  }
  const problems = validatePreset(data);
  if (problems.length) throw new Error(`预设有误：\n${problems.join('\n')}`);
  return data as Preset;
}

function targetProblem(text: string, where: string): string | null {
  const t = text.trim();
  if (t === '-' || t === '－' || t === '—') return null;
  const parsed = parseTarget(t);
  if (!parsed || ('error' in (parsed as object) && (parsed as { error?: unknown }).error)) return `${where}：无法识别的目标「${text}」`;
  if (!parsed.notAssessed && (parsed.value === null || parsed.value === undefined || Number.isNaN(parsed.value)) && !parsed.rank && !parsed.reference) {
    return `${where}：目标「${text}」中没有数值`;
  }
  return null;
}

/** a 口径 named by a preset must be one of the indicator's variants */
function variantProblem(indicator: unknown, variant: unknown, where: string): string | null {
  const ind = typeof indicator === 'string' ? findIndicator(indicator) : null;
  if (!ind) return `${where}：口径（variant）须配合目录中的指标使用`;
  const ids = (ind.variants ?? []).map((v) => v.id);
  if (typeof variant !== 'string' || !ids.includes(variant))
    return `${where}：指标「${ind.name}」没有「${String(variant)}」口径${ids.length ? `（可选：${ids.join('、')}）` : '（该指标只有一种口径）'}`;
  return null;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function validateHeader(p: Record<string, unknown>, out: string[]): void {
  if (typeof p.id !== 'string' || !p.id.trim()) out.push('预设缺少名称（id）');
  if (typeof p.name !== 'string' || !p.name.trim()) out.push('预设缺少标题（name）');
  if (typeof p.year !== 'number' || !Number.isInteger(p.year)) out.push('预设的年份（year）应为整数');
}

export function validateTargetPreset(p: unknown): string[] {
  const out: string[] = [];
  if (!isRecord(p)) return ['预设应为一个对象'];
  validateHeader(p, out);
  pushAll(out, localCaseCodeProblems(p.localCaseCodes, '本院类型代字（localCaseCodes）'));
  if (!Array.isArray(p.targets) || p.targets.length === 0) {
    out.push('目标预设应至少有一项目标（targets）');
    return out;
  }
  p.targets.forEach((t: unknown, i: number) => {
    const where = `第${i + 1}项目标`;
    if (!isRecord(t)) return void out.push(`${where}应为一个对象`);
    const name = typeof t.name === 'string' && t.name.trim() ? t.name : null;
    if (!name) out.push(`${where}缺少指标名称（name）`);
    const label = name ? `${where}「${name}」` : where;
    if (t.indicator !== null && t.indicator !== undefined) {
      if (typeof t.indicator !== 'string' || !findIndicator(t.indicator)) out.push(`${label}：指标目录中没有「${String(t.indicator)}」`);
    }
    if (t.variant !== undefined) {
      const problem = variantProblem(t.indicator, t.variant, label);
      if (problem) out.push(problem);
    }
    if (t.direction !== undefined && t.direction !== 'up' && t.direction !== 'down') out.push(`${label}：方向（direction）应为 "up"（正向）或 "down"（逆向）`);
    if (t.text === undefined && t.byLevel === undefined && t.rank === undefined) out.push(`${label}：没有目标值（text、byLevel 或 rank）`);
    if (t.text !== undefined) {
      if (typeof t.text !== 'string') out.push(`${label}：目标值应为文字，如“≧90%”`);
      else {
        const problem = targetProblem(t.text, label);
        if (problem) out.push(problem);
      }
    }
    if (t.byLevel !== undefined) {
      if (!isRecord(t.byLevel)) out.push(`${label}：分层目标（byLevel）应为对象，如 {"中院":"≦5%"}`);
      else
        for (const [level, text] of Object.entries(t.byLevel)) {
          if (!TARGET_LEVELS.includes(level as never)) out.push(`${label}：未知层级「${level}」（应为 中院、基层 或 全市）`);
          else if (typeof text !== 'string') out.push(`${label}·${level}：目标值应为文字`);
          else {
            const problem = targetProblem(text, `${label}·${level}`);
            if (problem) out.push(problem);
          }
        }
    }
    if (t.rank !== undefined) {
      const parsed = typeof t.rank === 'string' ? parseTarget(t.rank) : null;
      if (!parsed || !parsed.rank) out.push(`${label}：无法识别的名次目标「${String(t.rank)}」（如“前三”）`);
    }
  });
  if (p.progressFloors !== undefined) {
    if (!isRecord(p.progressFloors)) out.push('结案进度下限（progressFloors）应为 {月份: 比例} 的对象');
    else
      for (const [month, floor] of Object.entries(p.progressFloors)) {
        const m = Number(month);
        if (!Number.isInteger(m) || m < 1 || m > 12) out.push(`结案进度下限：月份「${month}」应为 1–12`);
        if (typeof floor !== 'number' || floor < 0 || floor > 1) out.push(`结案进度下限：${month}月的下限应为 0–1 之间的小数（如 0.18 表示 18%）`);
      }
  }
  return out;
}

function measureProblems(m: unknown, where: string): string[] {
  if (!isRecord(m)) return [`${where}：缺少计分所依据的数据（measure）`];
  const measure = m as Measure;
  if ('sum' in measure) {
    if (!Array.isArray(measure.sum) || !measure.sum.length || measure.sum.some((f) => typeof f !== 'string' || !f.trim()))
      return [`${where}：求和的字段（sum）应为非空的字段名列表`];
    return [];
  }
  if ('indicator' in measure) {
    return findIndicator(String(measure.indicator)) ? [] : [`${where}：指标目录中没有「${String(measure.indicator)}」`];
  }
  return [`${where}：计分依据应为 {"sum": [字段…]} 或 {"indicator": 指标}`];
}

function positive(v: unknown): boolean {
  return typeof v === 'number' && Number.isFinite(v) && v > 0;
}

export function validateScoringPreset(p: unknown): string[] {
  const out: string[] = [];
  if (!isRecord(p)) return ['预设应为一个对象'];
  validateHeader(p, out);
  const a = p.assumptions;
  if (!isRecord(a)) out.push('评分预设缺少假设（assumptions）');
  else {
    if (a.steps !== 'linear' && a.steps !== 'floor') out.push('假设 steps 应为 "linear"（按比例）或 "floor"（只计整档）');
    if (a.missedTarget !== 'pro-rata' && a.missedTarget !== 'all-or-nothing')
      out.push('假设 missedTarget 应为 "pro-rata"（未达标按比例）或 "all-or-nothing"（未达标不得分）');
    if (a.revocationTargetUnit !== '‰' && a.revocationTargetUnit !== '%') out.push('假设 revocationTargetUnit 应为 "‰" 或 "%"');
  }
  if (!Array.isArray(p.parts) || !p.parts.length) {
    out.push('评分预设应至少有一个部分（parts）');
    return out;
  }
  let weights = 0;
  const partIds = new Set<string>();
  p.parts.forEach((part: unknown, pi: number) => {
    const pw = `第${pi + 1}部分`;
    if (!isRecord(part)) return void out.push(`${pw}应为一个对象`);
    const pname = `${pw}「${String(part.name ?? '')}」`;
    if (typeof part.id !== 'string' || !part.id) out.push(`${pname}缺少 id`);
    else partIds.add(part.id);
    if (!positive(part.points)) out.push(`${pname}：满分（points）应为正数`);
    if (typeof part.weight !== 'number' || part.weight < 0 || part.weight > 1) out.push(`${pname}：权重（weight）应为 0–1 之间的小数`);
    else weights += part.weight;
    if (!Array.isArray(part.items) || !part.items.length) return void out.push(`${pname}：没有评分项目（items）`);
    // The items' full points must add up to the part's, per level (中院 and 基层 may weigh items differently).
    const sums: Record<string, number> = { 中院: 0, 基层: 0 };
    part.items.forEach((item: unknown, ii: number) => {
      const iw = `${pname}第${ii + 1}项`;
      if (!isRecord(item)) return void out.push(`${iw}应为一个对象`);
      const label = `${iw}「${String(item.name ?? '')}」`;
      if (typeof item.name !== 'string' || !item.name.trim()) out.push(`${iw}缺少名称`);
      if (typeof item.points === 'number') {
        if (!positive(item.points)) out.push(`${label}：分值应为正数`);
        else for (const level of Object.keys(sums)) sums[level] += item.points;
      } else if (isRecord(item.points)) {
        for (const [level, pts] of Object.entries(item.points)) {
          if (!(level in sums)) out.push(`${label}：未知层级「${level}」（应为 中院 或 基层）`);
          else if (typeof pts !== 'number' || pts < 0) out.push(`${label}·${level}：分值应为非负数`);
          else sums[level] += pts;
        }
      } else out.push(`${label}：缺少分值（points）`);
      if (!Array.isArray(item.rules) || !item.rules.length) return void out.push(`${label}：没有计分规则（rules）`);
      item.rules.forEach((rule: unknown, ri: number) => {
        const rw = `${label}规则${ri + 1}`;
        if (!isRecord(rule)) return void out.push(`${rw}应为一个对象`);
        switch (rule.kind) {
          case 'decline':
            pushAll(out, measureProblems(rule.measure, rw));
            if (!positive(rule.perPercent)) out.push(`${rw}：每下降1%的分值（perPercent）应为正数`);
            if (!positive(rule.cap)) out.push(`${rw}：上限（cap）应为正数`);
            break;
          case 'rate-drop':
            if (!findIndicator(String(rule.indicator))) out.push(`${rw}：指标目录中没有「${String(rule.indicator)}」`);
            if (!positive(rule.perPoint)) out.push(`${rw}：每下降1个百分点的分值（perPoint）应为正数`);
            if (!positive(rule.cap)) out.push(`${rw}：上限（cap）应为正数`);
            break;
          case 'meets':
          case 'target': {
            if (!findIndicator(String(rule.indicator))) out.push(`${rw}：指标目录中没有「${String(rule.indicator)}」`);
            else if (rule.variant !== undefined) {
              const problem = variantProblem(rule.indicator, rule.variant, rw);
              if (problem) out.push(problem);
            }
            if (typeof rule.target !== 'string') out.push(`${rw}：缺少目标值（target）`);
            else {
              const problem = targetProblem(rule.target, rw);
              if (problem) out.push(problem);
            }
            if (rule.kind === 'meets' && !positive(rule.points)) out.push(`${rw}：达标得分（points）应为正数`);
            break;
          }
          case 'input':
            if (typeof rule.field !== 'string' || !rule.field.trim()) out.push(`${rw}：缺少数据列名称（field）`);
            break;
          case 'peer-mean':
            if (typeof rule.part !== 'string') out.push(`${rw}：缺少所取均值的部分（part）`);
            if (rule.level !== '中院' && rule.level !== '基层') out.push(`${rw}：层级（level）应为 中院 或 基层`);
            break;
          default:
            out.push(`${rw}：未知的规则类型「${String(rule.kind)}」`);
        }
      });
    });
    if (typeof part.points === 'number')
      for (const [level, sum] of Object.entries(sums))
        if (sum > 0 && Math.abs(sum - part.points) > 1e-9)
          out.push(`${pname}：${level}各项分值合计 ${+sum.toFixed(4)}，与满分 ${part.points} 不符`);
  });
  if (Math.abs(weights - 1) > 1e-9) out.push(`各部分权重合计 ${+weights.toFixed(4)}，应为 1`);
  for (const part of p.parts as { items?: { rules?: { kind?: string; part?: string }[] }[] }[])
    for (const item of part.items ?? [])
      for (const rule of item.rules ?? [])
        if (rule.kind === 'peer-mean' && rule.part && !partIds.has(rule.part)) out.push(`均值规则引用了不存在的部分「${rule.part}」`);
  return out;
}

export function validatePreset(p: unknown): string[] {
  if (!isRecord(p)) return ['预设应为一个对象'];
  if (p.kind === 'target') return validateTargetPreset(p);
  if (p.kind === 'scoring') return validateScoringPreset(p);
  return ['预设的类型（kind）应为 "target"（目标预设）或 "scoring"（评分预设）'];
}

/** The target text of an indicator for a unit level: the level's own text, else the preset's text for all. */
export function presetTargetText(preset: TargetPreset, indicatorId: string, level: string | null): { text: string; rank?: string; name: string; variant?: string } | null {
  const t = preset.targets.find((x) => x.indicator === indicatorId);
  if (!t) return null;
  const own = level && t.byLevel ? t.byLevel[level as keyof typeof t.byLevel] : undefined;
  const text = own ?? t.text ?? (t.byLevel ? '-' : undefined);
  if (text === undefined && !t.rank) return null;
  return { text: text ?? '-', ...(t.rank ? { rank: t.rank } : {}), name: t.name, ...(t.variant ? { variant: t.variant } : {}) };
}

export function findTargetPreset(name: string): TargetPreset | null {
  return TARGET_PRESETS[name.trim()] ?? null;
}

export function findScoringPreset(name: string): ScoringPreset | null {
  return SCORING_PRESETS[name.trim()] ?? null;
}
