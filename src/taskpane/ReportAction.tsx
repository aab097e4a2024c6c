/**
 * 通报 in the pane: the workbook's recognised and filled unit matrices → the draft (src/core/report, the same
 * as `zhixiao report`) written into a new sheet through the preview, and a .docx to download where the host
 * lets an add-in download a file. (The .docx writer, the `docx` package, is in the pane's bundle: the pane's
 * chunks share the functions entry's runtime, where a lazily loaded chunk would need a public path the custom
 * functions runtime cannot work out.)
 */
import * as React from 'react';
import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Grid } from '../core/base/grid';
import { readFacts } from '../core/report/facts';
import { draftReport, type ReportDraft } from '../core/report/draft';
import { MONTHLY_WORDING } from '../core/report/wording';
import { draftSheetPlan } from '../core/report/sheet';
import { draftDocx } from '../core/report/docx';
import { readBook } from '../excel/adapter';
import { recognizeGrid } from './engine';
import { UserFacingError } from './errors';
import { useT } from './i18n';
import { freeSheetName } from './MergeAction';
import { usePane } from './state';

const useStyles = makeStyles({ stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS } });

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** whether the page can hand the user a file: a link with `download` and object URLs */
function canDownload(): boolean {
  return typeof URL !== 'undefined' && typeof URL.createObjectURL === 'function' && 'download' in document.createElement('a');
}

export function ReportAction(): React.JSX.Element {
  const styles = useStyles();
  const t = useT();
  const pane = usePane();
  const [draft, setDraft] = React.useState<ReportDraft | null>(null);

  const make = () =>
    pane.run(t('drafting'), async (progress) => {
      const grids: Grid[] = await Excel.run((context) => readBook(context, progress));
      let d: ReportDraft;
      try {
        d = draftReport(readFacts(grids, grids.flatMap((g) => recognizeGrid(g))), MONTHLY_WORDING);
      } catch (e) {
        throw new UserFacingError(e instanceof Error ? e.message : String(e));
      }
      setDraft(d);
      pane.preview(draftSheetPlan(d, freeSheetName('通报草稿', grids.map((g) => g.sheet))));
    });

  const download = () =>
    pane.run(t('reportDownload'), async () => {
      if (!draft) return;
      if (!canDownload()) return pane.notify({ intent: 'warning', text: t('reportNoDownload') });
      const bytes = await draftDocx(draft);
      const name = `${draft.title}.docx`;
      const url = URL.createObjectURL(new Blob([bytes], { type: DOCX_TYPE }));
      const a = document.createElement('a');
      a.href = url;
      a.download = name;
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      pane.notify({ intent: 'success', text: t('reportDownloaded', { name }) });
    });

  return (
    <div className={styles.stack} data-testid="report-action">
      <Text weight="semibold">{t('reportTitle')}</Text>
      <Text size={200}>{t('reportHint')}</Text>
      <Button appearance="primary" disabled={!!pane.busy} onClick={make} data-testid="report-run">
        {t('reportRun')}
      </Button>
      {draft && (
        <Button disabled={!!pane.busy} onClick={download} data-testid="report-download">
          {t('reportDownload')}
        </Button>
      )}
    </div>
  );
}
