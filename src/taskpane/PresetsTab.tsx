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
import { SCORING_PRESETS, TARGET_PRESETS, copyPreset, validatePreset, type Preset, type TargetPreset } from './engine';
import { useT } from './i18n';
import { usePane } from './state';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  targets: { maxHeight: '320px', overflowY: 'auto', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
  mono: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, minHeight: '200px' },
});

interface Listed {
  preset: Preset;
  where: 'builtIn' | 'workbook';
}

/** One target per line, its name above a full-width input: a task pane is ~350 px wide, a two-column table cut the values off. */
function TargetTable({ preset, onChange }: { preset: TargetPreset; onChange: (p: TargetPreset) => void }): React.JSX.Element {
  const styles = useStyles();
  const t = useT();
  return (
    <div className={styles.targets}>
      {preset.targets.map((target, i) => {
        const byLevel = target.byLevel ? Object.entries(target.byLevel).map(([k, v]) => `${k} ${v}`).join('，') : '';
        return (
          // a level's own target wins over the one typed here (presets/types.ts): the hint says so
          <Field key={i} label={target.name} hint={byLevel ? t('presetByLevel', { levels: byLevel }) : undefined} size="small">
            <Input
              size="small"
              value={target.text ?? ''}
              placeholder={t('presetTextPlaceholder')}
              onChange={(_, d) => onChange({ ...preset, targets: preset.targets.map((x, j) => (j === i ? { ...x, text: d.value } : x)) })}
            />
          </Field>
        );
      })}
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
