// What the library does with stored dossiers: each action reads, checks and writes in a way
// that can only add or replace whole, valid dossiers.
import { loadContent } from '@/content-loader/registry';
import { createDossier, duplicateDossier } from '@/dossier/create';
import { exportFileName, serializeStoredRecord } from '@/dossier/export';
import { readDossierText, type ReadResult } from '@/dossier/read-dossier';
import { restoreDossier, serializeDossier } from '@/dossier/file';
import type { Database } from '@/persistence/database';
import {
  addDossier,
  deleteDossier,
  getRecord,
  keepSnapshot,
  saveDossier,
  toRecord,
} from '@/persistence/library';
import { openTabChannel } from '@/persistence/tab-channel';
import type { Dossier, Position } from '@/schemas/dossier';
import { MAX_DOSSIER_FILE_BYTES } from '@/schemas/dossier-file';
import { nowIso, randomId } from '@/lib/ids';

const notifyOtherTabs = () => {
  const channel = openTabChannel(() => undefined);
  channel.post({ type: 'library-changed' });
  channel.close();
};

export async function createNew(
  db: Database,
  name: string,
  content: { contentVersion: string; start: Position },
) {
  const dossier = createDossier({ name, ...content }, { id: randomId(), now: nowIso() });
  await addDossier(db, dossier);
  notifyOtherTabs();
  return dossier;
}

async function readDossier(
  db: Database,
  id: string,
): Promise<{ dossier: Dossier; revision: number } | undefined> {
  const record = await getRecord(db, id);
  if (!record) return undefined;
  const restored = restoreDossier(record.dossier, record.schemaVersion);
  return restored.ok ? { dossier: restored.dossier, revision: record.revision } : undefined;
}

export async function duplicate(db: Database, id: string, name: string) {
  const source = await readDossier(db, id);
  if (!source) return undefined;
  const copy = duplicateDossier(source.dossier, name, { id: randomId(), now: nowIso() });
  await addDossier(db, copy);
  notifyOtherTabs();
  return copy;
}

export async function rename(db: Database, id: string, name: string) {
  const source = await readDossier(db, id);
  if (!source) return false;
  await saveDossier(db, { ...source.dossier, name, updatedAt: nowIso() }, source.revision);
  notifyOtherTabs();
  return true;
}

export async function remove(db: Database, id: string) {
  await deleteDossier(db, id);
  notifyOtherTabs();
}

/** The file to download for a dossier; undefined when it no longer exists. */
export async function exportFile(db: Database, id: string, appVersion: string) {
  const record = await getRecord(db, id);
  if (!record) return undefined;
  const savedAt = nowIso();
  const restored = restoreDossier(record.dossier, record.schemaVersion);
  return {
    name: exportFileName(record.name, savedAt),
    text: restored.ok
      ? serializeDossier(restored.dossier, appVersion, savedAt)
      : serializeStoredRecord(record, appVersion, savedAt),
  };
}

export type { ReadResult } from '@/dossier/read-dossier';

/** Reads a chosen file, refusing an oversized one before reading it (see readDossierText). */
export async function readImportFile(file: File): Promise<ReadResult> {
  if (file.size > MAX_DOSSIER_FILE_BYTES)
    return {
      ok: false,
      problem: { code: 'too-large', bytes: file.size, limit: MAX_DOSSIER_FILE_BYTES },
    };
  return readDossierText(await file.text(), file.size, loadContent().registry);
}

export async function findExisting(db: Database, id: string) {
  return getRecord(db, id);
}

/** Adds an imported dossier; with `replace`, overwrites the one with the same id after keeping a snapshot. */
export async function storeImported(
  db: Database,
  dossier: Dossier,
  mode: 'new' | 'replace' | 'copy',
  copyName?: string,
) {
  if (mode === 'copy') {
    const copy = duplicateDossier(dossier, copyName ?? dossier.name, {
      id: randomId(),
      now: nowIso(),
    });
    await addDossier(db, copy);
    notifyOtherTabs();
    return copy;
  }
  if (mode === 'replace') {
    await keepSnapshot(db, dossier.id, 'before-import', nowIso());
    const current = await getRecord(db, dossier.id);
    await db.put('dossiers', toRecord(dossier, (current?.revision ?? 0) + 1));
    notifyOtherTabs();
    return dossier;
  }
  await addDossier(db, dossier);
  notifyOtherTabs();
  return dossier;
}
