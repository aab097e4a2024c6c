/**
 * 识别: every sheet's tables, kept per sheet, with a filter of the sheets shown and computed; each table's
 * kind, range, units, total and benchmark rows; a click selects the table in the sheet. Every column's meaning
 * and every row's role can be corrected, and each correction undone (还原).
 */
import * as React from 'react';
import {
  Badge,
  Button,
  Card,
  CardHeader,
  Checkbox,
  Combobox,
  Dropdown,
  Label,
  MessageBar,
  MessageBarBody,
  Option,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
  useId,
} from '@fluentui/react-components';
import type { RecognizedColumn, RecognizedTable } from '../core/recognize/types';
import { readActiveSelection, readBook, selectRange } from '../excel/adapter';
import { FIELDS, INDICATORS, recognizeGrid } from './engine';
import { correctedColumn, mappingOptions, needsReview, roleOptions, searchOptions, type MappingOption } from './catalog-options';
import { columnCorrected, restoreColumn, restoreRow, rowChoice, rowCorrected, withColumn, withRowRole, ROW_CHOICES, type RowChoice } from './corrections';
import { useKindName, useT, type StringKey } from './i18n';
import { leftOutText, recognizeBook, tableKey } from './recognition';
import { usePane } from './state';

const useStyles = makeStyles({
  stack: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  card: { cursor: 'pointer' },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'auto 1fr',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
  },
  small: { fontSize: tokens.fontSizeBase200 },
  mapping: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalXXS,
    overflowWrap: 'anywhere',
  },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalXS,
  },
  rows: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  row: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) auto',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalXS,
  },
  sheet: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    marginTop: tokens.spacingVerticalS,
  },
  group: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
  },
});

export function tableTitle(table: RecognizedTable, kindLabel: string): string {
  return `${table.meta.title ?? kindLabel} · ${table.sheet}!${table.range}`;
}

function confidenceColor(c: number): 'success' | 'warning' | 'danger' {
  return c >= 0.8 ? 'success' : c >= 0.5 ? 'warning' : 'danger';
}

/** an indicator's or field's own (Chinese) name is the user's vocabulary; a bare role is the pane's word */
export function mappingText(column: RecognizedColumn, t: (key: StringKey) => string): string {
  if (column.indicator) {
    const def = INDICATORS.find((i) => i.id === column.indicator);
    return def ? `${def.name}（ZX.${def.id}）` : column.indicator;
  }
  if (column.field) return column.field;
  return column.role === 'unknown' ? t('unknown') : t(`role_${column.role}`);
}

function ColumnCorrection({ column, onPick }: { column: RecognizedColumn; onPick: (o: MappingOption) => void }): React.JSX.Element {
  const t = useT();
  const catalogue = React.useMemo(() => mappingOptions(INDICATORS, FIELDS), []);
  const roles = React.useMemo(() => roleOptions((r) => t(`role_${r}`)), [t]);
  const all = React.useMemo(() => [...roles, ...catalogue], [roles, catalogue]);
  const [query, setQuery] = React.useState('');
  // the recogniser's own guesses first, then the roles (序号, 目标, 不参与计算 …), then what the user types
  const guesses = (column.guesses ?? [])
    .map((g) => catalogue.find((o) => (g.indicator ? o.kind === 'indicator' && o.id === g.indicator : o.kind === 'field' && o.id === g.field)))
    .filter((o): o is MappingOption => !!o);
  const shown = query ? searchOptions(all, query) : [...guesses, ...roles, ...searchOptions(catalogue, '', 20).filter((o) => !guesses.includes(o))];
  return (
    <Combobox
      size="small"
      style={{ width: '100%', minWidth: 0 }}
      placeholder={t('correctPlaceholder')}
      aria-label={t('correctColumnLabel', {
        column: column.column,
        header: column.header.join(' › '),
      })}
      value={query}
      onChange={(e) => setQuery((e.target as HTMLInputElement).value)}
      onOptionSelect={(_, d) => {
        const picked = all.find((o) => o.key === d.optionValue);
        if (picked) onPick(picked);
        setQuery('');
      }}
      freeform
    >
      {shown.map((o) => (
        <Option key={o.key} value={o.key} text={o.label}>
          {o.label}
        </Option>
      ))}
    </Combobox>
  );
}

function ColumnRow({
  table,
  original,
  column,
  onChange,
}: {
  table: RecognizedTable;
  original: RecognizedTable;
  column: RecognizedColumn;
  onChange: (t: RecognizedTable) => void;
}): React.JSX.Element {
  const styles = useStyles();
  const t = useT();
  const corrected = columnCorrected(table, original, column.column);
  const was = original.columns.find((c) => c.column === column.column);
  // an unsure column's box is open from the start; any other opens on 更正
  const [open, setOpen] = React.useState(needsReview(column) && !corrected);
  const shown = corrected && column.role === 'unknown' ? t('role_unknown') : mappingText(column, t);
  return (
    <>
      <TableRow data-testid={`column-${column.column}`}>
        <TableCell>{column.column}</TableCell>
        <TableCell style={{ overflowWrap: 'anywhere' }}>{column.header.join(' › ')}</TableCell>
        <TableCell>
          <div className={styles.mapping}>
            <Text className={styles.small} title={column.matched ?? undefined} data-testid={`mapping-${column.column}`}>
              {shown}
            </Text>
            {corrected && was && (
              <Badge appearance="tint" color="informative" size="small" style={{ height: 'auto', whiteSpace: 'normal' }}>
                {t('corrected', { was: mappingText(was, t) })}
              </Badge>
            )}
          </div>
        </TableCell>
        <TableCell>
          <div className={styles.mapping}>
            <Badge color={confidenceColor(column.confidence)} appearance="filled" size="small">
              {Math.round(column.confidence * 100)}%
            </Badge>
            <Button
              size="small"
              appearance="transparent"
              style={{ minWidth: 0, padding: 0 }}
              aria-expanded={open}
              aria-label={t('correctColumnLabel', {
                column: column.column,
                header: column.header.join(' › '),
              })}
              onClick={() => setOpen(!open)}
              data-testid={`correct-button-${column.column}`}
            >
              {t('correctColumn')}
            </Button>
            {corrected && (
              <Button
                size="small"
                appearance="transparent"
                style={{ minWidth: 0, padding: 0 }}
                aria-label={t('restoreColumnLabel', { column: column.column })}
                onClick={() => onChange(restoreColumn(table, original, column.column))}
                data-testid={`restore-${column.column}`}
              >
                {t('restore')}
              </Button>
            )}
          </div>
        </TableCell>
      </TableRow>
      {open && (
        <TableRow data-testid={`correct-${column.column}`}>
          <TableCell colSpan={4}>
            <ColumnCorrection
              column={column}
              onPick={(o) => {
                onChange(withColumn(table, correctedColumn(column, o, t('userChosen'))));
                setOpen(false);
              }}
            />
          </TableCell>
        </TableRow>
      )}
    </>
  );
}

/** every body row with its role: unit, total, subtotal, benchmark, breakdown, or not part of the table */
function RowRoles({
  table,
  original,
  onChange,
}: {
  table: RecognizedTable;
  original: RecognizedTable;
  onChange: (t: RecognizedTable) => void;
}): React.JSX.Element {
  const styles = useStyles();
  const t = useT();
  const [open, setOpen] = React.useState(false);
  const id = useId('rows');
  const rows = original.rows;
  return (
    <div className={styles.rows}>
      <Button size="small" appearance="secondary" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)} data-testid="row-roles">
        {`${open ? '▾' : '▸'} ${t('rowRoles', { n: rows.length })}`}
      </Button>
      {open && (
        <div id={id} className={styles.rows} role="list">
          {rows.map((r) => {
            const choice = rowChoice(table, r.row);
            const label = t('rowRoleLabel', { row: r.row, label: r.label });
            return (
              <div key={r.row} className={styles.row} role="listitem" data-testid={`row-${r.row}`}>
                <Text className={styles.small}>{`${r.row} ${r.label}`}</Text>
                <div className={styles.actions}>
                  <Dropdown
                    size="small"
                    style={{ minWidth: '7.5em' }}
                    aria-label={label}
                    value={t(`row_${choice}`)}
                    selectedOptions={[choice]}
                    onOptionSelect={(_, d) => onChange(withRowRole(table, original, r.row, d.optionValue as RowChoice))}
                  >
                    {ROW_CHOICES.map((c) => (
                      <Option key={c} value={c} text={t(`row_${c}`)}>
                        {t(`row_${c}`)}
                      </Option>
                    ))}
                  </Dropdown>
                  {rowCorrected(table, original, r.row) && (
                    <Button
                      size="small"
                      appearance="transparent"
                      aria-label={t('restoreRowLabel', { row: r.row })}
                      onClick={() => onChange(restoreRow(table, original, r.row))}
                    >
                      {t('restore')}
                    </Button>
                  )}
                </div>
              </div>
            );
          })}
        </div>
      )}
    </div>
  );
}

function TableCard({ table, index }: { table: RecognizedTable; index: number }): React.JSX.Element {
  const styles = useStyles();
  const t = useT();
  const kindName = useKindName();
  const pane = usePane();
  const original = pane.original(table) ?? table;
  const unsure = table.columns.filter(needsReview).length;
  // the columns of the table the user pointed at, or of one with unsure columns, are open; the others one click away
  const [columnsOpen, setColumnsOpen] = React.useState(pane.focus.includes(index) || unsure > 0);
  const columnsId = useId('columns');
  const units = table.rows.filter((r) => r.role === 'unit');
  const totals = table.rows.filter((r) => r.role === 'total' || r.role === 'subtotal');
  const benchmarks = table.rows.filter((r) => r.role === 'benchmark');
  const select = () => pane.run(t('selectInSheet'), () => selectRange(table.sheet, table.range));
  const change = (next: RecognizedTable) => pane.updateTable(index, next);
  const leftOut = leftOutText(table.leftOutRows, (r) => t(r === '注释' ? 'leftOutNote' : 'leftOutHeading'));
  const rowList = (rows: { row: number; label: string }[]) => (rows.length ? rows.map((r) => `${r.label}（${r.row}）`).join('、') : t('none'));
  return (
    <Card data-testid="table-card" size="small" aria-label={tableTitle(table, kindName(table.kind))}>
      <CardHeader
        className={styles.card}
        onClick={select}
        header={<Text weight="semibold">{tableTitle(table, kindName(table.kind))}</Text>}
        description={<Badge appearance="tint">{kindName(table.kind)}</Badge>}
        action={
          <Button size="small" appearance="subtle" onClick={select} aria-label={`${t('selectInSheet')}：${table.sheet}!${table.range}`}>
            {t('selectInSheet')}
          </Button>
        }
      />
      <div className={styles.facts}>
        <Text className={styles.small}>{t('range')}</Text>
        <Text
          className={styles.small}
        >{`${table.sheet}!${table.range}${table.meta.unit ? ` · ${table.meta.unit}` : ''}${table.meta.period ? ` · ${table.meta.period}` : ''}`}</Text>
        <Text className={styles.small}>{t('units')}</Text>
        <Text className={styles.small} data-testid="units">{`${units.length}：${units
          .slice(0, 12)
          .map((u) => u.label)
          .join('、')}${units.length > 12 ? '…' : ''}`}</Text>
        <Text className={styles.small}>{t('totals')}</Text>
        <Text className={styles.small}>{rowList(totals)}</Text>
        <Text className={styles.small}>{t('benchmarks')}</Text>
        <Text className={styles.small}>{rowList(benchmarks)}</Text>
        {leftOut && <Text className={styles.small}>{t('leftOutRows')}</Text>}
        {leftOut && (
          <Text className={styles.small} data-testid="left-out-rows">
            {leftOut}
          </Text>
        )}
      </div>
      <Button
        size="small"
        appearance="secondary"
        aria-expanded={columnsOpen}
        aria-controls={columnsId}
        onClick={() => setColumnsOpen(!columnsOpen)}
        data-testid="column-list"
      >
        {`${columnsOpen ? '▾' : '▸'} ${t('columnMappings', { n: table.columns.length })}${unsure ? t('columnsUnsure', { n: unsure }) : ''}`}
      </Button>
      {columnsOpen && (
        <Table id={columnsId} size="extra-small" aria-label={`${t('columns')} · ${table.sheet}!${table.range}`} style={{ tableLayout: 'fixed' }}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell style={{ width: '2.5em' }}>{t('column')}</TableHeaderCell>
              <TableHeaderCell>{t('header')}</TableHeaderCell>
              <TableHeaderCell>{t('mapping')}</TableHeaderCell>
              <TableHeaderCell style={{ width: '4.4em' }}>{t('confidence')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {table.columns.map((col) => (
              <ColumnRow key={col.column} table={table} original={original} column={col} onChange={change} />
            ))}
          </TableBody>
        </Table>
      )}
      {original.rows.length > 0 && <RowRoles table={table} original={original} onChange={change} />}
    </Card>
  );
}

/** which sheets' tables are shown and computed: every sheet, each with its count of tables */
function SheetFilter(): React.JSX.Element | null {
  const styles = useStyles();
  const t = useT();
  const pane = usePane();
  const id = useId('sheets');
  const sheets = pane.recognition?.sheets ?? [];
  if (sheets.length < 2) return null;
  return (
    <div role="group" aria-labelledby={id} className={styles.group} data-testid="sheet-filter">
      <Label id={id}>{t('sheetFilter')}</Label>
      {sheets.map((s) => (
        <Checkbox
          key={s.sheet}
          label={s.tables.length ? t('sheetTables', { name: s.sheet, n: s.tables.length }) : t('sheetNoTables', { name: s.sheet })}
          checked={pane.shownSheets.includes(s.sheet)}
          disabled={!s.tables.length}
          onChange={(_, d) => pane.setShownSheets(d.checked ? [...pane.shownSheets, s.sheet] : pane.shownSheets.filter((x) => x !== s.sheet))}
        />
      ))}
    </div>
  );
}

export function RecognizeTab(): React.JSX.Element {
  const styles = useStyles();
  const t = useT();
  const pane = usePane();
  const recognize = () =>
    pane.run(t('recognizing'), async (progress) => {
      const grids = await Excel.run((context) => readBook(context, progress));
      const where = await Excel.run((context) => readActiveSelection(context));
      const result = recognizeBook(grids, where.sheet, where.selection, recognizeGrid);
      pane.setRecognition(result);
      const sheetsWithTables = result.sheets.filter((s) => s.tables.length).length;
      const found = result.tables.length
        ? t('tablesFound', {
            n: result.tables.length,
            sheets: sheetsWithTables,
          })
        : t('noTables');
      const note = result.note ? t(result.note.key, result.note.params) : '';
      pane.notify({
        intent: result.note?.key === 'selectionNoTable' || !result.tables.length ? 'warning' : 'success',
        text: [found, note].filter(Boolean).join('。'),
      });
    });
  const sheets = pane.recognition?.sheets.filter((s) => pane.shownSheets.includes(s.sheet) || !s.tables.length) ?? [];
  return (
    <div className={styles.stack}>
      <Text>{t('recognizeHint')}</Text>
      <Button appearance="primary" onClick={recognize} disabled={!!pane.busy} data-testid="recognize">
        {t('recognize')}
      </Button>
      {pane.recognition?.note && (
        <MessageBar intent={pane.recognition.note.key === 'selectionNoTable' ? 'warning' : 'info'} data-testid="selection-note">
          <MessageBarBody>{t(pane.recognition.note.key, pane.recognition.note.params)}</MessageBarBody>
        </MessageBar>
      )}
      <SheetFilter />
      {sheets.map((s) => (
        <section key={s.sheet} className={styles.sheet} aria-label={t('sheetHeading', { name: s.sheet })} data-testid="sheet-result">
          <Text as="h3" weight="semibold" style={{ margin: 0 }}>
            {t('sheetHeading', { name: s.sheet })}
          </Text>
          {s.tables.length ? (
            pane.tables.map((table, i) => (table.sheet === s.sheet ? <TableCard key={tableKey(table)} table={table} index={i} /> : null))
          ) : (
            <Text className={styles.small}>{t('sheetNothing')}</Text>
          )}
        </section>
      ))}
    </div>
  );
}
