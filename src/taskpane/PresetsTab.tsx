/**
 * 预设: the built-in target and scoring presets and those saved in this workbook; copy one, edit it (target
 * texts in a table, everything else as JSON), check it, save it into the workbook so the file carries its rules.
 */
import * as React from 'react';
import {
  Badge,
  Button,
  Card,
  CardHeader,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { loadStoredPresets, saveStoredPreset, type StoredPreset } from '../excel/store';
import { SCORING_PRESETS, TARGET_PRESETS, copyPreset, parseTarget, validatePreset, type Preset, type TargetPreset } from './engine';
import { TARGET_LEVELS, type PresetTarget, type TargetLevel } from '../core/presets/types';
import { useT } from './i18n';
import { usePane } from './state';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  // no inner scroll box: every target in the pane's one scroll
  targets: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  target: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  // three levels side by side, each a third of the card (an input's own minimum width would push the last out at 320 px)
  levels: { display: 'grid', gridTemplateColumns: 'repeat(3, minmax(0, 1fr))', columnGap: tokens.spacingHorizontalXS },
  input: { minWidth: 0, width: '100%' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
  mono: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, minHeight: '200px' },
});

interface Listed {
  preset: Preset;
  where: 'builtIn' | 'workbook';
}

/** the target's text at a level (`all`: the one for every level), as the form edits it */
type TargetSlot = 'all' | TargetLevel;

function slotText(target: PresetTarget, slot: TargetSlot): string {
  return (slot === 'all' ? target.text : target.byLevel?.[slot]) ?? '';
}

/** the target with one slot changed; an emptied slot is removed (an empty level takes the target for every level) */
function withSlot(target: PresetTarget, slot: TargetSlot, value: string): PresetTarget {
  if (slot === 'all') {
    const { text: _text, ...rest } = target;
    return value.trim() ? { ...rest, text: value } : rest;
  }
  const byLevel = { ...(target.byLevel ?? {}) };
  if (value.trim()) byLevel[slot] = value;
  else delete byLevel[slot];
  const { byLevel: _byLevel, ...rest } = target;
  return Object.keys(byLevel).length ? { ...rest, byLevel } : rest;
}

/**
 * Every target in the form: its name, the target for every level, and — where the method sets levels apart —
 * one input per level (中院 / 基层 / 全市), each checked as it is typed. No inner scroll: the pane scrolls.
 */
function TargetTable({ preset, onChange }: { preset: TargetPreset; onChange: (p: TargetPreset) => void }): React.JSX.Element {
  const styles = useStyles();
  const t = useT();
  const [levelled, setLevelled] = React.useState<Set<number>>(() => new Set(preset.targets.flatMap((x, i) => (x.byLevel ? [i] : []))));
  const change = (i: number, slot: TargetSlot, value: string) => onChange({ ...preset, targets: preset.targets.map((x, j) => (j === i ? withSlot(x, slot, value) : x)) });
  const input = (target: PresetTarget, i: number, slot: TargetSlot) => {
    const text = slotText(target, slot);
    const bad = text.trim() !== '' && !parseTarget(text);
    return (
      <Field
        key={slot}
        style={{ minWidth: 0 }}
        size="small"
        label={slot === 'all' ? t('presetAllLevels') : slot}
        validationState={bad ? 'error' : 'none'}
        validationMessage={bad ? t('presetTargetInvalid', { text }) : undefined}
      >
        <Input
          size="small"
          className={styles.input}
          value={text}
          aria-label={`${target.name} · ${slot === 'all' ? t('presetAllLevels') : slot}`}
          placeholder={slot === 'all' ? t('presetTextPlaceholder') : t('presetLevelPlaceholder')}
          onChange={(_, d) => change(i, slot, d.value)}
        />
      </Field>
    );
  };
  return (
    <div className={styles.targets} data-testid="preset-targets">
      <Text size={200}>{t('presetLevelsHint')}</Text>
      {preset.targets.map((target, i) => (
        <div key={i} role="group" aria-label={target.name} className={styles.target} data-testid="preset-target">
          <Text weight="semibold" size={200}>
            {target.name}
            {target.rank ? ` · ${target.rank}` : ''}
          </Text>
          {input(target, i, 'all')}
          {levelled.has(i) ? (
            <div className={styles.levels}>{TARGET_LEVELS.map((level) => input(target, i, level))}</div>
          ) : (
            <Button size="small" appearance="transparent" style={{ alignSelf: 'flex-start' }} onClick={() => setLevelled(new Set([...levelled, i]))}>
              {t('presetByLevels')}
            </Button>
          )}
        </div>
      ))}
    </div>
  );
}

function Editor({ initial, onSaved, onCancel }: { initial: Preset; onSaved: (all: StoredPreset[]) => void; onCancel: () => void }): React.JSX.Element {
  const styles = useStyles();
  const t = useT();
  const pane = usePane();
  const [preset, setPreset] = React.useState<Preset>(initial);
  const [json, setJson] = React.useState(JSON.stringify(initial, null, 2));
  const [problems, setProblems] = React.useState<string[]>([]);
  const update = (p: Preset) => {
    setPreset(p);
    setJson(JSON.stringify(p, null, 2));
  };
  const save = () =>
    pane.run(t('presetSave'), async () => {
      let data: unknown;
      try {
        data = JSON.parse(json);
      } catch (e) {
        setProblems([t('presetInvalid', { reason: e instanceof Error ? e.message : String(e) })]);
        return;
      }
      const found = validatePreset(data);
      setProblems(found);
      if (found.length) return;
      const p = data as Preset;
      const all = await saveStoredPreset({ kind: p.kind, name: p.id, preset: p });
      pane.notify({ intent: 'success', text: t('presetSaved', { name: p.id }) });
      onSaved(all);
    });
  return (
    <Card data-testid="preset-editor">
      <Field label={t('presetName')}>
        <Input value={preset.id} onChange={(_, d) => update({ ...preset, id: d.value })} />
      </Field>
      {preset.kind === 'target' && <TargetTable preset={preset} onChange={update} />}
      <Field label={t('presetRecord')} hint={t(preset.kind === 'target' ? 'presetRecordHint' : 'presetRecordHintScore')}>
        <Textarea
          className={styles.mono}
          value={json}
          onChange={(_, d) => {
            setJson(d.value);
            try {
              setPreset(JSON.parse(d.value) as Preset);
            } catch {
              // keep the last valid record while the user types
            }
          }}
          resize="vertical"
        />
      </Field>
      {problems.length > 0 && (
        <MessageBar intent="error">
          <MessageBarBody>
            {problems.map((p, i) => (
              <Text block key={i}>
                {p}
              </Text>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        <Button appearance="primary" onClick={save}>
          {t('presetSave')}
        </Button>
        <Button onClick={onCancel}>{t('cancel')}</Button>
      </div>
    </Card>
  );
}

export function PresetsTab(): React.JSX.Element {
  const styles = useStyles();
  const t = useT();
  const pane = usePane();
  const [stored, setStored] = React.useState<StoredPreset[]>([]);
  const [editing, setEditing] = React.useState<Preset | null>(null);
  React.useEffect(() => {
    void pane.run(t('tabPresets'), async () => setStored(await loadStoredPresets()));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const listed: Listed[] = [
    ...stored.map((s) => ({ preset: s.preset as Preset, where: 'workbook' as const })),
    ...[...Object.values(TARGET_PRESETS), ...Object.values(SCORING_PRESETS)].map((p) => ({ preset: p as Preset, where: 'builtIn' as const })),
  ];
  return (
    <div className={styles.stack}>
      <Text weight="semibold">{t('presetsTitle')}</Text>
      {editing && (
        <Editor
          key={editing.id}
          initial={editing}
          onSaved={(all) => {
            setStored(all);
            setEditing(null);
          }}
          onCancel={() => setEditing(null)}
        />
      )}
      {listed.map(({ preset, where }) => (
        <Card key={`${where}:${preset.kind}:${preset.id}`} size="small" data-testid="preset" aria-label={`${preset.id} · ${preset.name}`}>
          <CardHeader
            header={<Text weight="semibold">{`${preset.id} · ${preset.name}`}</Text>}
            description={
              <Text size={200}>
                <Badge appearance="tint" color={preset.kind === 'target' ? 'brand' : 'important'}>
                  {t(preset.kind === 'target' ? 'presetKindTarget' : 'presetKindScore')}
                </Badge>{' '}
                {where === 'builtIn' ? t('presetBuiltIn') : t('presetInWorkbook')} · {preset.source} · {preset.year}
              </Text>
            }
            action={
              <>
                <Button size="small" aria-label={`${t('presetCopy')}「${preset.id}」`} onClick={() => setEditing(copyPreset(preset, `${preset.id}-副本`))}>
                  {t('presetCopy')}
                </Button>
                {where === 'workbook' && (
                  <Button size="small" aria-label={`${t('presetEdit')}「${preset.id}」`} onClick={() => setEditing(copyPreset(preset))}>
                    {t('presetEdit')}
                  </Button>
                )}
              </>
            }
          />
        </Card>
      ))}
    </div>
  );
}
