// The library of dossiers in this browser. Every write checks the revision it was based on, so
// a tab working on an old copy can never overwrite newer work (DESIGN.md §6).
import { DOSSIER_SCHEMA_VERSION, type Dossier } from '@/schemas/dossier';
import {
  storedDossierSchema,
  type StoredDossier,
  type StoredSnapshot,
} from '@/schemas/stored-dossier';
import type { Database } from './database';
import { ConflictError } from './storage-error';

const SNAPSHOTS_KEPT = 5;

export function toRecord(dossier: Dossier, revision: number): StoredDossier {
  return {
    id: dossier.id,
    name: dossier.name,
    updatedAt: dossier.updatedAt,
    revision,
    schemaVersion: DOSSIER_SCHEMA_VERSION,
    phase: dossier.position.phase,
    dossier,
  };
}

export async function getRecord(db: Database, id: string): Promise<StoredDossier | undefined> {
  const record = await db.get('dossiers', id);
  const parsed = storedDossierSchema.safeParse(record);
  return parsed.success ? parsed.data : undefined;
}

/** Adds a dossier that must not exist yet (new, duplicated or imported as new). */
export async function addDossier(db: Database, dossier: Dossier): Promise<StoredDossier> {
  const record = toRecord(dossier, 1);
  await db.add('dossiers', record);
  return record;
}

/**
 * Saves a dossier on top of `baseRevision`. Throws ConflictError when the stored copy has moved
 * on (another tab saved it), and leaves the stored copy untouched.
 */
export async function saveDossier(
  db: Database,
  dossier: Dossier,
  baseRevision: number,
): Promise<number> {
  const tx = db.transaction('dossiers', 'readwrite');
  const current = await tx.store.get(dossier.id);
  const storedRevision = current?.revision ?? 0;
  if (storedRevision !== baseRevision) {
    tx.abort();
    await tx.done.catch(() => undefined);
    throw new ConflictError(storedRevision);
  }
  const record = toRecord(dossier, baseRevision + 1);
  await tx.store.put(record);
  await tx.done;
  return record.revision;
}

export async function deleteDossier(db: Database, id: string): Promise<void> {
  const tx = db.transaction(['dossiers', 'snapshots'], 'readwrite');
  await tx.objectStore('dossiers').delete(id);
  const snapshots = tx.objectStore('snapshots');
  for (const key of await snapshots.index('byDossier').getAllKeys(id)) await snapshots.delete(key);
  await tx.done;
}

/** Keeps a copy of the stored dossier, so a replace or a migration can be undone. */
export async function keepSnapshot(
  db: Database,
  id: string,
  reason: StoredSnapshot['reason'],
  takenAt: string,
): Promise<void> {
  const tx = db.transaction(['dossiers', 'snapshots'], 'readwrite');
  const record = await tx.objectStore('dossiers').get(id);
  if (record) {
    const snapshots = tx.objectStore('snapshots');
    await snapshots.add({ dossierId: id, takenAt, reason, record });
    const keys = await snapshots.index('byDossier').getAllKeys(id);
    for (const key of keys.slice(0, Math.max(0, keys.length - SNAPSHOTS_KEPT)))
      await snapshots.delete(key);
  }
  await tx.done;
}

export async function listSnapshots(db: Database, id: string): Promise<StoredSnapshot[]> {
  return (await db.getAllFromIndex('snapshots', 'byDossier', id)).reverse();
}
