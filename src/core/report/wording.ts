/**
 * The wording of a 通报 as data: a preset record of sentence templates, as the scoring presets are records of
 * rules. A court that writes its 通报 otherwise copies the record (`zhixiao report --wording FILE.json`), edits
 * the sentences and keeps the placeholders; no sentence lives in code.
 *
 * Placeholders in braces are filled by the draft (./draft.ts): figures (`{value}`, `{last}`) become numbers
 * taken from their cells, shown as the cell shows them; counts (`{count}`) are written in Chinese numerals, so
 * every Arabic number in the draft is a figure of the workbook.
 */

export interface ReportWording {
  kind: 'report-wording';
  id: string;
  name: string;
  /** {period} */
  title: string;
  /** the line under the title */
  salutation: string;
  /** {period} {scope} */
  opening: string;
  /** {units}: the units by level, each by `levels`, joined by the list separator */
  scope: string;
  /** {count}: the units of one level (counts in Chinese numerals); `other` for units of no level */
  levels: { 中院: string; 基层: string; 部门: string; 法官: string; other: string };
  /** the section headings, in the order of the draft */
  headings: { overall: string; targets: string; ranking: string; changes: string; table: string };
  /** {indicator} {value} */
  overall: string;
  /** {indicator} {value} {last} {trend} */
  overallYoy: string;
  /** the words for a change: up, down, the same */
  trend: { up: string; down: string; flat: string };
  /** {table}: the line opening a table's part when the draft covers several tables */
  part: string;
  /** {indicator} {target} {met} {metCount} {notMet} {notMetCount} */
  targetsMixed: string;
  /** {indicator} {target} {count} */
  targetsAllMet: string;
  /** {indicator} {target} {units} {count} */
  targetsNoneMet: string;
  /** {units} {count}: appended where some units are not assessed on the indicator (their target is `-`) */
  targetsSkipped: string;
  /** {indicator} {top} {bottom} */
  ranking: string;
  /** {unit} {value}: one unit of a list */
  unitValue: string;
  /** {unit} {last} {value}: one unit of the rises or falls */
  unitChange: string;
  /** {indicator} {parts}: the parts below joined by `；` */
  changes: string;
  /** {units} */
  changesRise: string;
  /** {units} */
  changesFall: string;
  /** said when no unit rose, or none fell */
  noRise: string;
  noFall: string;
  /** the separator of the units of a list */
  listSeparator: string;
  /** {title} */
  tableCaption: string;
  /** the last paragraph */
  closing: string;
}

/** The built-in wording: a city court's monthly 审判执行质效通报, as such 通报 are written. */
export const MONTHLY_WORDING: ReportWording = {
  kind: 'report-wording',
  id: '月度通报',
  name: '审判执行质效情况通报（月度）',
  title: '关于{period}审判执行质效情况的通报',
  salutation: '各基层人民法院，本院各部门：',
  opening: '为进一步提升审判执行质效，现将{period}{scope}审判执行质效主要指标情况通报如下：',
  scope: '全市{units}',
  levels: { 中院: '中级人民法院{count}家', 基层: '基层人民法院{count}家', 部门: '部门{count}个', 法官: '法官{count}名', other: '单位{count}个' },
  headings: { overall: '一、总体情况', targets: '二、考核指标达标情况', ranking: '三、各院排名情况', changes: '四、同比变化情况', table: '五、主要指标数据' },
  overall: '{indicator}为{value}',
  overallYoy: '{indicator}为{value}，上年同期为{last}，同比{trend}',
  trend: { up: '上升', down: '下降', flat: '持平' },
  part: '（{table}）',
  targetsMixed: '{indicator}（目标{target}）：{met}{metCount}家法院达到目标；{notMet}{notMetCount}家法院未达到目标。',
  targetsAllMet: '{indicator}（目标{target}）：参加考核的{count}家法院均达到目标。',
  targetsNoneMet: '{indicator}（目标{target}）：参加考核的{units}均未达到目标。',
  targetsSkipped: '{units}{count}家法院不考核该项指标。',
  ranking: '{indicator}位居前三的是{top}；位居后三的是{bottom}。',
  unitValue: '{unit}（{value}）',
  unitChange: '{unit}（由{last}至{value}）',
  changes: '{indicator}：{parts}。',
  changesRise: '同比上升较多的是{units}',
  changesFall: '同比下降较多的是{units}',
  noRise: '各院均未上升',
  noFall: '各院均未下降',
  listSeparator: '、',
  tableCaption: '附表：{title}',
  closing: '请各院对照考核目标，认真分析未达标指标的原因，采取有效措施，确保全年各项指标任务圆满完成。',
};

export const REPORT_WORDINGS: Record<string, ReportWording> = { [MONTHLY_WORDING.id]: MONTHLY_WORDING };

/**
 * An edited wording read from JSON: every sentence of the built-in wording must be there as text (a missing or
 * misspelt key is named), so a draft never shows a hole.
 */
export function wordingFromJson(text: string): ReportWording {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new Error('措辞预设不是有效的 JSON');
  }
  if (!data || typeof data !== 'object') throw new Error('措辞预设应为一个 JSON 对象');
  const o = data as Record<string, unknown>;
  const problems: string[] = [];
  const check = (shape: Record<string, unknown>, value: Record<string, unknown>, where: string) => {
    for (const [key, model] of Object.entries(shape)) {
      const v = value[key];
      if (typeof model === 'string') {
        if (typeof v !== 'string') problems.push(`缺少文字「${where}${key}」`);
      } else if (model && typeof model === 'object') {
        if (!v || typeof v !== 'object') problems.push(`缺少「${where}${key}」`);
        else check(model as Record<string, unknown>, v as Record<string, unknown>, `${where}${key}.`);
      }
    }
  };
  check(MONTHLY_WORDING as unknown as Record<string, unknown>, o, '');
  if (o.kind !== 'report-wording') problems.push('kind 应为 "report-wording"');
  if (problems.length) throw new Error(`措辞预设不完整：${problems.join('；')}`);
  return o as unknown as ReportWording;
}
