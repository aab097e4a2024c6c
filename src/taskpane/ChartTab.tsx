/**
 * 图表: a chosen indicator by unit, with its target as a line, inserted in the sheet (through the preview).
 */
import * as React from 'react';
import { Button, Dropdown, Field, Input, Option, Text, makeStyles, tokens } from '@fluentui/react-components';
import { columnIndex } from '../core/base/grid';
import { chartableColumns, planIndicatorChart } from './chart-plan';
import { INDICATORS, TARGET_PRESETS, parseTarget } from './engine';
import { UserFacingError } from './errors';
import { useKindName, useT } from './i18n';
import { tableTitle } from './RecognizeTab';
import { usePane } from './state';

const useStyles = makeStyles({ stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS } });

/** a target for the indicator from the built-in presets (the first that assesses it), as a starting point */
function presetTarget(indicatorId: string | null): string {
  if (!indicatorId) return '';
  for (const preset of Object.values(TARGET_PRESETS)) {
    const t = preset.targets.find((x) => x.indicator === indicatorId);
    const text = t?.text ?? (t?.byLevel ? Object.values(t.byLevel).find((v) => v && v !== '-') : undefined);
    if (text && text !== '-') return text;
  }
  return '';
}

export function ChartTab(): React.JSX.Element {
  const styles = useStyles();
  const t = useT();
  const kindName = useKindName();
  const pane = usePane();
  const candidates = pane.tables.map((table, index) => ({ table, index, columns: chartableColumns(table) })).filter((c) => c.columns.length && c.table.unitColumn);
  const [tableIndex, setTableIndex] = React.useState<number | null>(null);
  const [columnLetter, setColumnLetter] = React.useState<string | null>(null);
  const [targetText, setTargetText] = React.useState('');

  const current = candidates.find((c) => c.index === tableIndex) ?? candidates[0];
  // an indicator (a rate) is what one charts against a target; a count column only when there is none
  const column = current?.columns.find((c) => c.column === columnLetter) ?? current?.columns.find((c) => c.role === 'indicator') ?? current?.columns[0];
  React.useEffect(() => {
    setTargetText(presetTarget(column?.indicator ?? null));
  }, [column?.indicator, column?.column]);

  if (!pane.tables.length) return <Text>{t('recognizeFirst')}</Text>;
  if (!current || !column) return <Text>{t('chartNoColumns')}</Text>;

  const nameOf = (c: typeof column) => INDICATORS.find((i) => i.id === c.indicator)?.name ?? c.field ?? c.header.join('');
  const insert = () =>
    pane.run(t('planning'), async () => {
      const target = targetText.trim() ? parseTarget(targetText) : null;
      if (targetText.trim() && !target) throw new UserFacingError(t('chartTargetInvalid', { text: targetText }));
      const def = INDICATORS.find((i) => i.id === column.indicator);
      const grid = pane.grids.find((g) => g.sheet === current.table.sheet) ?? null;
      const firstUnit = current.table.rows.find((r) => r.role === 'unit');
      const shown = grid && firstUnit ? grid.numberFormats?.[firstUnit.row - 1 - grid.origin.row]?.[columnIndex(column.column) - grid.origin.col] : null;
      pane.preview(
        planIndicatorChart({ table: current.table, column, name: nameOf(column), target, numberFormat: def?.format ?? shown ?? 'General', grid }),
      );
    });

  return (
    <div className={styles.stack}>
      <Field label={t('chooseTable')}>
        <Dropdown
          value={tableTitle(current.table, kindName(current.table.kind))}
          selectedOptions={[String(current.index)]}
          onOptionSelect={(_, d) => {
            setTableIndex(Number(d.optionValue));
            setColumnLetter(null);
          }}
        >
          {candidates.map((c) => (
            <Option key={c.index} value={String(c.index)} text={tableTitle(c.table, kindName(c.table.kind))}>
              {tableTitle(c.table, kindName(c.table.kind))}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label={t('chartIndicator')}>
        <Dropdown value={`${column.column} ${nameOf(column)}`} selectedOptions={[column.column]} onOptionSelect={(_, d) => setColumnLetter(d.optionValue ?? null)}>
          {current.columns.map((c) => (
            <Option key={c.column} value={c.column} text={`${c.column} ${nameOf(c)}`}>
              {`${c.column} ${nameOf(c)}`}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label={t('chartTarget')}>
        <Input value={targetText} onChange={(_, d) => setTargetText(d.value)} placeholder="≥90%" />
      </Field>
      <Button appearance="primary" disabled={!!pane.busy} onClick={insert} data-testid="insert-chart">
        {t('chartInsert')}
      </Button>
    </div>
  );
}
