// The list of stored dossiers for the library page. It reads only the summary fields of each
// record, checked by hand, so the first page needs no schema library; opening a dossier
// validates it fully (open-dossier.ts).
import { DOSSIER_SCHEMA_VERSION } from '@/schemas/dossier-version';
import type { Database } from './database';

export interface DossierSummary {
  id: string;
  name: string;
  updatedAt: string;
  /** False when the dossier was saved by a newer app version. */
  supported: boolean;
}

function summaryOf(record: unknown): DossierSummary | undefined {
  if (typeof record !== 'object' || record === null) return undefined;
  const { id, name, updatedAt, schemaVersion } = record as Record<string, unknown>;
  if (
    typeof id !== 'string' ||
    typeof name !== 'string' ||
    typeof updatedAt !== 'string' ||
    typeof schemaVersion !== 'number'
  )
    return undefined;
  return {
    id,
    name: name.slice(0, 200),
    updatedAt,
    supported: schemaVersion <= DOSSIER_SCHEMA_VERSION,
  };
}

export async function listDossiers(db: Database): Promise<DossierSummary[]> {
  const records: unknown[] = await db.getAll('dossiers');
  return records
    .map(summaryOf)
    .filter((summary): summary is DossierSummary => summary !== undefined)
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}
