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

/** Special (专门) courts by the two digits after the abbreviation, inclusive ranges. */
export const SPECIAL_COURT_RANGES: { from: number; to: number; kind: string }[] = [
  { from: 71, to: 71, kind: '铁路运输法院' },
  { from: 72, to: 72, kind: '海事法院' },
  { from: 73, to: 73, kind: '知识产权法院' },
  { from: 74, to: 74, kind: '油田法院' },
  { from: 75, to: 80, kind: '林区法院' },
  { from: 81, to: 85, kind: '农垦法院' },
  { from: 86, to: 86, kind: '专门法院' },
  { from: 87, to: 95, kind: '跨行政区划法院' },
  { from: 96, to: 99, kind: '其他专门法院' },
];

export function specialCourtKind(twoDigits: number): string | null {
  for (const r of SPECIAL_COURT_RANGES) if (twoDigits >= r.from && twoDigits <= r.to) return r.kind;
  return null;
}

/** The one-character 专门审判代字 (since 2019) that may stand before the type code. */
export const SPECIAL_TRIAL_MARKS: Record<string, string> = {
  知: '知识产权',
};
