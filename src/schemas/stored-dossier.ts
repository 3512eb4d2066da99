// A dossier as IndexedDB holds it. The dossier itself is kept as unknown data and validated
// when it is opened, so a record written by a newer app version is never misread or rewritten.
import * as z from 'zod';

export const storedDossierSchema = z.object({
  id: z.string().min(1).max(100),
  name: z.string().max(200),
  /** ISO date-time of the last save. */
  updatedAt: z.string(),
  /** Increases by one on every save; a save based on an older revision is refused. */
  revision: z.number().int().min(0),
  schemaVersion: z.number().int(),
  /** The phase the dossier was left in, for the library list. */
  phase: z.string().max(40).optional(),
  dossier: z.unknown(),
});
export type StoredDossier = z.infer<typeof storedDossierSchema>;

export const storedSnapshotSchema = z.object({
  dossierId: z.string(),
  takenAt: z.string(),
  /** Why it was kept: before an import replaced it, before a migration, or on request. */
  reason: z.enum(['before-import', 'before-migration', 'before-reset', 'manual']),
  record: storedDossierSchema,
});
export type StoredSnapshot = z.infer<typeof storedSnapshotSchema>;

/** Messages between tabs of the app (BroadcastChannel), checked before use (ASVS 3.5.5). */
export const tabMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('dossier-saved'), id: z.string(), revision: z.number().int() }),
  z.object({ type: z.literal('dossier-deleted'), id: z.string() }),
  z.object({ type: z.literal('library-changed') }),
]);
export type TabMessage = z.infer<typeof tabMessageSchema>;
