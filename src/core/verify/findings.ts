/**
 * What verification reports, and the collector every check reports into: a count of the published values
 * recomputed, the findings in the order they were found, and the cells already found wrong.
 */

export type FindingKind = 'rounding' | 'truncation' | 'mismatch' | 'total-mismatch';

export interface VerifyFinding {
  sheet: string;
  /** the published cell: "H6" */
  cell: string;
  kind: FindingKind;
  published: number | null;
  /** the recomputed value (unrounded) */
  expected: number | null;
  /** what differs and why, in Chinese */
  message: string;
}

/** The `zhixiao verify --json` shape. */
export interface VerifyReport {
  /** how many published values were recomputed and compared */
  checked: number;
  findings: VerifyFinding[];
}

export class Collector {
  checked = 0;
  readonly findings: VerifyFinding[] = [];
  /** cells already found wrong (not rounding): a relation through them would only repeat the finding */
  readonly wrong = new Set<string>();
  constructor(private readonly all: boolean) {}
  add(f: VerifyFinding): void {
    if (f.kind !== 'rounding') this.wrong.add(`${f.sheet}!${f.cell}`);
    if (f.kind === 'rounding' && !this.all) return;
    this.findings.push(f);
  }
}

/** the end of a finding's message: why the published value differs from the recomputed one */
export const CAUSE: Record<'rounding' | 'truncation' | 'mismatch', string> = {
  rounding: '四舍五入显示差异（不是错误）',
  truncation: '截断而非四舍五入',
  mismatch: '数值不符，请核对',
};
