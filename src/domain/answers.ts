// Typed reads of single answers, for rules that work on a dossier's submitted answers.
import type { AnswerValue, GroupItem, StepAnswers } from '@/schemas/dossier';
import type { FieldBinding } from './bindings';

export type AnswersByStep = Partial<Record<string, StepAnswers>>;

export function answerOf(
  answers: AnswersByStep,
  binding: Pick<FieldBinding, 'step' | 'field'>,
): AnswerValue | undefined {
  return answers[binding.step]?.[binding.field];
}

export function textAnswer(
  answers: AnswersByStep,
  binding: Pick<FieldBinding, 'step' | 'field'>,
): string | undefined {
  const value = answerOf(answers, binding);
  return typeof value === 'string' && value !== '' ? value : undefined;
}

export function numberAnswer(
  answers: AnswersByStep,
  binding: Pick<FieldBinding, 'step' | 'field'>,
): number | undefined {
  const value = answerOf(answers, binding);
  return typeof value === 'number' ? value : undefined;
}

export function booleanAnswer(
  answers: AnswersByStep,
  binding: Pick<FieldBinding, 'step' | 'field'>,
): boolean | undefined {
  const value = answerOf(answers, binding);
  return typeof value === 'boolean' ? value : undefined;
}

export function groupAnswer(
  answers: AnswersByStep,
  binding: Pick<FieldBinding, 'step' | 'field'>,
): GroupItem[] {
  const value = answerOf(answers, binding);
  return Array.isArray(value)
    ? value.filter((item): item is GroupItem => typeof item === 'object' && item !== null)
    : [];
}

/** A choice answer narrowed to the option ids the code knows; anything else is undefined. */
export function choiceAnswer<V extends string>(
  answers: AnswersByStep,
  binding: Pick<FieldBinding, 'step' | 'field'> & { values: readonly V[] },
): V | undefined {
  const value = textAnswer(answers, binding);
  return binding.values.find((known) => known === value);
}
