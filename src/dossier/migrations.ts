// Migrations of stored and exported dossiers: pure functions, one per schemaVersion step, each
// tested against a frozen fixture of the version it reads (tests/fixtures/dossiers/).
// Old files are restored, never rejected for being old; files from a newer version are refused
// because this app cannot know what they mean.
import { DOSSIER_SCHEMA_VERSION } from '@/schemas/dossier';

/** migrations[n] turns a version-n dossier into a version-(n + 1) dossier. */
export type Migration = (dossier: Record<string, unknown>) => Record<string, unknown>;

export const migrations: Readonly<Record<number, Migration>> = {
  // Version 1 is the first release; its successor adds `2: (v1) => v2` here.
};

export type MigrationResult =
  | { ok: true; dossier: Record<string, unknown>; from: number }
  | { ok: false; reason: 'newer'; version: number }
  | { ok: false; reason: 'unknown'; version: number };

export function migrateDossier(
  dossier: Record<string, unknown>,
  version: number,
  steps: Readonly<Record<number, Migration>> = migrations,
  current: number = DOSSIER_SCHEMA_VERSION,
): MigrationResult {
  if (version > current) return { ok: false, reason: 'newer', version };
  let data = dossier;
  for (let from = version; from < current; from += 1) {
    const step = steps[from];
    if (!step) return { ok: false, reason: 'unknown', version };
    data = { ...step(data), schemaVersion: from + 1 };
  }
  return { ok: true, dossier: data, from: version };
}
