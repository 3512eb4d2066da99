// Identifiers shared by content files and dossiers. Ids are stable keys: a dossier stores answers
// under them, so renaming one is a breaking content change (see docs/content-versioning.md).
import * as z from 'zod';
import { kebabIdPattern, languageCodes, phaseIds } from './id-constants';

export { kebabIdPattern, languageCodes, phaseIds };

export const contentIdSchema = z
  .string()
  .max(64)
  .regex(kebabIdPattern, 'Use kebab-case: lower-case letters, digits and single hyphens');
export type ContentId = z.infer<typeof contentIdSchema>;

export const phaseIdSchema = z.enum(phaseIds);
export type PhaseId = z.infer<typeof phaseIdSchema>;

export const languageCodeSchema = z.enum(languageCodes);
export type LanguageCode = z.infer<typeof languageCodeSchema>;
