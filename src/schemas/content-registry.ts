// The validated, resolved content: what src/content-loader builds from content/ and what the
// machine, the forms and the rules read. Guidance Markdown is loaded separately, on demand.
import * as z from 'zod';
import { contentIdSchema, phaseIdSchema } from './ids';
import { listSchema } from './content/list';
import { contentManifestSchema } from './content/manifest';
import { phaseSchema } from './content/phase';
import { stepSchema } from './content/step';

export const registeredStepSchema = stepSchema.extend({ phase: phaseIdSchema });
export type RegisteredStep = z.infer<typeof registeredStepSchema>;

export const contentRegistrySchema = z.object({
  manifest: contentManifestSchema,
  /** In lifecycle order (ids.ts phaseIds). */
  phases: z.array(phaseSchema),
  steps: z.record(contentIdSchema, registeredStepSchema),
  lists: z.record(contentIdSchema, listSchema),
});
export type ContentRegistry = z.infer<typeof contentRegistrySchema>;
