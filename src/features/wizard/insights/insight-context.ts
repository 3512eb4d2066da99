// What every insight panel receives: the content, the answers as they stand (the current step's
// typed values included, so panels follow the user as they type) and the form context.
import type { FieldContext } from '@/domain/field-context';
import type { ContentRegistry } from '@/schemas/content-registry';
import type { Dossier, StepAnswers } from '@/schemas/dossier';

export interface InsightProps {
  registry: ContentRegistry;
  dossier: Dossier;
  /** Submitted answers, with the current step's draft read as far as it can be. */
  answers: Partial<Record<string, StepAnswers>>;
  fieldContext: FieldContext;
}
