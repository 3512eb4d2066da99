// The answers of a dossier filled in with every step's valid fixture, in lifecycle order, as
// the machine would store them. Tests of one step use the earlier steps' answers from here.
import { validateStep } from '@/domain/step-schema';
import type { ContentRegistry } from '@/schemas/content-registry';
import type { StepAnswers } from '@/schemas/dossier';
import { validStepValues } from '../fixtures/step-values';
import { fieldContext } from './field-context';

export function fixtureAnswers(registry: ContentRegistry): Record<string, StepAnswers> {
  const answers: Record<string, StepAnswers> = {};
  for (const phase of registry.phases) {
    for (const id of phase.steps) {
      const step = registry.steps[id];
      const values = validStepValues[id];
      if (!step || !values) continue;
      const result = validateStep(step, values, answers, fieldContext(registry, answers));
      if (result.success) answers[id] = result.answers;
    }
  }
  return answers;
}

/** The answers of every step except `stepId` itself. */
export function answersBefore(
  registry: ContentRegistry,
  stepId: string,
): Record<string, StepAnswers> {
  const { [stepId]: _own, ...others } = fixtureAnswers(registry);
  return others;
}
