/**
 * What the add-in keeps inside the workbook, as custom XML parts (invisible to the user, saved with the
 * file): the last apply's undo record, and presets the user saved — so the workbook carries its own rules.
 * The payload is JSON, XML-escaped inside one element.
 */
import { CHUNK_BYTES, payloadBytes } from './chunks';
import type { UndoRecord } from './undo';

export const UNDO_NAMESPACE = 'urn:zhixiao:undo:v1';
export const PRESETS_NAMESPACE = 'urn:zhixiao:presets:v1';

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
function unescapeXml(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

export function toXml(namespace: string, payload: unknown): string {
  return `<?xml version="1.0" encoding="UTF-8"?><zhixiao xmlns="${namespace}">${escapeXml(JSON.stringify(payload))}</zhixiao>`;
}

export function fromXml<T>(xml: string): T | null {
  const m = /<zhixiao[^>]*>([\s\S]*)<\/zhixiao>/.exec(xml);
  if (!m) return null;
  try {
    return JSON.parse(unescapeXml(m[1])) as T;
  } catch {
    return null;
  }
}

async function readPart<T>(context: Excel.RequestContext, namespace: string): Promise<T | null> {
  const parts = context.workbook.customXmlParts.getByNamespace(namespace);
  parts.load('items/id');
  await context.sync();
  if (!parts.items.length) return null;
  const xml = parts.items[parts.items.length - 1].getXml();
  await context.sync();
  return fromXml<T>(xml.value);
}

/** Replace the part of this namespace (queued; the caller syncs). */
function queueReplacePart(context: Excel.RequestContext, namespace: string, payload: unknown, existing: Excel.CustomXmlPart[]): void {
  for (const p of existing) p.delete();
  context.workbook.customXmlParts.add(toXml(namespace, payload));
}

/**
 * Replace the stored undo record (`existing`: the parts loaded earlier by `queueLoadUndoParts`). A record too
 * large for one request (an apply over hundreds of thousands of non-empty cells) is kept in memory only —
 * the old stored record is still removed, so a reload never reverts the wrong apply. Returns whether it was stored.
 */
export async function saveUndoRecord(context: Excel.RequestContext, record: UndoRecord, existing: Excel.CustomXmlPartScopedCollection): Promise<boolean> {
  const xml = toXml(UNDO_NAMESPACE, record);
  const fits = payloadBytes(xml) <= CHUNK_BYTES;
  for (const p of existing.items) p.delete();
  if (fits) context.workbook.customXmlParts.add(xml);
  await context.sync();
  return fits;
}

/** Queue loading the stored undo parts (the caller syncs, with whatever else it reads). */
export function queueLoadUndoParts(context: Excel.RequestContext): Excel.CustomXmlPartScopedCollection {
  const parts = context.workbook.customXmlParts.getByNamespace(UNDO_NAMESPACE);
  parts.load('items/id');
  return parts;
}

export async function loadUndoRecord(context: Excel.RequestContext): Promise<UndoRecord | null> {
  const record = await readPart<UndoRecord>(context, UNDO_NAMESPACE);
  return record && record.version === 1 ? record : null;
}

/** The stored undo parts, loaded (one sync), so that a later batch can delete them. */
export async function undoParts(context: Excel.RequestContext): Promise<Excel.CustomXmlPart[]> {
  const parts = context.workbook.customXmlParts.getByNamespace(UNDO_NAMESPACE);
  parts.load('items/id');
  await context.sync();
  return parts.items;
}

/** A preset the user saved into the workbook: the preset record, whatever its kind, with its kind named. */
export interface StoredPreset {
  kind: 'target' | 'scoring';
  name: string;
  preset: unknown;
}

export async function loadStoredPresets(): Promise<StoredPreset[]> {
  return Excel.run(async (context) => (await readPart<StoredPreset[]>(context, PRESETS_NAMESPACE)) ?? []);
}

/** Save (or replace, by kind and name) a preset in the workbook. */
export async function saveStoredPreset(preset: StoredPreset): Promise<StoredPreset[]> {
  return Excel.run(async (context) => {
    const current = (await readPart<StoredPreset[]>(context, PRESETS_NAMESPACE)) ?? [];
    const next = [...current.filter((p) => !(p.kind === preset.kind && p.name === preset.name)), preset];
    const parts = context.workbook.customXmlParts.getByNamespace(PRESETS_NAMESPACE);
    parts.load('items/id');
    await context.sync();
    queueReplacePart(context, PRESETS_NAMESPACE, next, parts.items);
    await context.sync();
    return next;
  });
}
