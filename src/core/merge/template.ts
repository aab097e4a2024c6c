/**
 * Which reports are of one template: the columns most reports share (by header path) are the template; a report
 * whose columns differ is named with the columns it lacks and those it has besides, and is left out rather
 * than have its figures put under another column's header.
 */
import type { ReportSource } from './source';

export interface TemplateCheck {
  /** the reference report: the first of the largest group of reports with the same columns */
  template: ReportSource;
  /** the reports of the template, in the order given */
  same: ReportSource[];
  /** the others, each with what differs */
  differing: { source: ReportSource; missing: string[]; extra: string[] }[];
}

const signature = (s: ReportSource): string => s.columns.map((c) => c.key).sort().join('\u0000');

export function checkTemplate(sources: ReportSource[]): TemplateCheck {
  const groups = new Map<string, ReportSource[]>();
  for (const s of sources) groups.set(signature(s), [...(groups.get(signature(s)) ?? []), s]);
  // the largest group; on a tie, the one whose first report came first
  let best: ReportSource[] = [];
  for (const g of groups.values()) if (g.length > best.length) best = g;
  const template = best[0];
  const keys = new Set(template.columns.map((c) => c.key));
  const same: ReportSource[] = [];
  const differing: TemplateCheck['differing'] = [];
  for (const s of sources) {
    if (signature(s) === signature(template)) {
      same.push(s);
      continue;
    }
    const own = new Set(s.columns.map((c) => c.key));
    differing.push({ source: s, missing: [...keys].filter((k) => !own.has(k)), extra: [...own].filter((k) => !keys.has(k)) });
  }
  return { template, same, differing };
}

/** `博爱县.xlsx 的列与其他报表不同：缺少「结案情况 › 未结」；多出「结案情况 › 审限内结案」` */
export function differenceLine(d: TemplateCheck['differing'][number]): string {
  const parts: string[] = [];
  if (d.missing.length) parts.push(`缺少${d.missing.map((k) => `「${k}」`).join('、')}`);
  if (d.extra.length) parts.push(`多出${d.extra.map((k) => `「${k}」`).join('、')}`);
  return `「${d.source.file}」的列与其他报表不同：${parts.join('；')}，未并入`;
}
