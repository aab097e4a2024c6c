/**
 * 识别: the tables found, with kind, range, units, total and benchmark rows; a click selects the table in the
 * sheet; each column's mapping and confidence; an unsure column corrected from the catalogue.
 */
import * as React from 'react';
import {
  Badge,
  Button,
  Card,
  CardHeader,
  Combobox,
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
} from '@fluentui/react-components';
import type { RecognizedColumn, RecognizedTable } from '../core/recognize/types';
import { readGrid, selectRange } from '../excel/adapter';
import { FIELDS, INDICATORS, recognizeGrid } from './engine';
import { correctedColumn, mappingOptions, needsReview, searchOptions, type MappingOption } from './catalog-options';
import { useKindName, useT, type StringKey } from './i18n';
import { usePane } from './state';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  card: { cursor: 'pointer' },
  facts: { display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXXS },
  small: { fontSize: tokens.fontSizeBase200 },
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
  const all = React.useMemo(() => mappingOptions(INDICATORS, FIELDS), []);
  const [query, setQuery] = React.useState('');
  // the recogniser's own guesses first, then what the user types
  const guesses = (column.guesses ?? [])
    .map((g) => all.find((o) => (g.indicator ? o.kind === 'indicator' && o.id === g.indicator : o.kind === 'field' && o.id === g.field)))
    .filter((o): o is MappingOption => !!o);
  const shown = query ? searchOptions(all, query) : [...guesses, ...searchOptions(all, '', 20).filter((o) => !guesses.includes(o))];
  return (
    <Combobox
      size="small"
      style={{ width: '100%', minWidth: 0 }}
      placeholder={t('correctPlaceholder')}
      aria-label={`${t('correct')} ${column.column}`}
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

function TableCard({ table, index }: { table: RecognizedTable; index: number }): React.JSX.Element {
  const styles = useStyles();
  const t = useT();
  const kindName = useKindName();
  const pane = usePane();
  const units = table.rows.filter((r) => r.role === 'unit');
  const totals = table.rows.filter((r) => r.role === 'total' || r.role === 'subtotal');
  const benchmarks = table.rows.filter((r) => r.role === 'benchmark');
  const select = () => pane.run(t('selectInSheet'), () => selectRange(table.sheet, table.range));
  const correct = (col: RecognizedColumn, option: MappingOption) =>
    pane.updateTable(index, { ...table, columns: table.columns.map((c) => (c.column === col.column ? correctedColumn(c, option, t('userChosen')) : c)) });
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
        <Text className={styles.small}>{`${table.sheet}!${table.range}${table.meta.unit ? ` · ${table.meta.unit}` : ''}${table.meta.period ? ` · ${table.meta.period}` : ''}`}</Text>
        <Text className={styles.small}>{t('units')}</Text>
        <Text className={styles.small}>{`${units.length}：${units.slice(0, 12).map((u) => u.label).join('、')}${units.length > 12 ? '…' : ''}`}</Text>
        <Text className={styles.small}>{t('totals')}</Text>
        <Text className={styles.small}>{rowList(totals)}</Text>
        <Text className={styles.small}>{t('benchmarks')}</Text>
        <Text className={styles.small}>{rowList(benchmarks)}</Text>
      </div>
      <Table size="extra-small" aria-label={t('columns')}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell style={{ width: '2.5em' }}>{t('column')}</TableHeaderCell>
            <TableHeaderCell>{t('header')}</TableHeaderCell>
            <TableHeaderCell>{t('mapping')}</TableHeaderCell>
            <TableHeaderCell style={{ width: '4em' }}>{t('confidence')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {table.columns.map((col) => (
            <React.Fragment key={col.column}>
              <TableRow data-testid={`column-${col.column}`}>
                <TableCell>{col.column}</TableCell>
                <TableCell>{col.header.join(' › ')}</TableCell>
                <TableCell>
                  <Text className={styles.small} title={col.matched ?? undefined}>
                    {mappingText(col, t)}
                  </Text>
                </TableCell>
                <TableCell>
                  <Badge color={confidenceColor(col.confidence)} appearance="filled" size="small">
                    {Math.round(col.confidence * 100)}%
                  </Badge>
                </TableCell>
              </TableRow>
              {needsReview(col) && (
                <TableRow data-testid={`correct-${col.column}`}>
                  <TableCell colSpan={4}>
                    <ColumnCorrection column={col} onPick={(o) => correct(col, o)} />
                  </TableCell>
                </TableRow>
              )}
            </React.Fragment>
          ))}
        </TableBody>
      </Table>
    </Card>
  );
}

export function RecognizeTab(): React.JSX.Element {
  const styles = useStyles();
  const t = useT();
  const pane = usePane();
  const recognize = () =>
    pane.run(t('recognizing'), async (progress) => {
      const grid = await Excel.run((context) => readGrid(context, { onProgress: progress }));
      const tables = recognizeGrid(grid);
      pane.setRecognition(grid, tables);
      pane.notify(tables.length ? { intent: 'success', text: t('tablesFound', { n: tables.length }) } : { intent: 'warning', text: t('noTables') });
    });
  return (
    <div className={styles.stack}>
      <Text>{t('recognizeHint')}</Text>
      <Button appearance="primary" onClick={recognize} disabled={!!pane.busy} data-testid="recognize">
        {t('recognize')}
      </Button>
      {pane.tables.map((table, i) => (
        <TableCard key={`${table.sheet}!${table.range}`} table={table} index={i} />
      ))}
    </div>
  );
}
