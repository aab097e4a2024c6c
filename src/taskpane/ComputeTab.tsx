/**
 * 计算: add indicator columns (with targets, gaps, pass/fail and ranks) to a unit matrix; 填充 control-target,
 * year-over-year and score tables; aggregate a case list; 核对 the published numbers. Every write goes through
 * the preview.
 */
import * as React from 'react';
import {
  Button,
  Checkbox,
  Divider,
  Dropdown,
  Field,
  Label,
  Link,
  MessageBar,
  MessageBarBody,
  Option,
  Switch,
  Text,
  makeStyles,
  tokens,
  useId,
} from '@fluentui/react-components';
import type { RecognizedTable } from '../core/recognize/types';
import { readBook, selectRange } from '../excel/adapter';
import { loadStoredPresets } from '../excel/store';
import { loadBook, type Book } from './book';
import { TARGET_PRESETS, aggregateChoices, fillOptionsFor, planAggregate, planFill, tableKind, verifyTables, type FillOffer, type ScoringPreset, type TargetPreset, type VerifyReport } from './engine';
import { UserFacingError } from './errors';
import { useKindName, useT } from './i18n';
import { tableTitle } from './RecognizeTab';
import { usePane } from './state';
import { engineText } from './engine-messages';
import { presetHasCitywideTargets, tableHasCitywideTargets } from './target-scope';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  // every choice in the pane's one scroll: no inner scroll box hides a checkbox
  checks: { display: 'flex', flexDirection: 'column' },
  finding: { fontSize: tokens.fontSizeBase200 },
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
});

/**
 * A labelled group of checkboxes. Not a Fluent Field: a Field lends its label to its one child control, so the
 * first checkbox was announced as "要添加的指标列 …" and the others lost their names.
 */
function CheckGroup({ label, children }: { label: string; children: React.ReactNode }): React.JSX.Element {
  const styles = useStyles();
  const id = useId('check-group');
  return (
    <div role="group" aria-labelledby={id} className={styles.group}>
      <Label id={id}>{label}</Label>
      {children}
    </div>
  );
}

/** A case list: choose the unit (承办部门 / 承办人 / 法院), the period and the case families, then aggregate. */
function CaseListAggregate({ book, table }: { book: Book; table: RecognizedTable }): React.JSX.Element {
  const styles = useStyles();
  const t = useT();
  const pane = usePane();
  const grid = book.grids.find((g) => g.sheet === table.sheet);
  const choices = React.useMemo(() => (grid ? aggregateChoices(grid, table) : null), [grid, table]);
  const units = choices?.units.filter((u) => u.available) ?? [];
  const [by, setBy] = React.useState(units.find((u) => u.count > 1)?.by ?? units[0]?.by);
  // the command line's default: the latest 统计年度 (Dec–Nov) the list's dates reach
  const [period, setPeriod] = React.useState(() => Math.max(0, choices?.periods.findIndex((p) => p.spec.kind === 'statistical-year') ?? 0));
  const [families, setFamilies] = React.useState<Set<string>>(new Set());
  if (!grid || !choices || !units.length || !choices.periods.length) {
    return <Text>{t('aggregateMissing')}</Text>;
  }
  const aggregate = () =>
    pane.run(t('planning'), async () => {
      if (!by) throw new UserFacingError(t('aggregateChooseUnit'));
      pane.preview(
        planAggregate(grid, table, {
          by,
          period: choices.periods[period].spec,
          families: choices.families.filter((f) => families.has(f.family)).map((f) => f.family),
          existingSheets: book.grids.map((g) => g.sheet),
        }),
      );
    });
  return (
    <div className={styles.stack} data-testid="aggregate">
      <Text>{[t('aggregateCases', { n: choices.cases }), choices.rejected ? t('aggregateRejected', { n: choices.rejected }) : '', choices.dateRange ? `${choices.dateRange.first} – ${choices.dateRange.last}` : ''].filter(Boolean).join('；')}</Text>
      <Field label={t('aggregateUnit')}>
        <Dropdown value={by ?? ''} selectedOptions={by ? [by] : []} onOptionSelect={(_, d) => setBy(d.optionValue as typeof by)}>
          {units.map((u) => (
            <Option key={u.by} value={u.by} text={u.by}>
              {`${u.by}（${u.count}：${u.examples.slice(0, 3).join('、')}）`}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label={t('aggregatePeriod')}>
        <Dropdown value={choices.periods[period].title} selectedOptions={[String(period)]} onOptionSelect={(_, d) => setPeriod(Number(d.optionValue))}>
          {choices.periods.map((p, i) => (
            <Option key={i} value={String(i)} text={p.title}>
              {p.title}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <CheckGroup label={t('aggregateFamilies')}>
        <div className={styles.checks}>
          {choices.families.map((f) => (
            <Checkbox
              key={f.family}
              label={t('aggregateFamilyCases', { name: f.name, n: f.cases })}
              checked={families.has(f.family)}
              onChange={(_, d) => {
                const next = new Set(families);
                if (d.checked) next.add(f.family);
                else next.delete(f.family);
                setFamilies(next);
              }}
            />
          ))}
        </div>
      </CheckGroup>
      <Button appearance="primary" disabled={!!pane.busy} onClick={aggregate} data-testid="aggregate-preview">
        {t('aggregate')}
      </Button>
    </div>
  );
}

export function ComputeTab(): React.JSX.Element {
  const styles = useStyles();
  const t = useT();
  const kindName = useKindName();
  const pane = usePane();
  const [book, setBook] = React.useState<Book | null>(null);
  const [offer, setOffer] = React.useState<FillOffer | null>(null);
  const [tableIndex, setTableIndex] = React.useState(0);
  const [indicators, setIndicators] = React.useState<Set<string>>(new Set());
  const [targets, setTargets] = React.useState<string>('none');
  const [ranks, setRanks] = React.useState(false);
  const [gaps, setGaps] = React.useState(true);
  const [passFail, setPassFail] = React.useState(true);
  const [scope, setScope] = React.useState<'all' | 'total'>('all');
  const [scoring, setScoring] = React.useState<string>('');
  const [report, setReport] = React.useState<VerifyReport | null>(null);
  /** target presets saved in this workbook (a copy the user edited) */
  const [storedTargets, setStoredTargets] = React.useState<TargetPreset[]>([]);
  /** scoring presets saved in this workbook: offered beside the built-in ones, as `stored:ID` */
  const [storedScoring, setStoredScoring] = React.useState<ScoringPreset[]>([]);

  const tables = pane.tables;
  React.useEffect(() => {
    if (!tables.length) return;
    void pane.run(t('recognizing'), async (progress) => {
      const b = await loadBook(tables, progress);
      const stored = await loadStoredPresets();
      setStoredTargets(stored.filter((p) => p.kind === 'target').map((p) => p.preset as TargetPreset));
      const workbookScoring = stored.filter((p) => p.kind === 'scoring').map((p) => p.preset as ScoringPreset);
      setStoredScoring(workbookScoring);
      const o = fillOptionsFor(b.grids, b.tables);
      setBook(b);
      setOffer(o);
      // the table the selection points at (or the active sheet's) first, then any the fill can complete
      const first = o.tables.find((x) => pane.focus.includes(x.index) && x.action) ?? o.tables.find((x) => x.index < tables.length && x.action) ?? o.tables[0];
      const index = first ? first.index : 0;
      setTableIndex(index);
      setIndicators(new Set(o.tables[index]?.indicators.map((i) => i.id) ?? []));
      setTargets(typeof o.defaults.targets === 'string' ? o.defaults.targets : 'none');
      // the workbook's own scoring rules (saved on 预设) come first: the file carries its rules
      setScoring(workbookScoring.length ? `stored:${workbookScoring[0].id}` : typeof o.defaults.scoring === 'string' ? o.defaults.scoring : (o.scoringPresets[0]?.id ?? ''));
      setReport(null);
    });
    // the tables changed (recognised again, or a column corrected): the offer is recomputed
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [tables]);

  if (!tables.length) return <Text>{t('recognizeFirst')}</Text>;
  if (!book || !offer) return <Text>{t('recognizing')}</Text>;

  const table = tables[tableIndex];
  // what the 计算 tab shows for this table is its kind's record (src/core/kinds)
  const kindPane = table ? tableKind(table.kind).pane : 'none';
  const tableOffer = offer.tables[tableIndex];
  const storedTarget = targets.startsWith('stored:') ? storedTargets.find((p) => `stored:${p.id}` === targets) : undefined;
  const targetName = targets === 'none' ? t('targetNone') : (offer.targetSources.find((s) => s.id === targets)?.name ?? targets.replace(/^stored:/, `${t('presetInWorkbook')}：`));
  // the scope switch only where a 全市 (全州) target exists to scope
  const cityWide =
    targets === 'workbook'
      ? tableHasCitywideTargets(book.tables.find((x) => tableKind(x.kind).targetSource))
      : targets !== 'none' && presetHasCitywideTargets(storedTarget ?? TARGET_PRESETS[targets]);
  const chooseTable = (index: number) => {
    setTableIndex(index);
    setIndicators(new Set(offer.tables[index]?.indicators.map((i) => i.id) ?? []));
    setReport(null);
  };

  const previewFill = (extra: { indicators?: string[] }) =>
    pane.run(t('planning'), async () => {
      const plan = planFill(book.grids, book.tables, {
        tables: [tableIndex],
        targets: targets.startsWith('stored:') ? (storedTargets.find((p) => `stored:${p.id}` === targets) ?? 'none') : targets,
        targetsScope: scope,
        ranks,
        gaps,
        passFail,
        scoring: scoring.startsWith('stored:') ? (storedScoring.find((p) => `stored:${p.id}` === scoring) ?? scoring) : scoring,
        ...extra,
      });
      if (!plan.writes.length) throw new UserFacingError(plan.summary.join('；') || t('fillNothingSaid'));
      pane.preview(plan);
    });

  // the sheet as it is now (a fill since 识别 wrote formulas: their values are checked), not the grid read before
  const verify = () =>
    pane.run(t('verify'), async (progress) => {
      const grids = await Excel.run((c) => readBook(c, progress));
      const grid = grids.find((g) => g.sheet === table.sheet);
      if (!grid) throw new UserFacingError(t('errorNotFound'));
      setBook({ ...book, grids });
      setReport(verifyTables(grid, tables));
    });

  return (
    <div className={styles.stack}>
      <Field label={t('chooseTable')}>
        <Dropdown
          value={table ? tableTitle(table, kindName(table.kind)) : ''}
          selectedOptions={[String(tableIndex)]}
          onOptionSelect={(_, d) => chooseTable(Number(d.optionValue))}
        >
          {tables.map((x, i) => (
            <Option key={i} value={String(i)} text={tableTitle(x, kindName(x.kind))}>
              {tableTitle(x, kindName(x.kind))}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {tableOffer?.action && kindPane !== 'indicator-columns' && <Text>{engineText(tableOffer.action, pane.lang)}</Text>}

      {kindPane === 'indicator-columns' && (
        <>
          {/* what 预览并写入 will write, from the choices below as they stand (not the engine's general offer) */}
          <Text data-testid="fill-sentence">
            {[
              indicators.size ? t('fillAddIndicators', { n: indicators.size }) : t('fillNoNewIndicators'),
              targets === 'none'
                ? t('fillNoTargets')
                : t('fillWithTargets', {
                    source: targetName,
                    extra: [gaps ? t('gapWord') : '', passFail ? t('passFailWord') : ''].filter(Boolean).map((w) => `${t('listSep')}${w}`).join(''),
                  }),
              ranks ? t('fillRanks') : '',
            ]
              .filter(Boolean)
              .join('；')}
          </Text>
          <CheckGroup label={t('indicatorsToAdd')}>
            {tableOffer.indicators.length ? (
              <div className={styles.checks} data-testid="indicator-choices">
                {tableOffer.indicators.map((ind) => (
                  <Checkbox
                    key={ind.id}
                    label={`${ind.name}（ZX.${ind.id}）`}
                    checked={indicators.has(ind.id)}
                    onChange={(_, d) => {
                      const next = new Set(indicators);
                      if (d.checked) next.add(ind.id);
                      else next.delete(ind.id);
                      setIndicators(next);
                    }}
                  />
                ))}
              </div>
            ) : (
              <Text>{t('noIndicators')}</Text>
            )}
          </CheckGroup>
          <Field label={t('targetSource')} hint={t('targetSourceHint')}>
            <Dropdown value={targetName} selectedOptions={[targets]} onOptionSelect={(_, d) => setTargets(d.optionValue ?? 'none')}>
              <Option value="none">{t('targetNone')}</Option>
              {storedTargets.map((p) => (
                <Option key={`stored:${p.id}`} value={`stored:${p.id}`} text={`${t('presetInWorkbook')}：${p.id}`}>
                  {`${t('presetInWorkbook')}：${p.id} ${p.name}`}
                </Option>
              ))}
              {offer.targetSources.map((s) => (
                <Option key={`${s.kind}:${s.id}`} value={s.id} text={s.name}>
                  {s.name}
                </Option>
              ))}
            </Dropdown>
          </Field>
          {cityWide && (
            <Field hint={t('targetsScopeHint')}>
              <Switch checked={scope === 'all'} onChange={(_, d) => setScope(d.checked ? 'all' : 'total')} label={t('targetsScope')} data-testid="targets-scope" />
            </Field>
          )}
          {/* 差距 and 是否达标 need targets: without a source they are not offered at all, rather than shown ticked and grey */}
          {targets !== 'none' && (
            <>
              <Checkbox checked={gaps} onChange={(_, d) => setGaps(d.checked === true)} label={t('gapColumns')} data-testid="gap-columns" />
              <Checkbox checked={passFail} onChange={(_, d) => setPassFail(d.checked === true)} label={t('passFailColumns')} data-testid="pass-fail-columns" />
            </>
          )}
          <Switch checked={ranks} onChange={(_, d) => setRanks(d.checked)} label={t('rankColumns')} />
          <Button
            appearance="primary"
            disabled={!!pane.busy || (!indicators.size && targets === 'none')}
            onClick={() => previewFill({ indicators: [...indicators] })}
            data-testid="preview-fill"
          >
            {t('previewWrite')}
          </Button>
        </>
      )}

      {table && (kindPane === 'fill-only' || kindPane === 'scoring') && (
        <>
          {/* the offer's action (shown above) says what 填充 writes; without one, say why the button is off */}
          {!tableOffer?.action && <Text>{t('fillNothing')}</Text>}
          {kindPane === 'scoring' && (
            <Field label={t('scoringRules')}>
              <Dropdown
                value={(() => {
                  const p = scoring.startsWith('stored:') ? storedScoring.find((x) => `stored:${x.id}` === scoring) : offer.scoringPresets.find((x) => x.id === scoring);
                  return p ? `${scoring.startsWith('stored:') ? `${t('presetInWorkbook')}：` : ''}${p.id} ${p.name}` : scoring;
                })()}
                selectedOptions={[scoring]}
                onOptionSelect={(_, d) => setScoring(d.optionValue ?? scoring)}
              >
                {storedScoring.map((p) => (
                  <Option key={`stored:${p.id}`} value={`stored:${p.id}`} text={`${t('presetInWorkbook')}：${p.id} ${p.name}`}>
                    {`${t('presetInWorkbook')}：${p.id} ${p.name}`}
                  </Option>
                ))}
                {offer.scoringPresets.map((p) => (
                  <Option key={p.id} value={p.id} text={`${p.id} ${p.name}`}>
                    {`${p.id} ${p.name}`}
                  </Option>
                ))}
              </Dropdown>
            </Field>
          )}
          <Button appearance="primary" disabled={!!pane.busy || !tableOffer?.action} onClick={() => previewFill({})} data-testid="fill">
            {t('fill')}
          </Button>
        </>
      )}

      {table && kindPane === 'case-list' && <CaseListAggregate book={book} table={table} />}

      <Divider />
      <Text>{t('verifyHint')}</Text>
      <Button disabled={!!pane.busy} onClick={verify} data-testid="verify">
        {t('verify')}
      </Button>
      {report && (
        <div className={styles.stack} data-testid="findings">
          {/* nothing checked is not a pass: said as a warning, never as "没有发现不一致" */}
          {report.checked === 0 ? (
            <MessageBar intent="warning">
              <MessageBarBody>{t('verifyNothing')}</MessageBarBody>
            </MessageBar>
          ) : (
            <Text weight="semibold">
              {report.findings.length ? t('verifyFound', { n: report.checked, m: report.findings.length }) : t('verifyNone', { n: report.checked })}
            </Text>
          )}
          {report.findings.map((f, i) => (
            <Link
              key={i}
              className={styles.finding}
              // the message already names both numbers; the raw ones stay in the tooltip
              title={`${t('published')} ${f.published ?? '—'}，${t('expected')} ${f.expected === null ? '—' : Math.round(f.expected * 1e6) / 1e6}`}
              onClick={() => pane.run(t('selectInSheet'), () => selectRange(f.sheet, f.cell))}
            >
              {`${f.sheet}!${f.cell}：${f.message}`}
            </Link>
          ))}
        </div>
      )}
    </div>
  );
}
