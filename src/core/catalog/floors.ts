/**
 * 审执结案进度的月度底线 (乌兰浩特2022): by the end of month M at least this share of the year's cases is closed.
 * Records only; ZX.JAJD_FLOOR (src/core/functions/generic.ts) and the 乌兰浩特2022 preset read them.
 */
export const JAJD_FLOORS: Record<number, number> = { 3: 0.18, 4: 0.29, 5: 0.42, 6: 0.55, 7: 0.63, 8: 0.7, 9: 0.76, 10: 0.82, 11: 0.88, 12: 0.93 };
