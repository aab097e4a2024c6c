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
import { isProportion } from '../core/functions/indicator';
import { CUSTOM_FUNCTIONS_RUNTIME } from './excel';
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
  return f.params.map((p) => `  - \`${p.name}\`${p.optional ? '（可选）' : ''}${p.repeating ? '（可重复）' : ''}${p.role === 'setting' ? '（设置）' : ''}：${p.description}`);
}

/** the generic ratio's id (ZX.BL_RATE), read from its record so the note cannot drift */
const BL_RATE_ID = GENERIC_FUNCTIONS.find((f) => f.name === '比率')!.id;

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
    '- 参数分两种：**数据**（件数、实际值、案号，每行不同）与**设置**（口径、目标、方向、下降比例、分值等，下文标“（设置）”，通常整列共用一个单元格）。',
    '',
    '### 空白与“-”：一条规则',
    '',
    '函数、填充（写入前算出的预期值）与核对都按这条规则，命令行 `zhixiao calc` 亦同：',
    '- **空白的件数按 0 计**：与 Excel 自身的算术一致，法院也常把 0 留空。填充时凡把空白按 0 计算的单元格，都在计划摘要中逐一列出（如“乙县法院 旧存 空白，按 0 计”）。',
    '- **“-”“—”“/”表示未填报、不考核**：返回 `#N/A`，说明为“不考核/未填报”，并指出参数。',
    '- **一行的数据参数全部空白时不考核**：结果为空（不是错误值）。设置参数不算数据：只有口径或目标、没有数据的行也为空。',
    '- **不是数字的文字**（如“abc”“无”“1 2”）返回 `#VALUE!`，说明原因并指出参数；“12件”“92%”“９２”“1,234”“12 件”照常读取。',
    '- 设置参数空白时取其默认值（口径、方向、单位、方式）；没有默认值的（下降比例、每单位分值、上限）返回 `#VALUE!`；**目标为空**返回 `#N/A`（目标为空：未设目标），与目标为“-”（不考核）不同。',
    '',
    '### 不可能的值',
    '',
    '- 分母为0返回 `#DIV/0!`；件数、金额、天数为负返回 `#NUM!`；**件数须为整数**（12.5 件返回 `#NUM!`）。',
    `- **比率不会小于0或大于100%**（千分比不大于1000‰）：算得越界时返回 \`#NUM!\`，并指出哪几项不可能同时正确，如 \`ZX.FWXS_RATE(100, 12)\` 说明“「二审收案数」（100）不能大于「一审结案数」（12）”。分子不计入分母的 ${INDICATORS.filter((i) => (i.unit === 'rate' || i.unit === 'permille') && !isProportion(i)).map((i) => `\`${i.id}\``).join('、')} 可以超过100%。`,
    '- `ZX.CONTROL_LIMIT` 的下降比例须在0到1之间（10%写 0.1 或 10%），控制上限因此不会为负。',
    '- 错误说明引用单元格内容时只引用开头一小段，不会把很长的文字整段照抄。',
    '',
    '### 整列、错误值与 Excel 的调用方式',
    '',
    '- **整列引用可以使用**：`=ZX.FWXS_RATE(B:B,C:C)`（1,048,576 行）在有数据的行显示结果，结果算到最后一个有数据的行为止，以下为空，不向 Excel 传回一百万个空单元格；旧版 Excel 把整列中的空白单元格作为 0 传入，末尾连续的 0 也视为空白。公式放在第 1 行才与 B、C 列逐行对齐（与 Excel 内置函数相同）。耗时见 `npm run bench functions`。',
    '- **错误值只影响它所在的行**：输入区域中某个单元格是错误值（如 `#N/A` 不考核）时，只有该行的结果是这个错误值并指出参数，其余各行照常计算，不会让整列变成一个错误。为此 functions.json 设 `allowErrorForDataTypeAny`（微软的元数据只有整个文件一处设置，没有按参数的设置：每个参数都收到错误值）：数据参数的错误值留在它自己的行；设置参数若只给一个单元格而它是错误值，每一行都返回该错误值（与 Excel 的默认做法结果相同）。',
    '- Excel 中 `#VALUE!` 与 `#N/A` 带说明文字；`#DIV/0!`、`#NUM!` 只显示代码，说明可在 `zhixiao calc` 和任务窗格的预览中看到。',
    '- 可重复的参数（`ZX.INDICATOR` 的“参数…”）在公式中依次填写；Excel 把它们作为一个数组传给函数，函数按此读取。',
    `- 需要 CustomFunctionsRuntime ${CUSTOM_FUNCTIONS_RUNTIME}（溢出结果中个别单元格为错误值），支持的 Excel 版本见 README。`,
    `- 通用比率叫 \`ZX.${BL_RATE_ID}\`（比率），不叫 \`ZX.RATE\`：Excel 已有内置的 RATE（财务函数），同名在函数向导、搜索和没有命名空间的场合容易混淆；\`${BL_RATE_ID}\` 沿用指标函数“拼音首字母 + 后缀”的写法（比率 → BL，\`_RATE\` 返回小数）。`,
    '',
    '### 其他',
    '',
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
        `| \`${cell(signature(f))}\` | ${cell(names)} | ${cell(ind.formula)} | ${DIRECTION[ind.direction]} | ${UNIT[ind.unit]}（\`${cell(ind.format)}\`） | ${sources(ind.sources)}${ind.version ? `；${ind.version}体系${ind.spcLists?.length ? `（${ind.spcLists.join('、')}清单）` : ''}` : ''} |`,
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
