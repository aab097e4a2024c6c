/**
 * A read-only view of the test host's workbook beside the pane: sheet tabs, the used range with row and
 * column headers, formulas marked (hover shows the formula), fills, bold, merges, the selection, and the
 * charts drawn small. Redraws after every sync.
 */
import * as React from 'react';
import { columnLetter, type CellRange } from '../core/base/grid';
import type { ChartState, SheetState, WorkbookState } from '../../test/host/workbook';
import { formatCell } from '../taskpane/cell-format';
import { maxOf, minOf } from '../core/base/arrays';
import { ruleFormat } from './rules';
import { axisTicks } from './chart-axis';

const MAX_ROWS = 200;
const MAX_COLS = 40;

function useWorkbook(state: WorkbookState): number {
  const [version, setVersion] = React.useState(0);
  React.useEffect(() => state.subscribe(() => setVersion((v) => v + 1)), [state]);
  return version;
}

function inRange(r: CellRange | undefined, row: number, col: number): boolean {
  return !!r && row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;
}

/** a value as Excel reads it for a chart: a number; text (even "89.29%") is not plotted, as in Excel */
function plotted(v: unknown): number | null {
  return typeof v === 'number' ? v : null;
}

function ChartPreview({ state, chart }: { state: WorkbookState; chart: ChartState }): React.JSX.Element {
  const seriesValues = chart.series.map((s) => {
    const sheet = s.values ? state.sheetByName(s.values.sheet) : undefined;
    const out: (number | null)[] = [];
    if (sheet && s.values) for (let r = s.values.range.top; r <= s.values.range.bottom; r++) out.push(plotted(state.value(sheet, r, s.values.range.left)));
    return out;
  });
  const format = (() => {
    const s = chart.series[0]?.values;
    const sheet = s ? state.sheetByName(s.sheet) : undefined;
    return sheet && s ? state.numberFormat(sheet, s.range.top, s.range.left) : null;
  })();
  const catSeries = chart.series.find((s) => s.categories);
  const catSheet = catSeries?.categories ? state.sheetByName(catSeries.categories.sheet) : undefined;
  const categories: string[] = [];
  if (catSheet && catSeries?.categories) {
    for (let r = catSeries.categories.range.top; r <= catSeries.categories.range.bottom; r++) categories.push(String(state.value(catSheet, r, catSeries.categories.range.left)));
  }
  const all = seriesValues.flat().filter((v): v is number => v !== null);
  const ticks = axisTicks(minOf(all.length ? all : [0]), maxOf(all.length ? all : [1]));
  const min = ticks[0];
  const max = ticks[ticks.length - 1];
  const n = Math.max(1, seriesValues[0]?.length ?? 1);
  const left = 56;
  // every court's full name, turned when long, as Excel does on a narrow axis
  const longest = maxOf([1, ...categories.map((c) => c.length)]);
  const bottom = 16 + Math.min(longest, 14) * 9;
  const width = Math.max(420, left + 20 + n * 56);
  const plotHeight = 180;
  const height = plotHeight + bottom + 10;
  const step = (width - left - 20) / n;
  const y = (v: number) => 10 + plotHeight - ((v - min) / (max - min || 1)) * plotHeight;
  const label = (v: number) => (format ? formatCell(v, format) : String(v));
  const base = y(Math.max(min, 0));
  return (
    <figure style={{ margin: '8px 0', border: '1px solid #c8c6c4', background: '#fff', width }} data-testid="chart-preview">
      <figcaption style={{ textAlign: 'center', fontSize: 12, fontWeight: 600, padding: 4 }}>{chart.title || chart.name}</figcaption>
      <svg width={width} height={height} role="img" aria-label={chart.title}>
        {ticks.map((v) => (
          <g key={v}>
            <line x1={left} y1={y(v)} x2={width - 10} y2={y(v)} stroke={v === 0 ? '#8a8886' : '#edebe9'} />
            <text x={left - 4} y={y(v) + 3} fontSize={9} textAnchor="end" data-axis="y">
              {label(v)}
            </text>
          </g>
        ))}
        <line x1={left} y1={y(max)} x2={left} y2={y(min)} stroke="#8a8886" />
        {chart.series.map((s, si) =>
          s.chartType === 'Line' ? (
            <polyline key={si} fill="none" stroke="#d13438" strokeWidth={2} points={seriesValues[si].map((v, i) => `${left + step * (i + 0.5)},${y(v ?? 0)}`).join(' ')} />
          ) : (
            seriesValues[si].map((v, i) =>
              v === null ? null : (
                <rect key={`${si}-${i}`} x={left + step * i + step * 0.15} width={step * 0.7} y={Math.min(y(v), base)} height={Math.abs(base - y(v))} fill="#0f6cbd" data-bar={categories[i] ?? i + 1}>
                  <title>{`${categories[i] ?? i + 1}: ${label(v)}`}</title>
                </rect>
              ),
            )
          ),
        )}
        {categories.map((c, i) => {
          const x = left + step * (i + 0.5);
          const yy = 10 + plotHeight + 12;
          return (
            <text key={i} x={x} y={yy} fontSize={9} textAnchor={c.length > 4 ? 'end' : 'middle'} transform={c.length > 4 ? `rotate(-40 ${x} ${yy})` : undefined} data-axis="x">
              {c}
            </text>
          );
        })}
      </svg>
    </figure>
  );
}

/** Select as in Excel: a click selects a cell, a shift-click extends from the active cell. */
function selectCell(state: WorkbookState, sheet: SheetState, row: number, col: number, extend: boolean): void {
  const current = state.selection && state.selection.sheetId === sheet.id ? state.selection.range : null;
  const anchor = extend && current ? { row: current.top, col: current.left } : { row, col };
  state.selection = {
    sheetId: sheet.id,
    range: { top: Math.min(anchor.row, row), left: Math.min(anchor.col, col), bottom: Math.max(anchor.row, row), right: Math.max(anchor.col, col) },
  };
  state.changed();
}

function Grid({ state, sheet }: { state: WorkbookState; sheet: SheetState }): React.JSX.Element {
  const used = state.usedRange(sheet, false);
  const bottom = Math.min(used ? used.bottom : 10, MAX_ROWS - 1);
  const right = Math.min(used ? used.right : 6, MAX_COLS - 1);
  const selection = state.selection && state.selection.sheetId === sheet.id ? state.selection.range : undefined;
  const covered = new Set<string>();
  for (const m of sheet.merges) for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.add(`${r},${c}`);
  const rows: React.JSX.Element[] = [];
  for (let r = 0; r <= bottom; r++) {
    const cells: React.JSX.Element[] = [<th key="h" className="zx-rowhead">{r + 1}</th>];
    for (let c = 0; c <= right; c++) {
      if (covered.has(`${r},${c}`)) continue;
      const merge = sheet.merges.find((m) => m.top === r && m.left === c);
      const cell = state.cell(sheet, r, c);
      const isFormula = typeof cell?.input === 'string' && cell.input.startsWith('=');
      const value = state.value(sheet, r, c);
      const text = formatCell(value, state.numberFormat(sheet, r, c));
      // conditional formats drawn as Excel draws them (达标 green, 未达标 red)
      const rule = ruleFormat(sheet.conditionalFormats, r, c, value);
      const style: React.CSSProperties = {
        background: rule?.fill ?? cell?.fill ?? undefined,
        color: rule?.fontColor ?? undefined,
        fontWeight: cell?.bold ? 600 : undefined,
        textAlign: cell?.align === 'Center' ? 'center' : cell?.align === 'Right' || (typeof value === 'number' && cell?.align !== 'Left') ? 'right' : 'left',
        width: sheet.columnWidths.get(c) ? `${sheet.columnWidths.get(c)! * 1.33}px` : undefined,
      };
      cells.push(
        <td
          key={c}
          style={style}
          colSpan={merge ? merge.right - merge.left + 1 : undefined}
          rowSpan={merge ? merge.bottom - merge.top + 1 : undefined}
          className={`${isFormula ? 'zx-formula ' : ''}${inRange(selection, r, c) ? 'zx-selected' : ''}`}
          title={isFormula ? String(cell!.input) : undefined}
          data-cell={`${columnLetter(c)}${r + 1}`}
          onMouseDown={(e) => selectCell(state, sheet, r, c, e.shiftKey)}
        >
          {text}
        </td>,
      );
    }
    rows.push(<tr key={r}>{cells}</tr>);
  }
  return (
    <table className="zx-sheet">
      <thead>
        <tr>
          <th className="zx-corner" />
          {Array.from({ length: right + 1 }, (_, c) => (
            <th key={c}>{columnLetter(c)}</th>
          ))}
        </tr>
      </thead>
      <tbody>{rows}</tbody>
    </table>
  );
}

export function SheetView({ state }: { state: WorkbookState }): React.JSX.Element {
  useWorkbook(state);
  const active = state.sheets.find((s) => s.id === state.activeSheetId) ?? state.sheets[0];
  if (!active) return <p>（空工作簿）</p>;
  const activate = (s: SheetState) => {
    state.activeSheetId = s.id;
    state.selection = { sheetId: s.id, range: { top: 0, left: 0, bottom: 0, right: 0 } };
    state.changed();
  };
  return (
    <div className="zx-book" data-testid="sheet-view">
      <div className="zx-scroll">
        <Grid state={state} sheet={active} />
        {active.charts.map((c) => (
          <ChartPreview key={c.id} state={state} chart={c} />
        ))}
      </div>
      <div className="zx-tabs">
        {state.sheets.map((s) => (
          <button key={s.id} className={s.id === active.id ? 'zx-tab zx-tab-active' : 'zx-tab'} onClick={() => activate(s)}>
            {s.name}
          </button>
        ))}
      </div>
    </div>
  );
}
