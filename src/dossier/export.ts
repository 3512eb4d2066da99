// What a dossier export contains: the current dossier in its envelope, or, for a dossier this
// version cannot read, the stored data exactly as it is, so nothing is lost.
import type { StoredDossier } from '@/schemas/stored-dossier';
import { DOSSIER_FILE_FORMAT } from '@/schemas/dossier-file';
import { safeFileName } from '@/domain/file-name';

export function exportFileName(name: string, savedAt: string) {
  return safeFileName(`${name} ${savedAt.slice(0, 10)}`, 'json');
}

/** The stored record as a file, keeping its own schema version (for newer or damaged data). */
export function serializeStoredRecord(
  record: StoredDossier,
  appVersion: string,
  savedAt: string,
): string {
  return `${JSON.stringify(
    {
      format: DOSSIER_FILE_FORMAT,
      schemaVersion: record.schemaVersion,
      appVersion,
      savedAt,
      dossier: record.dossier,
    },
    null,
    2,
  )}\n`;
}
