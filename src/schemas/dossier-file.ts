// The envelope around an exported dossier (DESIGN.md §6). The envelope is checked before the
// dossier, so a file from another tool or a newer version gets a message about *that*.
import * as z from 'zod';

export const DOSSIER_FILE_FORMAT = 'jpp-toolbox-dossier';
/** Files larger than this are refused before they are read. */
export const MAX_DOSSIER_FILE_BYTES = 20 * 1024 * 1024;

export const dossierEnvelopeSchema = z
  .object({
    format: z.literal(DOSSIER_FILE_FORMAT),
    schemaVersion: z.number().int().min(1),
    appVersion: z.string().max(40),
    savedAt: z.iso.datetime({ offset: true }),
    dossier: z.unknown(),
  })
  .strict();
export type DossierEnvelope = z.infer<typeof dossierEnvelopeSchema>;
