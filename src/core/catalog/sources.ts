/**
 * The documents the catalogue and the presets are taken from. The catalogue's `sources` are short codes
 * (`002`); anything a user reads names the document instead.
 */
export interface SourceDocument {
  /** how a list names it: 焦作2021 */
  short: string;
  /** the document's own title and number */
  title: string;
}

export const SOURCE_DOCUMENTS: Record<string, SourceDocument> = {
  '000': { short: '方城2023', title: '方城县人民法院《关于在方城县人民法院开展“质效提升年”活动的实施方案》（方法〔2023〕12号）' },
  '001': { short: '延边2019', title: '延边中院《全州法院开展“审判执行质量年”活动方案》（延中法〔2019〕14号）' },
  '002': { short: '焦作2021', title: '焦作中院《“案件质量提升年”活动实施方案》（焦中法〔2021〕24号）' },
  '003': { short: '乌兰浩特2022', title: '乌兰浩特市人民法院2022年审判执行质效指标及工作要求（2022年6月14日）' },
  '004': { short: '贵州2024', title: '贵州高院《全省法院“案件质量提升三年行动”实施方案（2024年）》' },
};

/** a source code as a user reads it: 焦作2021 (the code itself when unknown) */
export function sourceName(code: string): string {
  return SOURCE_DOCUMENTS[code]?.short ?? code;
}
