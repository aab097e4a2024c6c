/**
 * The engine's sentences in the pane's language. The engine (src/core) writes its summaries, offers and
 * findings in Chinese; in English mode the pane renders each through this table: one record per sentence
 * shape, its Chinese pattern and its English wording ($1, $2 … the parts it carries over — names and figures,
 * which stay as the workbook has them). A sentence no record knows is shown as the engine wrote it.
 */
import type { Lang } from './i18n';

interface EngineMessage {
  zh: RegExp;
  en: string;
}

export const ENGINE_MESSAGES: EngineMessage[] = [
  { zh: /^「(.+)」(\S+)（(.+)）$/, en: '“$1” $2 ($3)' },
  { zh: /^(\s*)新增指标列 (\d+) 列：(.+)$/, en: '$1$2 indicator column(s) added: $3' },
  { zh: /^(\s*)更新此前填写的指标列 (\d+) 列：(.+)$/, en: '$1$2 indicator column(s) filled before, refreshed: $3' },
  { zh: /^(\s*)审执结案进度（(\d+)月下限）：达到 (\d+) 个，未达到 (\d+) 个$/, en: '$1审执结案进度 (floor for month $2): $3 reached, $4 not reached' },
  { zh: /^(\s*)(.+)名次目标「(.+)」：达到 (\d+) 个，未达到 (\d+) 个$/, en: '$1$2 rank target “$3”: $4 met, $5 not met' },
  { zh: /^(\s*)将写入 (\d+) 个错误值（公式照常写入，结果为错误）：$/, en: '$1$2 cell(s) will show an error (the formula is written as usual):' },
  { zh: /^(\s*)(.+) 空白，按 0 计$/, en: '$1$2: blank, counted as 0' },
  { zh: /^(\s*)将覆盖 (\d+) 个非空单元格，须确认后才能写入$/, en: '$1$2 non-empty cell(s) would be overwritten: confirm first' },
  { zh: /^(\s*)保留 (\d+) 个非空单元格，未写入$/, en: '$1$2 non-empty cell(s) kept, not written' },
  {
    zh: /^(\s*)更新此前填写的 (\d+) 个单元格（公式或内容不变，不算覆盖）$/,
    en: '$1$2 cell(s) filled before refreshed (same formula or content: not an overwrite)',
  },
  { zh: /^总分前三：(.+)$/, en: 'Top three by total score: $1' },
  { zh: /^同比：填写 (\d+) 格（比率为百分点，数量为百分比）$/, en: 'Year on year: $1 cell(s) filled (rates in percentage points, counts in percent)' },
  { zh: /^新建工作表「(.+)」：按(.+)统计 (\d+) 个单位 × (\d+) 项，统计时间 (.+)$/, en: 'New sheet “$1”: $3 unit(s) by $2 × $4 measures, period $5' },
  { zh: /^计入 (\d+) 行案件；未计入 (\d+) 行（见「(.+)」）$/, en: '$1 case row(s) counted; $2 left out (listed on “$3”)' },
  {
    zh: /^另有 (\d+) 行不在统计期间 (.+) 内（(.+)），不计入；要计入，请另选统计期间$/,
    en: '$1 more row(s) lie outside the period $2 ($3) and are not counted; choose another period to count them',
  },
  { zh: /^另有 (\d+) 行属于未选的案件类别，不计入$/, en: '$1 more row(s) belong to case families not chosen, not counted' },
  { zh: /^插入图表「(.+)」：(\d+) 个单位(.*)$/, en: 'Chart “$1” inserted: $2 unit(s)$3' },
  {
    zh: /^可新增 (\d+) 列指标，并为新增和已有的指标按目标计算差距、是否达标$/,
    en: '$1 indicator column(s) can be added; gaps and pass/fail by target for new and existing indicators',
  },
  { zh: /^可新增 (\d+) 列指标，并按目标计算差距、是否达标$/, en: '$1 indicator column(s) can be added, with gaps and pass/fail by target' },
  { zh: /^填写控制目标与上限$/, en: 'Fill in the control targets and ceilings' },
  { zh: /^按目标值填写差距、是否达标$/, en: 'Fill in gaps and pass/fail from the targets' },
  { zh: /^按评分预设计算各项得分、总分与排名$/, en: 'Compute item scores, total and rank by the scoring preset' },
  { zh: /^填写同比并标注正升逆降$/, en: 'Fill in year-on-year changes and mark better / worse' },
];

/** an engine sentence as the pane shows it in `lang` */
export function engineText(text: string, lang: Lang): string {
  if (lang === 'zh') return text;
  for (const m of ENGINE_MESSAGES) if (m.zh.test(text)) return text.replace(m.zh, m.en);
  return text;
}
