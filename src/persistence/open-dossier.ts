// Opening a stored dossier: migrate it if it is old (keeping a snapshot of the old copy), and
// refuse to interpret it if it comes from a newer version of the app.
import { restoreDossier, type RestoreResult } from '@/dossier/file';
import type { Dossier } from '@/schemas/dossier';
import type { StoredDossier } from '@/schemas/stored-dossier';
import type { Database } from './database';
import { getRecord, keepSnapshot } from './library';

export type OpenResult =
  | { status: 'ok'; dossier: Dossier; revision: number; migratedFrom?: number }
  | { status: 'missing' }
  | {
      status: 'unreadable';
      record: StoredDossier;
      problem: Extract<RestoreResult, { ok: false }>['problem'];
    };

export async function openStoredDossier(
  db: Database,
  id: string,
  now: string,
): Promise<OpenResult> {
  const record = await getRecord(db, id);
  if (!record) return { status: 'missing' };
  const restored = restoreDossier(record.dossier, record.schemaVersion);
  if (!restored.ok) return { status: 'unreadable', record, problem: restored.problem };
  if (restored.migratedFrom !== undefined) await keepSnapshot(db, id, 'before-migration', now);
  return {
    status: 'ok',
    dossier: restored.dossier,
    revision: record.revision,
    migratedFrom: restored.migratedFrom,
  };
}
