/**
 * The task pane: 识别 → 计算 / 图表 → preview → confirm → apply → 撤销上次操作.
 * State lives here; each tab is a component; Excel work goes through src/excel, engine work through ./engine.
 */
import * as React from 'react';
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Spinner,
  Tab,
  TabList,
  Text,
  Field,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { EditPlan } from '../core/base/plan';
import type { RecognizedTable } from '../core/recognize/types';
import { lastApply, revertLastApply } from '../excel/adapter';
import type { UndoRecord } from '../excel/undo';
import { describeError } from './errors';
import { LangContext, translate, type Lang, type StringKey } from './i18n';
import { PaneContext, type Busy, type Notice, type PaneState } from './state';
import { RecognizeTab } from './RecognizeTab';
import { MergeAction } from './MergeAction';
import { ReportAction } from './ReportAction';
import { tableKey, type BookRecognition } from './recognition';

/**
 * The first tab comes in the pane's own bundle; the other tabs and the preview are chunks of their own, loaded
 * once the first tab is on screen (and at once if the user opens one first): the pane is usable before they arrive.
 */
const loadCompute = () => import(/* webpackChunkName: "tab-compute" */ './ComputeTab');
const loadChart = () => import(/* webpackChunkName: "tab-chart" */ './ChartTab');
const loadPresets = () => import(/* webpackChunkName: "tab-presets" */ './PresetsTab');
const loadPreview = () => import(/* webpackChunkName: "plan-preview" */ './PlanPreview');
const ComputeTab = React.lazy(() => loadCompute().then((m) => ({ default: m.ComputeTab })));
const ChartTab = React.lazy(() => loadChart().then((m) => ({ default: m.ChartTab })));
const PresetsTab = React.lazy(() => loadPresets().then((m) => ({ default: m.PresetsTab })));
const PlanPreview = React.lazy(() => loadPreview().then((m) => ({ default: m.PlanPreview })));

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, padding: tokens.spacingHorizontalM },
  header: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  title: { flexGrow: 1 },
});

type TabId = 'recognize' | 'compute' | 'chart' | 'presets' | 'books';
const TABS: { id: TabId; label: StringKey }[] = [
  { id: 'recognize', label: 'tabRecognize' },
  { id: 'compute', label: 'tabCompute' },
  { id: 'chart', label: 'tabChart' },
  { id: 'presets', label: 'tabPresets' },
  { id: 'books', label: 'tabBooks' },
];

export function App(): React.JSX.Element {
  const styles = useStyles();
  const [lang, setLang] = React.useState<Lang>('zh');
  const [tab, setTab] = React.useState<TabId>('recognize');
  const [recognition, setRecognitionState] = React.useState<BookRecognition | null>(null);
  /** every recognised table as the user corrected it, in the recognition's order */
  const [corrected, setCorrected] = React.useState<RecognizedTable[]>([]);
  const [shownSheets, setShownSheets] = React.useState<string[]>([]);
  const tables = React.useMemo(() => corrected.filter((t) => shownSheets.includes(t.sheet)), [corrected, shownSheets]);
  const focus = React.useMemo(() => tables.flatMap((t, i) => (recognition?.focus.includes(tableKey(t)) ? [i] : [])), [tables, recognition]);
  const [busy, setBusy] = React.useState<Busy | null>(null);
  const [notice, setNotice] = React.useState<Notice | null>(null);
  const [pending, setPending] = React.useState<EditPlan | null>(null);
  const [undoRecord, setUndoRecord] = React.useState<UndoRecord | null>(null);
  const [askingUndo, setAskingUndo] = React.useState(false);
  const undoSummary = undoRecord?.summary ?? null;
  const t = (key: StringKey, params?: Record<string, string | number>) => translate(lang, key, params);

  const refreshUndo = React.useCallback(async () => {
    try {
      setUndoRecord(await lastApply());
    } catch {
      setUndoRecord(null); // a workbook we cannot read the parts of: no undo offered, nothing broken
    }
  }, []);
  React.useEffect(() => {
    void refreshUndo();
  }, [refreshUndo]);
  // the other tabs load in the background once the first one is on screen
  React.useEffect(() => {
    const later = setTimeout(() => void Promise.all([loadCompute(), loadChart(), loadPresets(), loadPreview()]).catch(() => undefined), 0);
    return () => clearTimeout(later);
  }, []);

  const pane: PaneState = {
    lang,
    grid: recognition?.grids.find((g) => g.sheet === recognition.activeSheet) ?? null,
    grids: recognition?.grids ?? [],
    recognition,
    tables,
    focus,
    setRecognition: (r) => {
      setRecognitionState(r);
      setCorrected(r?.tables ?? []);
      setShownSheets(r?.sheets.map((s) => s.sheet) ?? []);
    },
    updateTable: (index, table) => {
      const key = tables[index] && tableKey(tables[index]);
      setCorrected((ts) => ts.map((x) => (tableKey(x) === key ? table : x)));
    },
    original: (table) => recognition?.tables.find((t) => tableKey(t) === tableKey(table)),
    shownSheets,
    setShownSheets,
    busy,
    run: async (label, job) => {
      setBusy({ label });
      setNotice(null);
      try {
        return await job((done, total) => setBusy({ label, done, total }));
      } catch (e) {
        setNotice({ intent: 'error', text: describeError(e, lang) });
        return undefined;
      } finally {
        setBusy(null);
      }
    },
    notify: setNotice,
    preview: setPending,
  };

  const undo = () => {
    setAskingUndo(false);
    return pane.run(t('undo'), async () => {
      const result = await revertLastApply();
      setNotice(result ? { intent: 'success', text: t('undoDone', { what: result.summary }) } : { intent: 'info', text: t('errorNoUndo') });
      await refreshUndo();
    });
  };

  return (
    <LangContext.Provider value={lang}>
      <PaneContext.Provider value={pane}>
        <div className={styles.root} data-testid="pane">
          <div className={styles.header}>
            <Text weight="semibold" size={500} className={styles.title}>
              {t('appTitle')}
            </Text>
            <Button size="small" appearance="subtle" onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}>
              {t('language')}
            </Button>
            <Button size="small" disabled={!undoSummary || !!busy} onClick={() => setAskingUndo(true)} title={undoSummary ?? t('undoNone')}>
              {t('undo')}
            </Button>
          </div>
          <TabList selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as TabId)} size="small">
            {TABS.map((x) => (
              <Tab key={x.id} value={x.id}>
                {t(x.label)}
              </Tab>
            ))}
          </TabList>
          {busy && (
            <Field validationMessage={busy.total ? `${busy.label} ${t('progress', { done: busy.done ?? 0, total: busy.total })}` : busy.label} validationState="none">
              <ProgressBar value={busy.total ? (busy.done ?? 0) / busy.total : undefined} />
            </Field>
          )}
          {notice && (
            <MessageBar intent={notice.intent} data-testid="notice">
              <MessageBarBody>{notice.text}</MessageBarBody>
            </MessageBar>
          )}
          {tab === 'recognize' && <RecognizeTab />}
          <React.Suspense fallback={<Spinner size="small" label={t('loading')} />}>
            {tab === 'compute' && <ComputeTab />}
            {tab === 'chart' && <ChartTab />}
            {tab === 'presets' && <PresetsTab />}
          </React.Suspense>
          {tab === 'books' && (
            <>
              <MergeAction />
              <ReportAction />
            </>
          )}
          {askingUndo && undoRecord && <UndoConfirm record={undoRecord} onUndo={undo} onCancel={() => setAskingUndo(false)} />}
          {pending && (
            <React.Suspense fallback={<Spinner size="small" label={t('loading')} />}>
              <PlanPreview
                plan={pending}
                onClose={(written, undoStored) => {
                  setPending(null);
                  if (written !== null) {
                    setNotice(
                      undoStored === false
                        ? { intent: 'warning', text: `${t('written', { n: written })}${t('undoNotStored')}` }
                        : { intent: 'success', text: t('written', { n: written }) },
                    );
                    void refreshUndo();
                  }
                }}
              />
            </React.Suspense>
          )}
        </div>
      </PaneContext.Provider>
    </LangContext.Provider>
  );
}

/** The revert is a write too: say what it restores and removes, and let the user back out. */
function UndoConfirm({ record, onUndo, onCancel }: { record: UndoRecord; onUndo: () => void; onCancel: () => void }): React.JSX.Element {
  const lang = React.useContext(LangContext);
  const t = (key: StringKey, params?: Record<string, string | number>) => translate(lang, key, params);
  const cells = record.cells.reduce((n, c) => n + (c.rect.bottom - c.rect.top + 1) * (c.rect.right - c.rect.left + 1), 0);
  return (
    <Dialog open modalType="modal" onOpenChange={(_, d) => !d.open && onCancel()}>
      <DialogSurface data-testid="undo-confirm">
        <DialogBody>
          <DialogTitle>{t('undoConfirmTitle')}</DialogTitle>
          <DialogContent>
            <Text block>{record.summary}</Text>
            <Text block>{t('undoConfirmCells', { n: cells })}</Text>
            {record.createdSheets.length > 0 && <Text block>{t('undoConfirmSheets', { names: record.createdSheets.join('、') })}</Text>}
            {record.charts.length > 0 && <Text block>{t('undoConfirmCharts', { n: record.charts.length })}</Text>}
            <Text block>{t('undoConfirmNote')}</Text>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onUndo} data-testid="confirm-undo">
              {t('undoConfirm')}
            </Button>
            <Button onClick={onCancel}>{t('cancel')}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
