/**
 * Renders docs/functions.md — the ZX function reference in Chinese — from the catalogue records, so the
 * reference never disagrees with the functions (scripts/gen-functions.ts writes it; a test checks it is current).
 */
import { FIELDS, INDICATORS, NAMED_RATIOS } from '../core/catalog';
import { ALL_FUNCTIONS, GENERIC_FUNCTIONS } from '../core/functions/registry';
import type { IndicatorDef } from '../core/catalog/types';
import type { FunctionDef } from '../core/functions/types';
import { CASE_FUNCTIONS } from '../core/functions/case-number';
import { SOURCE_DOCUMENTS, sourceName } from '../core/catalog/sources';
import { pushAll } from '../core/base/arrays';

export const DOCS_PATH = 'docs/functions.md';

const SECTION_TITLES: Record<IndicatorDef['section'], string> = {
  A: 'A. 审判质量',
  B: 'B. 审判效率',
  C: 'C. 审判效果与诉讼服务',
  D: 'D. 执行',
  F: 'F. 最高人民法院2024年审判质量管理指标体系',
};

const DIRECTION: Record<IndicatorDef['direction'], string> = { up: '↑ 正向', down: '↓ 逆向', none: '—' };

const UNIT: Record<IndicatorDef['unit'], string> = {
  rate: '比率（小数）',
  permille: '千分比（‰数值）',
  days: '天数',
  ratio: '比值',
  avg: '人均数',
  count: '件数',
};

/** a table cell: no pipes or line breaks */
function cell(text: string): string {
  return text.replace(/\|/g, '｜').replace(/\s*\n\s*/g, ' ');
}

function signature(f: FunctionDef): string {
  const ps = f.params.map((p) => (p.repeating ? `${p.name}…` : p.optional ? `[${p.name}]` : p.name));
  return `ZX.${f.id}(${ps.join(', ')})`;
}

function sources(list: string[]): string {
  return list.map(sourceName).join('、');
}

function paramList(f: FunctionDef): string[] {
  return f.params.map((p) => `  - \`${p.name}\`${p.optional ? '（可选）' : ''}${p.repeating ? '（可重复）' : ''}：${p.description}`);
}

export function renderFunctionsDoc(): string {
  const byId = new Map(ALL_FUNCTIONS.map((f) => [f.id, f]));
  const out: string[] = [
    '# ZX 自定义函数参考',
    '',
    '<!-- 本文件由 scripts/gen-functions.ts 根据指标目录（src/core/catalog）生成，请勿手工修改；运行 npm run gen:functions 更新。 -->',
    '',
    `共 **${ALL_FUNCTIONS.length}** 个函数：指标函数 ${INDICATORS.length} 个，通用函数 ${GENERIC_FUNCTIONS.length} 个，案号函数 ${CASE_FUNCTIONS.length} 个。`,
    '',
    '约定（与 Excel 内置函数一致）：',
    '- 每个参数可以是单元格或区域；给区域时逐个计算，结果按相同形状溢出。区域形状须一致（单个单元格可与任意区域搭配），行与列不一致时返回 `#VALUE!` 并说明。',
    '- 分母为0返回 `#DIV/0!`；不是数字的文字（如“—”“abc”）返回 `#VALUE!` 并指出参数；空白单元格默认返回 `#VALUE!`（未填报不等于0），只有口径写明的参数按0计；件数为负返回 `#NUM!`；目标为“-”（不考核）返回 `#N/A`。',
    '- 输入可以是“12件”“92%”“９２”“1,234”，以及“件、天、人、元、万元”等单位。',
    '- 结果不取整（口径另有规定的除外）；比率返回小数，显示精度由单元格格式决定：`_RATE` 为 `0.00%`，`_PERMILLE` 为 `0.00"‰"`，`_DAYS` 为 `0.0`，`_RATIO` 为 `0.00`，`_AVG` 为 `0.0`。',
    '- 命令行可以试算：`zhixiao calc FWXS_RATE 160 1000` 输出 `0.84`。',
    '',
    '“来源”一栏所指的文件：',
    ...Object.values(SOURCE_DOCUMENTS).map((d) => `- ${d.short}：${d.title}`),
    '',
  ];
  for (const section of ['A', 'B', 'C', 'D', 'F'] as const) {
    const list = INDICATORS.filter((i) => i.section === section);
    out.push(`## ${SECTION_TITLES[section]}`, '');
    out.push('| 函数 | 指标 | 统计口径 | 方向 | 单位（格式） | 来源 |', '| --- | --- | --- | --- | --- | --- |');
    for (const ind of list) {
      const f = byId.get(ind.id)!;
      const names = [ind.name, ...ind.aliases.slice(0, 4)].join(' / ');
      out.push(
        `| \`${cell(signature(f))}\` | ${cell(names)} | ${cell(ind.formula)} | ${DIRECTION[ind.direction]} | ${UNIT[ind.unit]}（\`${cell(ind.format)}\`） | ${sources(ind.sources)}${ind.version ? `；${ind.version}体系` : ''} |`,
      );
    }
    out.push('');
    for (const ind of list.filter((i) => i.variants?.length || i.note)) {
      out.push(`**${ind.id} ${ind.name}**`);
      if (ind.note) out.push(`- 说明：${ind.note}`);
      for (const v of ind.variants ?? []) out.push(`- 口径「${v.id}」（${sources(v.sources)}）：${v.description}`);
      out.push('');
    }
  }
  out.push('### GK_RATE 计算的比率', '', '以下列名都识别为 `ZX.GK_RATE(分子, 分母)`：', '');
  out.push('| 比率 | 别名 | 分子 | 分母 | 来源 |', '| --- | --- | --- | --- | --- |');
  for (const r of NAMED_RATIOS) out.push(`| ${r.name} | ${r.aliases.join('、')} | ${r.numerator} | ${r.denominator} | ${sources(r.sources)} |`);
  out.push('');

  for (const [title, list] of [
    ['E. 通用函数（目标、差距、同比、得分）', GENERIC_FUNCTIONS],
    ['案号函数', CASE_FUNCTIONS],
  ] as const) {
    out.push(`## ${title}`, '');
    for (const f of list) pushAll(out, [`### \`${signature(f)}\` ${f.name}`, '', f.description, '', ...paramList(f), '']);
  }

  out.push('## 字段与表头同义词', '', '识别表格列时，表头与下列名称或同义词比对（忽略括号中的单位、空格、全角半角差别）：', '');
  out.push('| 字段 | 同义词 | 说明 |', '| --- | --- | --- |');
  for (const f of FIELDS.filter((x) => x.synonyms.length)) out.push(`| ${f.name} | ${cell(f.synonyms.join('、'))} | ${cell(f.description ?? '')} |`);
  out.push('');
  return out.join('\n');
}
