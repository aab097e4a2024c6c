/**
 * Before writing: what will be written, and every non-empty cell that would be overwritten, by name. Nothing
 * is written until the user confirms (and ticks the overwrite box when there is anything to overwrite).
 */
import * as React from 'react';
import {
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  ProgressBar,
  MessageBar,
  MessageBarBody,
  Spinner,
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
import { address, isErrorValue, type CellValue } from '../core/base/grid';
import type { CellWrite, EditPlan, Overwrite } from '../core/base/plan';
import { formatCell } from './cell-format';
import { applyPlan, inspectPlan } from '../excel/adapter';
import { describeError } from './errors';
import { useT } from './i18n';
import { usePane } from './state';
import { engineText } from './engine-messages';

/** rows of the write list shown; the rest is counted */
const SHOWN_WRITES = 40;

const useStyles = makeStyles({
  // no inner scroll boxes: the dialog's content is the one scroll, every overwritten cell in it
  list: {},
  warning: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, overflowWrap: 'anywhere' },
  mono: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  // a task pane is ~350 px wide: a long formula wraps inside its cell instead of running out of the dialog
  content: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
  cellColumn: { width: '40%', verticalAlign: 'top' },
  stacked: { display: 'flex', flexDirection: 'column', paddingTop: tokens.spacingVerticalXXS, paddingBottom: tokens.spacingVerticalXXS, overflowWrap: 'anywhere' },
});

export function showValue(v: CellValue): string {
  if (v === null) return '';
  if (isErrorValue(v)) return v.error;
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : String(Math.round(v * 1e6) / 1e6);
  return String(v);
}

/** a written value as the cell will show it (its number format: 1.001449 in 0.00% shows 100.14%) */
function shownAs(w: CellWrite): string {
  const v = w.value;
  if (w.numberFormat && (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean')) return formatCell(v, w.numberFormat);
  return showValue(v);
}

/** `written`: cells written, null when cancelled; `undoStored`: whether the undo record went into the workbook */
export function PlanPreview({ plan, onClose }: { plan: EditPlan; onClose: (written: number | null, undoStored?: boolean) => void }): React.JSX.Element {
  const styles = useStyles();
  const t = useT();
  const { lang } = usePane();
  const [nonEmpty, setNonEmpty] = React.useState<Overwrite[] | null>(null);
  const [confirmed, setConfirmed] = React.useState(false);
  const [writing, setWriting] = React.useState(false);
  const [progress, setProgress] = React.useState<{ done: number; total: number } | null>(null);
  const [error, setError] = React.useState<string | null>(null);

  React.useEffect(() => {
    let live = true;
    inspectPlan(plan).then(
      (inspection) => live && setNonEmpty(inspection.nonEmpty),
      (e) => live && setError(describeError(e, lang)),
    );
    return () => {
      live = false;
    };
  }, [plan, lang]);

  const write = async () => {
    setWriting(true);
    setError(null);
    try {
      const result = await applyPlan(plan, confirmed && nonEmpty ? nonEmpty : [], (done, total) => setProgress({ done, total }));
      onClose(result.cellsWritten, result.undoStored);
    } catch (e) {
      setError(describeError(e, lang));
      setWriting(false);
    }
  };

  const canWrite = nonEmpty !== null && (nonEmpty.length === 0 || confirmed) && !writing;
  return (
    // Escape (or a click outside) cancels, as 取消 does — but not while writing
    <Dialog open modalType="modal" onOpenChange={(_, d) => !d.open && !writing && onClose(null)}>
      <DialogSurface data-testid="preview">
        <DialogBody>
          <DialogTitle>{t('previewTitle')}</DialogTitle>
          {/* a long plan scrolls here: focusable, so the keyboard scrolls it too */}
          <DialogContent tabIndex={0} role="region" aria-label={t('previewSummary', { n: plan.writes.length })}>
            {plan.summary.map((line, i) => (
              <Text block key={i}>
                {engineText(line, lang)}
              </Text>
            ))}
            {plan.newSheets.length > 0 && <Text block>{t('newSheets', { names: plan.newSheets.join('、') })}</Text>}
            <Text block weight="semibold">
              {t('previewSummary', { n: plan.writes.length })}
            </Text>
            <div className={styles.list}>
              <Table size="extra-small" aria-label={t('previewSummary', { n: plan.writes.length })}>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell className={styles.cellColumn}>{t('previewCell')}</TableHeaderCell>
                    <TableHeaderCell>{t('previewContent')}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {plan.writes.slice(0, SHOWN_WRITES).map((w, i) => (
                    <TableRow key={i}>
                      <TableCell className={styles.cellColumn}>
                        <div className={styles.stacked}>
                          <Text className={styles.mono}>{`${w.sheet}!${address(w.row, w.col)}`}</Text>
                          {w.label && <Text size={200}>{w.label}</Text>}
                        </div>
                      </TableCell>
                      <TableCell>
                        <Text className={styles.content}>{w.formula ? `${w.formula} → ${shownAs(w)}` : shownAs(w)}</Text>
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
              {plan.writes.length > SHOWN_WRITES && <Text>{t('previewMore', { n: plan.writes.length - SHOWN_WRITES })}</Text>}
            </div>
            {nonEmpty === null && !error && <Spinner size="tiny" />}
            {nonEmpty && nonEmpty.length > 0 && (
              <MessageBar intent="warning" data-testid="overwrite-warning">
                <MessageBarBody>
                  <Text block weight="semibold">
                    {t('overwriteWarning', { n: nonEmpty.length })}
                  </Text>
                  <div className={styles.warning}>
                    {nonEmpty.map((o) => (
                      <Text key={`${o.sheet}!${o.row}:${o.col}`} className={styles.mono}>
                        {`${o.sheet}!${address(o.row, o.col)}：${o.previousFormula ?? showValue(o.previous)}`}
                      </Text>
                    ))}
                  </div>
                  <Checkbox checked={confirmed} onChange={(_, d) => setConfirmed(!!d.checked)} label={t('overwriteConfirm')} />
                </MessageBarBody>
              </MessageBar>
            )}
            {writing && progress && progress.total > 1 && (
              <Field validationMessage={t('progress', progress)} validationState="none">
                <ProgressBar value={progress.done / progress.total} />
              </Field>
            )}
            {error && (
              <MessageBar intent="error">
                <MessageBarBody>{error}</MessageBarBody>
              </MessageBar>
            )}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" disabled={!canWrite} onClick={write} data-testid="confirm-write">
              {writing ? t('writing') : t('confirmWrite')}
            </Button>
            <Button disabled={writing} onClick={() => onClose(null)}>
              {t('cancel')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
