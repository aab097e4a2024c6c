/**
 * What a court code (法院代字) tells by itself, as data: the province of its one-character abbreviation, and the
 * special intermediate courts of the two-digit ranges 71–99 (docs/domain/casenumbers.md). Court names proper need a court
 * directory, which the case list may carry in a 法院 column; the code alone gives province and level.
 */

/** Province (and the two non-provincial high courts) by the one-character abbreviation. */
export const PROVINCES: Record<string, string> = {
  京: '北京',
  津: '天津',
  冀: '河北',
  晋: '山西',
  内: '内蒙古',
  辽: '辽宁',
  吉: '吉林',
  黑: '黑龙江',
  沪: '上海',
  苏: '江苏',
  浙: '浙江',
  皖: '安徽',
  闽: '福建',
  赣: '江西',
  鲁: '山东',
  豫: '河南',
  鄂: '湖北',
  湘: '湖南',
  粤: '广东',
  桂: '广西',
  琼: '海南',
  渝: '重庆',
  川: '四川',
  黔: '贵州',
  云: '云南',
  藏: '西藏',
  陕: '陕西',
  甘: '甘肃',
  青: '青海',
  宁: '宁夏',
  新: '新疆',
  军: '军事法院系统',
  兵: '新疆生产建设兵团',
};

/**
 * The municipalities directly under the central government: their intermediate courts are numbered, so 沪01 is
 * 上海市第一中级人民法院 and 京03 北京市第三中级人民法院 (docs/domain/casenumbers.md's worked example) — a rule, no directory.
 */
export const MUNICIPALITIES = new Set(['京', '津', '沪', '渝']);

/** The code of the Supreme People's Court. */
export const SUPREME_COURT_CODE = '最高法';

/**
 * The two-digit codes 71–99 of intermediate courts, as 法〔2018〕335号 art. 3 rewrote art. 5(2)(3) of the rule
 * (docs/domain/casenumber-rules.md): 铁路 71, 海事 72, 知识产权 73, 油田 74, 林业 75–80, 农垦 81–85, cross-region
 * 87–95, and 96–99 for intermediate courts set up for some county-level areas of a province. 86 is not assigned.
 * A basic court under such a court (京7101) shares its kind.
 */
export const SPECIAL_COURT_RANGES: { from: number; to: number; kind: string }[] = [
  { from: 71, to: 71, kind: '铁路运输法院' },
  { from: 72, to: 72, kind: '海事法院' },
  { from: 73, to: 73, kind: '知识产权法院' },
  { from: 74, to: 74, kind: '油田法院' },
  { from: 75, to: 80, kind: '林区法院' },
  { from: 81, to: 85, kind: '农垦法院' },
  { from: 87, to: 95, kind: '跨行政区划法院' },
  { from: 96, to: 99, kind: '县级区划对应设立的中级法院' },
];

/**
 * Where a court holds a code of those ranges for another kind than the rule's: the financial courts took 74 in
 * the two municipalities that have no oil-field court (沪74 上海金融法院 since 2018, 京74 北京金融法院 since 2021).
 */
export const SPECIAL_COURT_EXCEPTIONS: Record<string, string> = {
  沪74: '金融法院',
  京74: '金融法院',
};

/** The special court kind of a court code's first two digits (`沪`, 74 → 金融法院), or null. */
export function specialCourtKind(twoDigits: number, abbreviation = ''): string | null {
  const exception = SPECIAL_COURT_EXCEPTIONS[abbreviation + String(twoDigits)];
  if (exception) return exception;
  for (const r of SPECIAL_COURT_RANGES) if (twoDigits >= r.from && twoDigits <= r.to) return r.kind;
  return null;
}

/** The one-character 专门审判代字 (since 2019) that may stand before the type code. */
export const SPECIAL_TRIAL_MARKS: Record<string, string> = {
  知: '知识产权',
};

/** Characters typed for a zero inside a court code, year or number: a typo to name, not a code to guess. */
export const ZERO_LOOKALIKES = new Set(['O', 'o', 'Ｏ', 'ｏ', '〇', 'О', 'о']);
