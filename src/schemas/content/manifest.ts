// content/content.json: what this content set is and which languages it offers.
import * as z from 'zod';
import { languageCodeSchema } from '../ids';

export const contentManifestSchema = z
  .object({
    $schema: z.string().optional(),
    /** Bumped by editors when content changes; stored in dossiers for support questions. */
    contentVersion: z.string().regex(/^\d+\.\d+\.\d+$/, 'Use a version like 1.2.0'),
    /** Languages the content offers; English is complete, the others fall back to it. */
    languages: z.array(languageCodeSchema).min(1),
  })
  .strict();
export type ContentManifest = z.infer<typeof contentManifestSchema>;
