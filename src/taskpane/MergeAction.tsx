/**
 * 汇总 in the pane: the user picks the courts' reports (a file input); their sheets are inserted into this
 * workbook (`insertWorksheetsFromBase64`, ExcelApi 1.13, feature-detected with a clear word where Excel lacks
 * it); the new 汇总 sheet (src/core/merge, the same plan as `zhixiao merge`) has a row per court whose figures are
 * formulas referring to the inserted sheets, so a corrected report updates the city table. Written through the
 * preview, as every plan.
 */
import * as React from 'react';
import { Button, Field, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Grid } from '../core/base/grid';
import { pushAll } from '../core/base/arrays';
import { differenceLine, planMerge, readReport, type ReportSource } from '../core/merge';
import { canInsertWorksheets, insertWorkbookSheets, readBook } from '../excel/adapter';
import { recognizeGrid } from './engine';
import { UserFacingError } from './errors';
import { useT } from './i18n';
import { usePane } from './state';

const useStyles = makeStyles({ stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS } });

/** a file's bytes as base64, as insertWorksheetsFromBase64 takes them */
export function fileBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('无法读取所选文件'));
    reader.readAsDataURL(file);
  });
}

/** `汇总`, else `汇总2`, `汇总3` … : a sheet name not yet taken */
export function freeSheetName(base: string, taken: string[]): string {
  let name = base;
  for (let i = 2; taken.includes(name); i++) name = `${base}${i}`;
  return name;
}

export function MergeAction(): React.JSX.Element {
  const styles = useStyles();
  const t = useT();
  const pane = usePane();
  const [files, setFiles] = React.useState<File[]>([]);
  const supported = canInsertWorksheets();

  const merge = () =>
    pane.run(t('merging'), async (progress) => {
      const inserted: { file: string; sheets: string[] }[] = [];
      for (const [i, f] of files.entries()) {
        inserted.push({ file: f.name, sheets: await insertWorkbookSheets(await fileBase64(f)) });
        progress(i + 1, files.length);
      }
      const grids: Grid[] = await Excel.run((context) => readBook(context));
      const sources: ReportSource[] = [];
      const left: string[] = [];
      for (const ins of inserted) {
        const own = grids.filter((g) => ins.sheets.includes(g.sheet));
        const r = readReport(ins.file, own, own.flatMap((g) => recognizeGrid(g)));
        if (typeof r === 'string') left.push(r);
        else sources.push(r);
      }
      const names = inserted.flatMap((x) => x.sheets).join('、');
      if (!sources.length) throw new UserFacingError(`${t('mergeNothing', { reasons: left.join('；') })}${t('mergeInserted', { names })}`);
      const result = planMerge(sources, { linkedSheet: (s) => s.grid.sheet, sheet: freeSheetName('汇总', grids.map((g) => g.sheet)) });
      if (result.duplicates.length) throw new UserFacingError(`${t('mergeDuplicates', { list: result.duplicates.join('；') })}${t('mergeInserted', { names })}`);
      pushAll(result.plan.summary, [t('mergeInserted', { names }), ...left, ...result.differing.map(differenceLine)]);
      pane.preview(result.plan);
    });

  return (
    <div className={styles.stack} data-testid="merge-action">
      <Text weight="semibold">{t('mergeTitle')}</Text>
      <Text size={200}>{t('mergeHint')}</Text>
      {!supported && <Text data-testid="merge-unsupported">{t('mergeUnsupported')}</Text>}
      <Field label={t('mergePick')}>
        <input
          type="file"
          multiple
          accept=".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          disabled={!supported || !!pane.busy}
          data-testid="merge-files"
          onChange={(e) => setFiles([...(e.target.files ?? [])])}
        />
      </Field>
      {files.length > 0 && <Text size={200}>{t('mergeFiles', { n: files.length, names: files.map((f) => f.name).join('、') })}</Text>}
      <Button appearance="primary" disabled={!supported || !files.length || !!pane.busy} onClick={merge} data-testid="merge-run">
        {t('mergeRun')}
      </Button>
    </div>
  );
}
