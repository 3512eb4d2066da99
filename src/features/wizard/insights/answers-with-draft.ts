// The answers as they stand while a step is being typed: the step's draft, read leniently, on
// top of the submitted answers. Insights use this so they change as the user types.
import { draftLookup, validateStep } from '@/domain/step-schema';
import type { FieldContext } from '@/domain/field-context';
import type { Step } from '@/schemas/content/step';
import type { AnswerValue, StepAnswers, StepDraft } from '@/schemas/dossier';

export function answersWithDraft(
  step: Step,
  answers: Partial<Record<string, StepAnswers>>,
  draft: StepDraft | undefined,
  ctx: FieldContext,
): Partial<Record<string, StepAnswers>> {
  if (!draft) return answers;
  const valid = validateStep(step, draft, answers, ctx);
  if (valid.success) return { ...answers, [step.id]: valid.answers };
  const lookup = draftLookup(step, draft, answers, ctx);
  const current: Record<string, AnswerValue> = {};
  for (const field of step.fields) {
    if (field.kind === 'group') continue;
    const value = lookup(field.id);
    if (value !== undefined) current[field.id] = value;
  }
  return { ...answers, [step.id]: { ...answers[step.id], ...current } };
}
