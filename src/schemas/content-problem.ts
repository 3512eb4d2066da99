// A problem found in content/, named precisely enough for an editor to fix it.
import * as z from 'zod';

export const contentProblemSchema = z.object({
  /** Path from the project root, e.g. "content/phases/preparation/steps/budget.json". */
  file: z.string(),
  /** Where inside the file, e.g. "fields[2].options[0].label.en" ("" for the whole file). */
  path: z.string(),
  message: z.string(),
});
export type ContentProblem = z.infer<typeof contentProblemSchema>;
